/// What the engine was compiled for (`nnplay --version`).
public enum BuildInfo {
    /// The CPU target: `native` (the building machine's), or the level `NNPLAY_CPU` named at build time.
    public static var cpuTarget: String {
        #if NNPLAY_CPU_X86_64_V2
            return "x86-64-v2"
        #elseif NNPLAY_CPU_X86_64_V3
            return "x86-64-v3 (AVX2, FMA)"
        #elseif NNPLAY_CPU_X86_64_V4
            return "x86-64-v4 (AVX-512)"
        #elseif NNPLAY_CPU_GENERIC
            return "generic"
        #else
            return "native (the CPU it was built on)"
        #endif
    }

    /// Whether the 512-bit product kernels are compiled in.
    public static var avx512Kernels: Bool {
        #if AVX512
            return true
        #else
            return false
        #endif
    }
}

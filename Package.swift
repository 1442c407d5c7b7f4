// swift-tools-version:6.0
import Foundation
import PackageDescription

/// The engine and the session are optimised in debug builds too: the test suite trains thousands of epochs
/// (spiral outcomes, presets), which unoptimised code runs 30 times slower. Debugging info is kept.
let optimizedEvenInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// The engine is compiled for the CPU it is built on (AVX2 and FMA here: 8 floats per instruction), and
/// without dynamic exclusivity checks in its hot loops, which only touch its own preallocated buffers.
/// Everyone builds from source with `swift run`, so "native" is the machine that runs it; a binary copied to
/// an older CPU may stop with an illegal instruction. Loops start on 64-byte boundaries: otherwise an edit
/// anywhere in the engine moved the hot tile loops and the [2,64,64,1] bench row by ±4%.
let engineSettings: [SwiftSetting] =
    optimizedEvenInDebug + [
        .unsafeFlags(["-target-cpu", targetCPU.flag, "-enforce-exclusivity=unchecked", "-Xllvm", "-align-loops=64"]),
        .define(targetCPU.define),
    ] + (targetCPU.has512BitVectors ? [.define("AVX512")] : [])

/// The CPU the engine is compiled for: this machine's (`native`, the default), or a level a lab's machines
/// share, from `NNPLAY_CPU`: `x86-64-v2` (SSE4.2), `x86-64-v3` (AVX2 and FMA), `x86-64-v4` (AVX-512), or
/// `generic` (any x86-64, or any arm64). Swift's `-target-cpu` names CPUs, not levels, so each level is the
/// first CPU that has all of it: `NNPLAY_CPU=x86-64-v3 swift build -c release --static-swift-stdlib`.
var targetCPU: (flag: String, define: String, has512BitVectors: Bool) {
    switch ProcessInfo.processInfo.environment["NNPLAY_CPU"] ?? "native" {
    case "x86-64-v2": return ("nehalem", "NNPLAY_CPU_X86_64_V2", false)
    case "x86-64-v3": return ("haswell", "NNPLAY_CPU_X86_64_V3", false)
    case "x86-64-v4": return ("skylake-avx512", "NNPLAY_CPU_X86_64_V4", true)
    case "generic":
        #if arch(arm64)
            return ("generic", "NNPLAY_CPU_GENERIC", false)
        #else
            return ("x86-64", "NNPLAY_CPU_GENERIC", false)
        #endif
    default: return ("native", "NNPLAY_CPU_NATIVE", buildMachineHas512BitVectors)
    }
}

/// Whether the CPU building (and so, with "native", running) the engine has AVX-512: then the large products
/// use tiles of twelve 512-bit accumulators, which on a 16-register AVX2 CPU would spill (`GemmTiles.wide32`).
/// Read from /proc/cpuinfo; elsewhere (macOS, no such file) false.
var buildMachineHas512BitVectors: Bool {
    guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return false }
    return info.split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ").contains("avx512f")
        ?? false
}

let package = Package(
    name: "NeuralPlayground",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nnplay", targets: ["nnplay"]),
        .library(name: "NeuralEngine", targets: ["NeuralEngine"]),
        .library(name: "Playground", targets: ["Playground"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(name: "NeuralEngine", swiftSettings: engineSettings),
        .target(
            name: "Playground", dependencies: ["NeuralEngine", .product(name: "Yams", package: "Yams")],
            swiftSettings: optimizedEvenInDebug, plugins: ["EmbedPresets"]),
        // The shipped lessons compiled in: Presets/*.yaml → ShippedPresets.files (a copied binary has them).
        .executableTarget(name: "PresetEmbedder"),
        .plugin(name: "EmbedPresets", capability: .buildTool(), dependencies: ["PresetEmbedder"]),
        .target(name: "PlaygroundUI", dependencies: ["Playground"]),
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .target(name: "CursesTerminal", dependencies: ["CNCurses", "PlaygroundUI"]),
        .executableTarget(
            name: "nnplay",
            dependencies: [
                "NeuralEngine", "Playground", "PlaygroundUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "NeuralEngineTests", dependencies: ["NeuralEngine"]),
        .testTarget(name: "PlaygroundTests", dependencies: ["Playground"]),
        .testTarget(name: "PlaygroundUITests", dependencies: ["PlaygroundUI"]),
        .testTarget(name: "nnplayTests", dependencies: ["nnplay"]),
    ],
    swiftLanguageModes: [.v6]
)

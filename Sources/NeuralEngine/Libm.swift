#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C math library's elementary functions, named in one place so the engine needs no Foundation. The
/// bodies call the free functions below, which reach the C library (Glibc or Darwin) unqualified: inside
/// `Libm`, `log` would mean `Libm.log` itself.
public enum Libm {
    @inlinable public static func log(_ x: Double) -> Double { cLog(x) }
    @inlinable public static func log10(_ x: Double) -> Double { cLog10(x) }
    @inlinable public static func exp(_ x: Double) -> Double { cExp(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { cTanh(x) }
    @inlinable public static func sin(_ x: Double) -> Double { cSin(x) }
    @inlinable public static func cos(_ x: Double) -> Double { cCos(x) }
    @inlinable public static func expf(_ x: Float) -> Float { cExpf(x) }
    @inlinable public static func tanhf(_ x: Float) -> Float { cTanhf(x) }
    @inlinable public static func sinf(_ x: Float) -> Float { cSinf(x) }
    @inlinable public static func cosf(_ x: Float) -> Float { cCosf(x) }
    @inlinable public static func logf(_ x: Float) -> Float { cLogf(x) }
}

@inlinable func cLog(_ x: Double) -> Double { log(x) }
@inlinable func cLog10(_ x: Double) -> Double { log10(x) }
@inlinable func cExp(_ x: Double) -> Double { exp(x) }
@inlinable func cTanh(_ x: Double) -> Double { tanh(x) }
@inlinable func cSin(_ x: Double) -> Double { sin(x) }
@inlinable func cCos(_ x: Double) -> Double { cos(x) }
@inlinable func cExpf(_ x: Float) -> Float { expf(x) }
@inlinable func cTanhf(_ x: Float) -> Float { tanhf(x) }
@inlinable func cSinf(_ x: Float) -> Float { sinf(x) }
@inlinable func cCosf(_ x: Float) -> Float { cosf(x) }
@inlinable func cLogf(_ x: Float) -> Float { logf(x) }

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C math library's elementary functions, named in one place so the engine needs no Foundation.
public enum Libm {
    @inlinable public static func log(_ x: Double) -> Double { Glibc.log(x) }
    @inlinable public static func log10(_ x: Double) -> Double { Glibc.log10(x) }
    @inlinable public static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    @inlinable public static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    @inlinable public static func sin(_ x: Double) -> Double { Glibc.sin(x) }
    @inlinable public static func cos(_ x: Double) -> Double { Glibc.cos(x) }
    @inlinable public static func expf(_ x: Float) -> Float { Glibc.expf(x) }
    @inlinable public static func tanhf(_ x: Float) -> Float { Glibc.tanhf(x) }
    @inlinable public static func sinf(_ x: Float) -> Float { Glibc.sinf(x) }
    @inlinable public static func cosf(_ x: Float) -> Float { Glibc.cosf(x) }
    @inlinable public static func logf(_ x: Float) -> Float { Glibc.logf(x) }
}

/// Fast elementwise functions for the hot loops.
///
/// libm's `tanhf` costs a call and a branch per element and cannot be vectorised; training a small
/// network spends most of its time there. These rational approximations are branch-free, so the
/// compiler turns a loop over them into AVX2 code. Each is written once, generically, for single floats,
/// `SIMD8<Float>` and `SIMD16<Float>` (`LaneLoop`); all give bit-identical results (every step is one
/// correctly rounded operation per lane).
public enum FastMath {
    /// tanh(x) as an odd rational function of degree 13/6 (the minimax fit Eigen and XLA use), with the
    /// input clamped to ±7.905 where float32 tanh rounds to ±1.
    ///
    /// Maximum absolute error against libm's `tanhf` over all of `Float`: below 2e-6 (checked in tests),
    /// and the result is always in `-1 ... 1`.
    @inlinable @inline(__always)
    public static func tanh(_ x: Float) -> Float { rationalTanh(x) }

    /// `tanh` on eight lanes, bit for bit the same as on each lane alone.
    @inlinable @inline(__always)
    public static func tanh(_ x: SIMD8<Float>) -> SIMD8<Float> { rationalTanh(x) }

    /// `tanh` on sixteen lanes, bit for bit the same as on each lane alone. Where the CPU has 512-bit vectors
    /// the division, which bounds the function, runs on all sixteen at once (a quarter faster than two
    /// eight-lane halves); elsewhere it is two 256-bit halves.
    @inlinable @inline(__always)
    public static func tanh(_ x: SIMD16<Float>) -> SIMD16<Float> { rationalTanh(x) }

    /// The logistic function 1 / (1 + e^-x) = (1 + tanh(x/2)) / 2, through `tanh` above.
    /// Maximum absolute error below 1e-6; the result is always in `0 ... 1`.
    @inlinable @inline(__always)
    public static func sigmoid(_ x: Float) -> Float { logistic(x) }

    /// `sigmoid` on eight lanes, bit for bit the same as on each lane alone.
    @inlinable @inline(__always)
    public static func sigmoid(_ x: SIMD8<Float>) -> SIMD8<Float> { logistic(x) }

    /// `sigmoid` on sixteen lanes, bit for bit the same as on each lane alone.
    @inlinable @inline(__always)
    public static func sigmoid(_ x: SIMD16<Float>) -> SIMD16<Float> { logistic(x) }

    // The bodies, written once for both kinds of value. The concrete entry points above matter in debug
    // builds, which compile file by file: a caller in another file then calls a specialised function
    // instead of running this generic code through its protocol witnesses (the tests took twice as long).

    @inlinable @inline(__always)
    static func rationalTanh<Value: FastMathValue>(_ input: Value) -> Value {
        let x = input.clamped(toMagnitude: 7.905_311_1)
        let x2 = x * x
        // Horner steps as fused multiply-adds (Swift never fuses `p * x2 + c` by itself).
        var p = Value(broadcasting: -2.760_768_477_423_55e-16)
        p = p.timesAdding(x2, 2.000_187_904_824_77e-13)
        p = p.timesAdding(x2, -8.604_671_522_137_35e-11)
        p = p.timesAdding(x2, 5.122_297_090_371_14e-08)
        p = p.timesAdding(x2, 1.485_722_357_179_79e-05)
        p = p.timesAdding(x2, 6.372_619_288_754_36e-04)
        p = p.timesAdding(x2, 4.893_524_558_917_86e-03)
        var q = Value(broadcasting: 1.198_258_394_667_02e-06)
        q = q.timesAdding(x2, 1.185_347_056_866_54e-04)
        q = q.timesAdding(x2, 2.268_434_632_439_00e-03)
        q = q.timesAdding(x2, 4.893_525_185_543_85e-03)
        // No clamp of the result: with fused multiply-adds |x·p/q| ≤ 0.99999994 for every float (checked
        // exhaustively on [0, 8]; the function is odd), and a test guards the bound.
        return x * p / q
    }

    @inlinable @inline(__always)
    static func logistic<Value: FastMathValue>(_ x: Value) -> Value {
        Value(broadcasting: 0.5) + Value(broadcasting: 0.5) * rationalTanh(Value(broadcasting: 0.5) * x)
    }
}

/// The arithmetic `FastMath` is written in: `Float`, `SIMD8<Float>` and `SIMD16<Float>`.
public protocol FastMathValue {
    /// The value with every lane `value`.
    init(broadcasting value: Float)
    static func + (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
    static func / (lhs: Self, rhs: Self) -> Self
    /// self · factor + constant, one fused multiply-add per lane.
    func timesAdding(_ factor: Self, _ constant: Float) -> Self
    /// Clamped into −limit ... limit; NaN stays NaN.
    func clamped(toMagnitude limit: Float) -> Self
}

extension Float: FastMathValue {
    @inlinable @inline(__always)
    public init(broadcasting value: Float) { self = value }

    @inlinable @inline(__always)
    public func timesAdding(_ factor: Float, _ constant: Float) -> Float { constant.addingProduct(self, factor) }

    @inlinable @inline(__always)
    public func clamped(toMagnitude limit: Float) -> Float { Swift.min(Swift.max(self, -limit), limit) }
}

/// The broadcast and the fused multiply-add, the same for every vector width.
extension FastMathValue where Self: SIMD, Self.Scalar == Float {
    @inlinable @inline(__always)
    public init(broadcasting value: Float) { self.init(repeating: value) }

    @inlinable @inline(__always)
    public func timesAdding(_ factor: Self, _ constant: Float) -> Self {
        Self(repeating: constant).addingProduct(self, factor)
    }
}

extension SIMD8: FastMathValue where Scalar == Float {
    @inlinable @inline(__always)
    public func clamped(toMagnitude limit: Float) -> SIMD8<Float> {
        lanewiseMax(SIMD8(repeating: -limit)).lanewiseMin(SIMD8(repeating: limit))
    }
}

extension SIMD16: FastMathValue where Scalar == Float {
    /// Clamped half by half with the eight-lane instructions (the compiler joins them where it can).
    @inlinable @inline(__always)
    public func clamped(toMagnitude limit: Float) -> SIMD16<Float> {
        SIMD16(lowHalf: lowHalf.clamped(toMagnitude: limit), highHalf: highHalf.clamped(toMagnitude: limit))
    }
}

/// An elementwise function over a buffer, sixteen lanes at a time: tanh and sigmoid for the hidden layers
/// (`NarrowDense`, `Activation.apply`) and the output (`OutputHead.activate`).
///
/// Why it exists: both functions end in a division, and on this project's machines the divider bounds
/// them. A loop the compiler vectorises itself uses 256-bit vectors; sixteen lanes let a CPU with
/// 512-bit vectors divide all sixteen in one instruction (measured a quarter faster per value), and cost
/// nothing elsewhere (two 256-bit halves). It also works in place, where the compiler's own loop over
/// `Activation.apply` gives up its vector code (source and target are the same memory). Every lane gets
/// the bits the scalar function gives (`FastMath`), so the path a layer takes never changes a result.
@usableFromInline
enum LaneLoop<F: LaneFunction> {
    /// target[i] = F(source[i]) for `count` values; `source` may be `target`.
    @usableFromInline @inline(never)
    static func apply(_ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i &+ 16 <= count {
            // Stored whole: stored as two halves, the compiler also splits the division into two.
            UnsafeMutableRawPointer(target + i).storeBytes(
                of: F.apply(GemmTiles.load16(source + i)), as: SIMD16<Float>.self)
            i &+= 16
        }
        if i &+ 8 <= count {
            GemmTiles.store(F.apply(GemmTiles.load(source + i)), target + i, accumulate: false)
            i &+= 8
        }
        // The last few one by one (packing them into a vector and out again cost more, measured on the
        // ten outputs of a batch of 10).
        while i < count {
            target[i] = F.apply(source[i])
            i &+= 1
        }
    }

    /// In place: p[i] = F(p[i]).
    @usableFromInline @inline(__always)
    static func apply(_ p: UnsafeMutablePointer<Float>, count: Int) { apply(UnsafePointer(p), into: p, count: count) }
}

/// An activation on one, eight or sixteen lanes at once, as a type so each loop is specialised for it.
@usableFromInline
protocol LaneFunction {
    static func apply(_ v: Float) -> Float
    static func apply(_ v: SIMD8<Float>) -> SIMD8<Float>
    static func apply(_ v: SIMD16<Float>) -> SIMD16<Float>
}

@usableFromInline
enum TanhLanes: LaneFunction {
    @usableFromInline @inline(__always) static func apply(_ v: Float) -> Float { FastMath.tanh(v) }
    @usableFromInline @inline(__always) static func apply(_ v: SIMD8<Float>) -> SIMD8<Float> { FastMath.tanh(v) }
    @usableFromInline @inline(__always) static func apply(_ v: SIMD16<Float>) -> SIMD16<Float> { FastMath.tanh(v) }
}

@usableFromInline
enum SigmoidLanes: LaneFunction {
    @usableFromInline @inline(__always) static func apply(_ v: Float) -> Float { FastMath.sigmoid(v) }
    @usableFromInline @inline(__always) static func apply(_ v: SIMD8<Float>) -> SIMD8<Float> { FastMath.sigmoid(v) }
    @usableFromInline @inline(__always) static func apply(_ v: SIMD16<Float>) -> SIMD16<Float> { FastMath.sigmoid(v) }
}

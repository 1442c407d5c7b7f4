#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
    import _Builtin_intrinsics.intel
#endif

/// Lane-wise min and max for `SIMD8<Float>` as single AVX instructions.
///
/// Why it exists: Swift's own SIMD comparisons (`.<`, `.>=`, and the `replacing(with:where:)`,
/// `pointwiseMin`/`pointwiseMax` built on them) compile to a loop over the eight lanes with a branch each;
/// inside `FastMath.tanh` that cost more than the rest of the function. Both functions give exactly what
/// `Swift.max`/`Swift.min` give per lane, NaN included (`vmaxps`/`vminps` return their second operand when
/// either is NaN), except that of −0 and +0 either may come back.
extension SIMD8 where Scalar == Float {
    /// Per lane `Swift.max(self, other)`: other ≥ self ? other : self.
    @inlinable @inline(__always)
    public func lanewiseMax(_ other: SIMD8<Float>) -> SIMD8<Float> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
            return _mm256_max_ps(other, self)
        #else
            var result = self
            for lane in 0..<8 { result[lane] = Swift.max(self[lane], other[lane]) }
            return result
        #endif
    }

    /// Per lane `Swift.min(self, other)`: other < self ? other : self.
    @inlinable @inline(__always)
    public func lanewiseMin(_ other: SIMD8<Float>) -> SIMD8<Float> {
        #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
            return _mm256_min_ps(other, self)
        #else
            var result = self
            for lane in 0..<8 { result[lane] = Swift.min(self[lane], other[lane]) }
            return result
        #endif
    }
}

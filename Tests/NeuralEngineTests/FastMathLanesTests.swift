import Testing
@testable import NeuralEngine

@Suite("Fast math on eight and sixteen lanes")
struct FastMathLanesTests {
    /// The vector kernels (`NarrowDense`, `LaneLoop`) and the scalar loops must give the same bits, or a
    /// network's outputs would depend on which path its layer shape takes.
    @Test func eightAndSixteenLaneTanhAndSigmoidEqualTheScalarOnesBitForBit() {
        var samples = FastMathTests.samples + [.nan, .infinity, -.infinity, -0.0, 7.9, -7.91, 1e-30]
        while samples.count % 16 != 0 { samples.append(-0.75) }
        for start in stride(from: 0, to: samples.count, by: 16) {
            let sixteen = SIMD16<Float>(samples[start..<(start + 16)])
            let wide = (FastMath.tanh(sixteen), FastMath.sigmoid(sixteen))
            let halves = [sixteen.lowHalf, sixteen.highHalf].map { (FastMath.tanh($0), FastMath.sigmoid($0)) }
            for lane in 0..<16 {
                let x = sixteen[lane], half = halves[lane / 8]
                let tanh = FastMath.tanh(x).bitPattern, sigmoid = FastMath.sigmoid(x).bitPattern
                #expect(wide.0[lane].bitPattern == tanh && half.0[lane % 8].bitPattern == tanh, "tanh(\(x))")
                #expect(wide.1[lane].bitPattern == sigmoid && half.1[lane % 8].bitPattern == sigmoid, "sigmoid(\(x))")
            }
        }
    }

    /// Every length the loop splits differently (16-lane blocks, one 8-lane block, a tail), in place and
    /// not: each value is the scalar function's.
    @Test(arguments: [1, 7, 8, 9, 15, 16, 17, 24, 31, 40])
    func laneLoopGivesTheScalarBitsAtEveryLength(count: Int) {
        let source = (0..<count).map { Float($0) * 0.37 - 4 }
        var target = [Float](repeating: .nan, count: count), inPlace = source
        source.withUnsafeBufferPointer { s in
            target.withUnsafeMutableBufferPointer { t in
                LaneLoop<TanhLanes>.apply(s.baseAddress!, into: t.baseAddress!, count: count)
            }
        }
        inPlace.withUnsafeMutableBufferPointer { LaneLoop<SigmoidLanes>.apply($0.baseAddress!, count: count) }
        for i in 0..<count {
            #expect(target[i].bitPattern == FastMath.tanh(source[i]).bitPattern, "tanh at \(i) of \(count)")
            #expect(inPlace[i].bitPattern == FastMath.sigmoid(source[i]).bitPattern, "sigmoid at \(i) of \(count)")
        }
    }

    @Test func lanewiseMinAndMaxAreSwiftsMinAndMax() {
        let values: [Float] = [.nan, -.infinity, -2, -0.0, 0, 1.5, .infinity, 3]
        for other in values {
            let lanes = SIMD8<Float>(values), others = SIMD8<Float>(repeating: other)
            let high = lanes.lanewiseMax(others), low = lanes.lanewiseMin(others)
            for lane in 0..<8 {
                let expectedHigh = Swift.max(values[lane], other), expectedLow = Swift.min(values[lane], other)
                if values[lane] == 0 && other == 0 {
                    // −0 against +0: either zero may come back (documented).
                    #expect(high[lane] == 0 && low[lane] == 0)
                    continue
                }
                #expect(high[lane].bitPattern == expectedHigh.bitPattern, "max(\(values[lane]), \(other))")
                #expect(low[lane].bitPattern == expectedLow.bitPattern, "min(\(values[lane]), \(other))")
            }
        }
    }
}

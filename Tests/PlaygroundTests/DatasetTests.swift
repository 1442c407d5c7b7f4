import Testing
import NeuralEngine
@testable import Playground

@Suite("Datasets and features")
struct DatasetTests {
    @Test(arguments: DatasetKind.allCases)
    func givesExactlyTheRequestedPointsInsideTheSquare(_ kind: DatasetKind) {
        var rng = SplitMix64(seed: 3)
        for count in [10, 333, 500] {
            let points = kind.generate(count: count, noise: 0.2, classes: 4, rng: &rng)
            #expect(points.count == count)
            for p in points {
                #expect(abs(p.x) <= 8 && abs(p.y) <= 8, "\(kind) point \(p) far outside the square")
                if kind.isRegression {
                    #expect(abs(p.label) <= 1.5, "noise 0.2 moves a label by at most 0.24")
                } else {
                    #expect(p.label == p.label.rounded() && Int(p.label) < kind.classCount(blobClasses: 4))
                }
            }
        }
    }

    @Test(arguments: DatasetKind.allCases.filter { !$0.isRegression })
    func everyClassIsPresent(_ kind: DatasetKind) {
        var rng = SplitMix64(seed: 8)
        let points = kind.generate(count: 300, noise: 0, classes: 5, rng: &rng)
        let classes = Set(points.map { Int($0.label) })
        #expect(classes == Set(0..<kind.classCount(blobClasses: 5)))
    }

    @Test func sameSeedSameData() {
        var a = SplitMix64(seed: 5), b = SplitMix64(seed: 5)
        #expect(
            DatasetKind.spiral.generate(count: 100, noise: 0.3, rng: &a)
                == DatasetKind.spiral.generate(count: 100, noise: 0.3, rng: &b))
    }

    @Test func noiselessDatasetsFollowTheirRule() {
        var rng = SplitMix64(seed: 1)
        for p in DatasetKind.xor.generate(count: 200, noise: 0, rng: &rng) {
            #expect(p.label == (p.x * p.y >= 0 ? 1 : 0))
        }
        for p in DatasetKind.circle.generate(count: 200, noise: 0, rng: &rng) {
            #expect(p.label == ((p.x * p.x + p.y * p.y).squareRoot() < 2.5 ? 1 : 0))
        }
        for p in DatasetKind.regressionPlane.generate(count: 200, noise: 0, rng: &rng) {
            #expect(abs(p.label - (p.x + p.y) / 10) < 1e-5)
        }
    }

    @Test func featuresComputeTheirFormulas() {
        let values = Feature.allCases.map { $0.value(x1: 2, x2: -3) }
        #expect(values[0...4] == [2, -3, 4, 9, -6])
        #expect(abs(values[5] - 0.909_297_4) < 1e-6 && abs(values[8] - -0.989_992_5) < 1e-6)
    }

    @Test func standardisingGivesMeanZeroVarianceOne() {
        var rng = SplitMix64(seed: 2)
        let points = DatasetKind.gauss.generate(count: 400, noise: 0.1, rng: &rng)
        let map = FeatureMap(standardizing: [.x1, .x2sq, .x1x2], over: points)
        let rows = map.inputs(for: points)
        for column in 0..<3 {
            let values = stride(from: column, to: rows.count, by: 3).map { Double(rows[$0]) }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
            #expect(abs(mean) < 1e-4 && abs(variance - 1) < 1e-3)
        }
    }

    @Test func splitFollowsTheTrainingFraction() throws {
        var config = SessionConfig()
        config.trainFraction = 0.3
        config.points = 200
        let session = try TrainingSession(config: config)
        #expect(session.data.train.count == 60 && session.data.test.count == 140)
    }
}

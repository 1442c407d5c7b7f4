import Testing
@testable import Playground

@Suite("The diagnosis scored against hindsight")
struct DiagnosisCorpusTests {
    func records(_ train: [Double], test: [Double]? = nil) -> [EpochRecord] {
        let test = test ?? train
        return train.indices.map {
            EpochRecord(epoch: $0, trainLoss: train[$0], testLoss: test[$0], trainAccuracy: nil, testAccuracy: nil)
        }
    }

    /// Falls to 0.2 at epoch 50, then rises by 0.01 an epoch.
    func valley(_ epoch: Int) -> Double {
        let e = Double(epoch)
        return epoch < 50 ? 0.3 - 0.002 * e : 0.2 + 0.01 * (e - 50)
    }

    /// The scorer can fail: each lie is counted on a run built to contain it.
    @Test func eachLieIsCountedWhereItIsTold() {
        let flat = Hindsight(records: records(Array(repeating: 0.5, count: 300)), divergedAt: nil)
        let learning = TrainingHealth.learning(LossTrend(change: -0.1, epochs: 50, isSignificant: true))
        #expect(flat.lie(saying: learning, at: 100) == .l2, "learning while nothing falls")
        #expect(flat.lie(saying: .stalled, at: 100) == nil)
        #expect(flat.lie(saying: learning, at: 20) == nil, "the warm-up")
        let plateau = Hindsight(records: records((0..<400).map { $0 < 200 ? 0.5 : 0.1 }), divergedAt: nil)
        #expect(plateau.lie(saying: .converged, at: 100) == .l4, "converged on a plateau it escapes from")
        let train: [Double] = (0..<300).map { 0.5 - 0.001 * Double($0) }
        let test: [Double] = (0..<300).map(valley)
        let overfit = Hindsight(records: records(train, test: test), divergedAt: nil)
        #expect(overfit.lie(saying: .converged, at: 150) == .l1)
        var score = DiagnosisScore()
        let blowUp = Hindsight(records: records([0.5, 0.6, 8, 60]), divergedAt: 4)
        score.add(blowUp, said: [.stalled, .stalled, .stalled, .stalled, .diverged(epoch: 4)], index: 0)
        #expect(score.lies[.l3] == 1, "10× the untrained loss at epoch 2, said at epoch 4")
    }

    /// A slice of the corpus `nnplay diagnose-bench` scores (the whole one in the README): every dataset and
    /// optimizer, and not one lie.
    @Test func aSliceOfTheCorpusTellsNoLie() {
        let runs = DiagnosisBench.run(DiagnosisCorpus.configs(count: 54, epochs: 400))
        let score = DiagnosisBench.score(runs)
        #expect(score.judgedEpochs > 5000)
        #expect(score.totalLies == 0, "\(score.lieEpochs.prefix(5))")
        #expect(Set(runs.map(\.config.config.dataset)).count == DatasetKind.allCases.count)
    }
}

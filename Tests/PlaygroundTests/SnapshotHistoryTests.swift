import Dispatch
import Testing
@testable import Playground

@Suite("Snapshot history")
struct SnapshotHistoryTests {
    @Test func longHistoriesAreThinnedEvenlyKeepingTheEndsAndTheRecentTailWhole() {
        let records = (0...5000).map {
            EpochRecord(epoch: $0, trainLoss: 1, testLoss: 1, trainAccuracy: nil, testAccuracy: nil)
        }
        let thinned = records.thinned(to: 100)
        #expect(thinned.count == 100 && thinned.first?.epoch == 0 && thinned.last?.epoch == 5000)
        #expect(thinned.suffix(25).map(\.epoch) == Array(4976...5000), "the last quarter is every epoch")
        let gaps = zip(thinned.prefix(75), thinned.prefix(75).dropFirst()).map { $1.epoch - $0.epoch }
        #expect(gaps.allSatisfy { $0 == 67 || $0 == 68 }, "the rest evenly: \(Set(gaps))")
        #expect(Array(records.prefix(50)).thinned(to: 100).count == 50, "short histories stay whole")
    }
}

/// A count fixed at compile time, for kernels specialised per size.
protocol StaticCount {
    static var value: Int { get }
}

enum Count1: StaticCount { static var value: Int { 1 } }
enum Count2: StaticCount { static var value: Int { 2 } }
enum Count3: StaticCount { static var value: Int { 3 } }
enum Count4: StaticCount { static var value: Int { 4 } }
enum Count5: StaticCount { static var value: Int { 5 } }
enum Count6: StaticCount { static var value: Int { 6 } }
enum Count7: StaticCount { static var value: Int { 7 } }
enum Count8: StaticCount { static var value: Int { 8 } }

/// Code to run with a count fixed at compile time (a type with a generic method: Swift has no generic
/// closures), so that each count gets a copy in which the tests on it vanish.
protocol StaticCountRunner {
    func run<N: StaticCount>(_ count: N.Type)
}

enum StaticCounts {
    /// Runs `runner` specialised for `count` when it is in 1 ... 8 and says whether it did.
    @inline(__always)
    static func run<R: StaticCountRunner>(_ count: Int, _ runner: R) -> Bool {
        switch count {
        case 1: runner.run(Count1.self)
        case 2: runner.run(Count2.self)
        case 3: runner.run(Count3.self)
        case 4: runner.run(Count4.self)
        case 5: runner.run(Count5.self)
        case 6: runner.run(Count6.self)
        case 7: runner.run(Count7.self)
        case 8: runner.run(Count8.self)
        default: return false
        }
        return true
    }
}

@testable import NeuralEngine

/// Random examples for engine tests: inputs uniform in ±2, labels for the given head.
func randomExamples(count: Int, inputCount: Int, head: OutputHead, classCount: Int, seed: UInt64) -> Examples {
    var rng = SplitMix64(seed: seed)
    let outputs = head.outputCount(classCount: classCount)
    var inputs: [Float] = [], targets = [Float](repeating: 0, count: count * outputs)
    for r in 0..<count {
        for _ in 0..<inputCount { inputs.append(Float(rng.uniform(-2...2))) }
        let label: Float =
            classCount == 0
            ? Float(rng.uniform(-1...1)) : Float(Int(rng.next() % UInt64(classCount)))
        targets.withUnsafeMutableBufferPointer { t in
            head.encode(label: label, into: t.baseAddress! + r * outputs, outputCount: outputs)
        }
    }
    return Examples(inputs: inputs, targets: targets, inputCount: inputCount, targetCount: outputs)
}

/// The number of classes a head is checked with: regression 0, softmax 3, others 2.
func checkedClassCount(_ head: OutputHead) -> Int {
    switch head {
    case .linearSquared: return 0
    case .softmaxCrossEntropy: return 3
    default: return 2
    }
}

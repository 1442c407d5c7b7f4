import Testing
import Foundation
import NeuralEngine
import Playground
import PlaygroundUI
@testable import nnplay

@Suite("nnplay backprop")
struct BackpropCommandTests {
    /// `--json`: the input first (layer 0: the features and their values as the network sees them), then one
    /// object per layer with exactly the interface's keys, the output's with the target and the loss; every
    /// layer's grad_w is inputs × neurons and equals a(below)·δ, layer 1's too.
    @Test func jsonHasOneObjectPerLayerWithTheInterfacesKeys() throws {
        let lines = try BackpropCommand.parse(["--preset", "xor", "--point", "3", "--json"]).output()
        #expect(lines.count == 3)
        var previousA: [Double] = []
        for (index, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["layer"] as? Int == index)
            if index == 0 {
                #expect(
                    Set(object.keys) == ["layer", "features", "a"] && object["features"] as? [String] == ["x1", "x2"])
                previousA = try #require(object["a"] as? [Double])
                continue
            }
            let keys: Set<String> = ["layer", "z", "a", "delta", "grad_w", "grad_b"]
            #expect(Set(object.keys) == (index == lines.count - 1 ? keys.union(["target", "loss"]) : keys))
            let delta = try #require(object["delta"] as? [Double]),
                gradW = try #require(object["grad_w"] as? [[Double]])
            #expect(object["grad_b"] as? [Double] == delta)
            #expect(gradW.count == previousA.count && gradW.allSatisfy { $0.count == delta.count })
            for (i, row) in gradW.enumerated() {
                for (j, g) in row.enumerated() { #expect(Swift.abs(g - previousA[i] * delta[j]) < 1e-5) }
            }
            previousA = try #require(object["a"] as? [Double])
        }
        let text = try BackpropCommand.parse(["--preset", "xor", "--x1", "5", "--x2", "-5"]).output()
        #expect(text.first?.hasPrefix("backprop: 2 → 6 → 1, tanh+squared, point") == true)
        #expect(
            text.contains {
                $0.hasPrefix("check: the weight of layer 1 from x1 to neuron 1: backprop")
                    && $0.contains("relative error")
            })
        #expect(text.last?.contains("this example's loss") == true)
    }

    @Test func badPointsAndLinksAreRefused() throws {
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--point", "0"]) }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--x1", "2"]) }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--link", "1:x:2"]) }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--link", "9:1:1"]).output() }
        #expect(throws: (any Error).self) { try BackpropCommand.parse(["--point", "100000"]).output() }
    }
}

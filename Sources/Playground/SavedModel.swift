import Foundation

/// A trained network as a file (`--save-model` / `--load-model`): its shape, activations, weights and biases
/// layer by layer, the setup it was trained with and the preset it came from. JSON, written atomically.
public struct SavedModel: Codable, Equatable, Sendable {
    public struct Layer: Codable, Equatable, Sendable {
        /// `weights[i][j]`: from input i to neuron j.
        public var weights: [[Float]]
        public var biases: [Float]
        /// The hidden layer's activation; `nil` for the output layer (see `head`).
        public var activation: Activation?
    }

    public static let formatName = "nnplay-model"
    public var format = SavedModel.formatName
    public var version = 1
    /// Layer widths, inputs first: e.g. [2, 4, 2, 1].
    public var widths: [Int]
    public var head: OutputHead
    public var layers: [Layer]
    /// The setup it was trained with (data, features, optimizer, …): loading rebuilds the same session.
    public var config: SessionConfig
    /// The preset it came from, if any.
    public var preset: String?
    /// Epochs trained when it was saved.
    public var epoch: Int

    public init(network: Network, config: SessionConfig, preset: String?, epoch: Int) {
        widths = network.shape.widths
        head = network.shape.head
        layers = network.layers.enumerated().map { index, layout in
            SavedModel.Layer(
                weights: (0..<layout.inputCount).map { i in (0..<layout.outputCount).map { network.weight(layer: index, from: i, to: $0) } },
                biases: (0..<layout.outputCount).map { network.bias(layer: index, neuron: $0) },
                activation: layout.activation)
        }
        (self.config, self.preset, self.epoch) = (config, preset, epoch)
    }

    /// The parameters in the engine's layout, checked against `shape` (the session rebuilt from `config`).
    public func parameters(for shape: NetworkShape) throws(ModelError) -> [Float] {
        guard format == Self.formatName else { throw ModelError("not an nnplay model (format '\(format)')") }
        guard version == 1 else { throw ModelError("model version \(version) is newer than this nnplay reads (1)") }
        guard widths == shape.widths, head == shape.head else {
            throw ModelError("the model is \(widths.map(String.init).joined(separator: " → ")) \(head.rawValue); its setup builds "
                + "\(shape.widths.map(String.init).joined(separator: " → ")) \(shape.head.rawValue)")
        }
        var parameters = [Float](repeating: 0, count: shape.parameterCount)
        for (index, layout) in shape.layerLayouts.enumerated() {
            let layer = layers[index]
            guard layer.weights.count == layout.inputCount, layer.weights.allSatisfy({ $0.count == layout.outputCount }),
                  layer.biases.count == layout.outputCount else { throw ModelError("layer \(index + 1) has the wrong number of weights or biases") }
            guard layer.activation == layout.activation else { throw ModelError("layer \(index + 1)'s activation does not match its setup") }
            for i in 0..<layout.inputCount {
                for j in 0..<layout.outputCount { parameters[layout.weightOffset + i * layout.outputCount + j] = layer.weights[i][j] }
            }
            for j in 0..<layout.outputCount { parameters[layout.biasOffset + j] = layer.biases[j] }
        }
        guard parameters.allSatisfy(\.isFinite) else { throw ModelError("the model's weights are not all numbers") }
        return parameters
    }

    /// Writes the model as JSON to `path`, atomically (a crash never leaves half a file).
    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Reads a model written by `write(to:)`.
    public static func read(from path: String) throws(ModelError) -> SavedModel {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ModelError("\(path): cannot be read (\(error.localizedDescription))")
        }
        do { return try JSONDecoder().decode(SavedModel.self, from: data) } catch {
            throw ModelError("\(path): not an nnplay model (\(Self.describe(error)))")
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
        default: return "\(error)"
        }
    }
}

public struct ModelError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension TrainingSession {
    /// Continues from `model`'s weights (its shape must be this session's); the optimizer starts fresh.
    public func load(_ model: SavedModel) throws(ModelError) {
        let parameters = try model.parameters(for: network.shape)
        trainer.network = Network(shape: network.shape, parameters: parameters)
        resetAfterLoad()
    }
}

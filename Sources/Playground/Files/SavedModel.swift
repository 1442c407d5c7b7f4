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
    /// The version written: 3 adds what resuming exactly needs (`training`); 2 spells the setup with the
    /// preset keys (`ModelSetup`); 1 and 2 still load (they continue with a fresh optimizer).
    public static let currentVersion = 3
    public var format = SavedModel.formatName
    public var version = SavedModel.currentVersion
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
    /// The optimizer's and the generator's state, the rows' order and the history (version 3): with them a
    /// loaded model continues bit for bit as if never stopped.
    public var training: TrainingCheckpoint?

    enum CodingKeys: String, CodingKey {
        case format, version, widths, head, layers, config, setup, points, preset, epoch, training
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(String.self, forKey: .format)
        version = try c.decode(Int.self, forKey: .version)
        widths = try c.decode([Int].self, forKey: .widths)
        head = try c.decode(OutputHead.self, forKey: .head)
        layers = try c.decode([Layer].self, forKey: .layers)
        preset = try c.decodeIfPresent(String.self, forKey: .preset)
        epoch = try c.decode(Int.self, forKey: .epoch)
        training = version >= 3 ? try c.decodeIfPresent(TrainingCheckpoint.self, forKey: .training) : nil
        if version == 1 {
            config = try c.decode(SessionConfig.self, forKey: .config)
        } else {
            let values = try c.decodeIfPresent([String: ModelSetup.Value].self, forKey: .setup) ?? [:]
            let points = try c.decodeIfPresent(CustomData.self, forKey: .points)
            config = try ModelSetup.config(from: values, points: points)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(format, forKey: .format)
        try c.encode(Self.currentVersion, forKey: .version)
        try c.encode(widths, forKey: .widths)
        try c.encode(head, forKey: .head)
        try c.encode(layers, forKey: .layers)
        try c.encode(ModelSetup.values(of: config), forKey: .setup)
        try c.encodeIfPresent(config.customData, forKey: .points)
        try c.encodeIfPresent(preset, forKey: .preset)
        try c.encode(epoch, forKey: .epoch)
        try c.encodeIfPresent(training, forKey: .training)
    }

    public init(
        network: Network, config: SessionConfig, preset: String?, epoch: Int, training: TrainingCheckpoint? = nil
    ) {
        self.training = training
        widths = network.shape.widths
        head = network.shape.head
        layers = network.layers.enumerated().map { index, layout in
            SavedModel.Layer(
                weights: (0..<layout.inputCount).map { i in
                    (0..<layout.outputCount).map { network.weight(layer: index, from: i, to: $0) }
                },
                biases: (0..<layout.outputCount).map { network.bias(layer: index, neuron: $0) },
                activation: layout.activation)
        }
        (self.config, self.preset, self.epoch) = (config, preset, epoch)
    }

    /// The parameters in the engine's layout, checked against `shape` (the session rebuilt from `config`).
    public func parameters(for shape: NetworkShape) throws(ModelError) -> [Float] {
        try validate()
        guard widths == shape.widths, head == shape.head else {
            throw ModelError(
                "the model is \(widths.map(String.init).joined(separator: " → ")) \(head.rawValue); its setup builds "
                    + "\(shape.widths.map(String.init).joined(separator: " → ")) \(shape.head.rawValue)")
        }
        var parameters = [Float](repeating: 0, count: shape.parameterCount)
        for (index, layout) in shape.layerLayouts.enumerated() {
            let layer = layers[index]  // validate() checked every layer against widths
            guard layer.activation == layout.activation else {
                throw ModelError("layer \(index + 1)'s activation does not match its setup")
            }
            for i in 0..<layout.inputCount {
                for j in 0..<layout.outputCount {
                    parameters[layout.weightOffset + i * layout.outputCount + j] = layer.weights[i][j]
                }
            }
            for j in 0..<layout.outputCount { parameters[layout.biasOffset + j] = layer.biases[j] }
        }
        return parameters
    }

    /// Writes the model as JSON to `path` (`SafeFile`: atomically, only over a regular file).
    @discardableResult
    public func write(to path: String) throws(FileWriteError) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(self) else {
            throw FileWriteError("\(path.withoutControlCharacters): the model cannot be encoded")
        }
        return try SafeFile.write(data, to: path)
    }

    /// The largest model file read: a model file is untrusted input, and a playground network of the
    /// largest shape the settings allow fits many times over.
    public static let maximumBytes = 16 << 20

    /// Reads a model written by `write(to:)` and checks all of it (`validate`) before any use: only a
    /// regular file of at most `maximumBytes`; messages name the JSON path at fault, never a type.
    public static func read(from path: String) throws(ModelError) -> SavedModel {
        let shown = path.withoutControlCharacters
        let data: Data
        do throws(UnreadableFile) {
            data = try UntrustedFile.contents(of: path, limit: maximumBytes, kind: "a model file")
        } catch {
            throw ModelError(error.description)
        }
        let model: SavedModel
        do { model = try JSONDecoder().decode(SavedModel.self, from: data) } catch let error as SetupError {
            throw ModelError(error.description(in: String(decoding: data, as: UTF8.self), file: shown))
        } catch {
            throw ModelError("\(shown): not an nnplay model (\(UntrustedFile.describe(error)))")
        }
        do throws(ModelError) { try model.validate() } catch { throw ModelError("\(shown): \(error.description)") }
        return model.cleaned
    }

    /// The epochs a model may say it was trained for.
    public static let maximumEpoch = 1_000_000_000

    /// Throws the first thing wrong with the model as a whole: its format and version, widths and every
    /// layer's shape against them, every number finite, the epoch within bounds, the setup valid (its own
    /// points' labels within their classes).
    public func validate() throws(ModelError) {
        guard format == Self.formatName else {
            throw ModelError("not an nnplay model (format \(format.quotedForMessage))")
        }
        guard (1...Self.currentVersion).contains(version) else {
            throw ModelError("model version \(version) is not one this nnplay reads (1 … \(Self.currentVersion))")
        }
        guard widths.count >= 2, widths.count <= 18, widths.allSatisfy({ (1...1024).contains($0) }) else {
            throw ModelError(
                "widths: 2 to 18 layers of 1 … 1024 (got \(UntrustedFile.cut(widths.map(String.init).joined(separator: ", "))))"
            )
        }
        guard layers.count == widths.count - 1 else {
            throw ModelError(
                "layers: \(widths.count - 1) for widths \(widths.map(String.init).joined(separator: " → ")), got \(layers.count)"
            )
        }
        for (index, layer) in layers.enumerated() {
            let (inputs, outputs) = (widths[index], widths[index + 1])
            guard layer.weights.count == inputs, layer.weights.allSatisfy({ $0.count == outputs }),
                layer.biases.count == outputs
            else {
                throw ModelError("layers[\(index)]: needs \(inputs) rows of \(outputs) weights and \(outputs) biases")
            }
            guard layer.weights.allSatisfy({ $0.allSatisfy(\.isFinite) }), layer.biases.allSatisfy(\.isFinite) else {
                throw ModelError("layers[\(index)]: the weights are not all finite numbers")
            }
            guard (layer.activation == nil) == (index == layers.count - 1) else {
                throw ModelError(
                    "layers[\(index)]: "
                        + (layer.activation == nil
                            ? "a hidden layer needs an activation" : "the output layer takes its activation from head"))
            }
        }
        guard (0...Self.maximumEpoch).contains(epoch) else {
            throw ModelError("epoch: 0 … \(Self.maximumEpoch) (got \(epoch))")
        }
        do { try config.validate() } catch { throw ModelError("config: \(error.setting.presetKey): \(error.message)") }
    }

    /// The model with its names cleaned of control characters (they reach the terminal in messages).
    var cleaned: SavedModel {
        var model = self
        model.preset = preset?.withoutControlCharacters
        model.config.customData?.source = config.customData?.source.withoutControlCharacters ?? ""
        return model
    }
}

public struct ModelError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension TrainingSession {
    /// Continues from `model` (its shape must be this session's): with its `training` checkpoint exactly as
    /// if never stopped, its history and epoch count going on; without one (an older file) from its weights
    /// with a fresh optimizer, counting from 0. Returns notes on what was not taken (to tell the person).
    @discardableResult
    public func load(_ model: SavedModel) throws(ModelError) -> [String] {
        let parameters = try model.parameters(for: network.shape)
        trainer.network = Network(shape: network.shape, parameters: parameters)
        guard let training = model.training else {
            resetAfterLoad()
            return [
                "a version \(model.version) model has no optimizer state or history: continuing from its weights "
                    + "with a fresh optimizer"
            ]
        }
        let notes = try resume(from: training)
        measureSharpness()
        return notes
    }
}

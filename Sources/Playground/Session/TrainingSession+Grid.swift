import NeuralEngine

extension TrainingSession {
    /// The network's output over a `width × height` grid on [−6, 6]² (see `DecisionGrid.values`).
    public func decisionGrid(width: Int, height: Int) -> DecisionGrid {
        decisionGrid(width: width, height: height, of: network)
    }

    /// The output of `network` (this session's shape: a checkpoint of it) over the grid.
    func decisionGrid(width: Int, height: Int, of network: Network) -> DecisionGrid {
        let inputs = gridInputs(width: width, height: height)
        let count = width * height
        var values = [Float](repeating: 0, count: count)
        var classes = [UInt8](repeating: 0, count: data.classCount > 2 ? count : 0)
        evaluator.forEachChunk(of: network, inputs: inputs, rowCount: count) { chunk in
            chunk.copySignedValues(into: &values)
            if !classes.isEmpty { chunk.copyPredictedClasses(into: &classes) }
        }
        return DecisionGrid(width: width, height: height, values: values, classes: classes)
    }

    /// One neuron's activation over the grid: `layer` 0 is the first hidden layer, the last layer is the
    /// output (its raw outputs before the head's transform are not shown; its activations are).
    public func neuronGrid(layer: Int, neuron: Int, width: Int, height: Int) -> DecisionGrid {
        neuronGrid(layer: layer, neuron: neuron, width: width, height: height, of: network)
    }

    func neuronGrid(layer: Int, neuron: Int, width: Int, height: Int, of network: Network) -> DecisionGrid {
        let layout = network.layers[layer]
        precondition(neuron < layout.outputCount, "no such neuron")
        let inputs = gridInputs(width: width, height: height)
        var values = [Float](repeating: 0, count: width * height)
        evaluator.forEachChunk(of: network, inputs: inputs, rowCount: width * height) { chunk in
            chunk.copyActivations(layer: layer, neuron: neuron, into: &values)
        }
        return DecisionGrid(width: width, height: height, values: values)
    }

    /// Every neuron's activation over the grid, from one forward pass: `[layer][neuron]`, the output layer
    /// last. (The thumbnails of the network panel, published with every snapshot.)
    public func neuronGrids(width: Int, height: Int) -> [[DecisionGrid]] {
        neuronGrids(width: width, height: height, of: network)
    }

    func neuronGrids(width: Int, height: Int, of network: Network) -> [[DecisionGrid]] {
        let inputs = gridInputs(width: width, height: height)
        let count = width * height, layers = network.layers
        var values = layers.map { [[Float]](repeating: [Float](repeating: 0, count: count), count: $0.outputCount) }
        evaluator.forEachChunk(of: network, inputs: inputs, rowCount: count) { chunk in
            for (index, layer) in layers.enumerated() {
                for neuron in 0..<layer.outputCount {
                    chunk.copyActivations(layer: index, neuron: neuron, into: &values[index][neuron])
                }
            }
        }
        return values.map { layer in layer.map { DecisionGrid(width: width, height: height, values: $0) } }
    }

    /// An input feature's (standardised) value over the grid: Playground's input thumbnails.
    public func featureGrid(feature index: Int, width: Int, height: Int) -> DecisionGrid {
        let inputs = gridInputs(width: width, height: height)
        let stride = data.featureMap.features.count
        let values = (0..<(width * height)).map { inputs[$0 * stride + index] }
        return DecisionGrid(width: width, height: height, values: values)
    }

    /// Input rows for every grid cell centre, cached per size (a snapshot uses two: heatmap and thumbnails).
    func gridInputs(width: Int, height: Int) -> [Float] {
        let key = GridSize(width: width, height: height)
        if let inputs = cachedGridInputs[key] { return inputs }
        var rows: [Float] = []
        rows.reserveCapacity(width * height * data.featureMap.features.count)
        for row in 0..<height {
            for column in 0..<width {
                let p = DecisionGrid.point(column: column, row: row, width: width, height: height)
                data.featureMap.append(x1: p.x1, x2: p.x2, to: &rows)
            }
        }
        if cachedGridInputs.count >= 4 { cachedGridInputs.removeAll() }  // sizes change only on resize
        cachedGridInputs[key] = rows
        return rows
    }
}

/// A grid's size, as the key of the grid-inputs cache.
struct GridSize: Hashable {
    let width: Int, height: Int
}

// MARK: - Forward

extension Network {
    /// Runs the first `rows` examples in `workspace.inputs` through the network, filling the workspace's
    /// activations and the pre-activations backpropagation needs (see `Workspace.preActivations`); the
    /// outputs end in `workspace.outputs`. Dropout applies when the workspace has it switched on (training),
    /// never otherwise. `keepingPreActivations` writes every layer's z (the narrow tanh and sigmoid layers
    /// skip it otherwise), for whoever reads them afterwards (`BackpropTrace`). `inputs`, when given, are
    /// read instead of `workspace.inputs` (`rows × inputCount` values, e.g. a slice of an example set that
    /// then need not be copied).
    func forward(
        _ workspace: Workspace, rows: Int, keepingPreActivations: Bool = false, inputs: UnsafePointer<Float>? = nil
    ) {
        precondition(rows <= workspace.capacity, "batch larger than the workspace")
        let firstInputs = inputs ?? UnsafePointer(workspace.inputs)
        parameters.withUnsafeBufferPointer { p in
            let base = p.baseAddress!
            for (index, layer) in layers.enumerated() {
                let x = index == 0 ? firstInputs : UnsafePointer(workspace.layerOutput(index - 1))
                let z = workspace.preActivations[index], a = workspace.activations[index]
                let w = base + layer.weightOffset, b = base + layer.biasOffset
                let inputs = layer.inputCount, outputs = layer.outputCount, count = rows * outputs
                if let activation = layer.activation, !keepingPreActivations,
                    NarrowDense.applies(inputs: inputs, outputs: outputs, paddingCapacity: workspace.packingCapacity)
                {
                    NarrowDense.forward(
                        x: x, w: w, b: b, z: z, a: a, rows: rows, inputs: inputs, outputs: outputs,
                        activation: activation, padding: workspace.packing)
                } else {
                    DenseKernels.forward(
                        x: x, w: w, b: b, z: z, rows: rows, inputs: inputs, outputs: outputs, packing: workspace.packing
                    )
                    if let activation = layer.activation {
                        activation.apply(z, into: a, count: count)
                    } else {
                        shape.head.activate(rows: rows, z, into: a, width: outputs)
                    }
                }
                if layer.activation != nil && workspace.dropoutActive {
                    let mask = workspace.dropoutMasks[index], out = workspace.dropped[index]
                    for i in 0..<count { out[i] = a[i] * mask[i] }
                }
            }
        }
    }

    /// The summed loss of the first `rows` examples of the last forward pass against `workspace.targets`.
    func summedLoss(_ workspace: Workspace, rows: Int) -> Double {
        shape.head.score(
            z: workspace.outputPreActivations, a: workspace.outputs, t: workspace.targets, rows: rows,
            width: shape.outputCount, countingCorrect: false
        ).loss
    }
}

// MARK: - Backward

extension Network {
    /// Backpropagation by the chain rule: after a forward pass over `rows` (≥ 1) examples, writes the
    /// gradient of the batch's mean loss with respect to every parameter into `gradient` (same layout as
    /// `parameters`; every entry is overwritten). Does not change the network.
    func backward(_ workspace: Workspace, rows: Int, into gradient: UnsafeMutablePointer<Float>) {
        let last = layers.count - 1
        let width = shape.outputCount
        let scale = 1 / Float(rows)
        shape.head.delta(
            a: workspace.outputs, t: workspace.targets, into: workspace.deltas[last], count: rows * width, scale: scale)
        parameters.withUnsafeBufferPointer { p in
            let base = p.baseAddress!
            for index in stride(from: last, through: 0, by: -1) {
                let layer = layers[index]
                let dz = workspace.deltas[index]
                let x = index == 0 ? workspace.inputs : workspace.layerOutput(index - 1)
                DenseKernels.weightGradient(
                    x: x, dz: dz, gw: gradient + layer.weightOffset, gb: gradient + layer.biasOffset,
                    rows: rows, inputs: layer.inputCount, outputs: layer.outputCount, scratch: workspace.scratch,
                    packing: workspace.packing)
                guard index > 0 else { continue }
                let below = layers[index - 1], dx = workspace.deltas[index - 1]
                DenseKernels.backpropagate(
                    dz: dz, w: base + layer.weightOffset, dx: dx,
                    rows: rows, inputs: layer.inputCount, outputs: layer.outputCount, scratch: workspace.scratch,
                    packing: workspace.packing)
                let count = rows * below.outputCount
                if workspace.dropoutActive {
                    let mask = workspace.dropoutMasks[index - 1]
                    for i in 0..<count { dx[i] *= mask[i] }
                }
                below.activation!.multiplyByDerivative(
                    dx, input: workspace.preActivations[index - 1], output: workspace.activations[index - 1],
                    count: count)
            }
        }
    }
}

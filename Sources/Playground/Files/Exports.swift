// The playground speaks the engine's vocabulary (activations, optimizers, networks) in its public API, so
// whoever imports Playground gets those types too, and the UI needs no import of the engine of its own.
@_exported import NeuralEngine

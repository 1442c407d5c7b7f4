import Playground
@testable import PlaygroundUI

/// A state for `config` trained `epochs` epochs, with grids sized for its layout.
func makeState(width: Int = 80, height: Int = 24, mode: ColorMode = .monochrome, config: SessionConfig = SessionConfig(),
               epochs: Int = 0) throws -> AppState {
    let session = try TrainingSession(config: config)
    session.train(epochs: epochs)
    let placeholder = session.snapshot(request: .standard, playing: false, epochsPerSecond: 0, generation: 0)
    var state = AppState(width: width, height: height, config: config, snapshot: placeholder, colorMode: mode)
    state.snapshot = session.snapshot(request: state.gridRequest, playing: false, epochsPerSecond: 0, generation: 0)
    return state
}

/// The rows of `rect` on `screen`.
func lines(_ screen: Screen, _ rect: Rect) -> [String] {
    (rect.y..<(rect.y + rect.height)).map { y in String((rect.x..<(rect.x + rect.width)).map { screen[$0, y].character }) }
}

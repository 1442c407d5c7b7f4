import Foundation
import Playground
@testable import PlaygroundUI

/// The seeds view over XOR with [3] tanh at `width × height`, its tiles synthetic (curves and pictures from
/// formulas, not training): every run has finished but the last two; runs 1 and 7 stop at 87% test accuracy,
/// run 4 diverged, the rest reach 98%.
func seedsState(width: Int, height: Int, mode: ColorMode = .monochrome) throws -> AppState {
    var config = SessionConfig()
    (config.dataset, config.hidden) = (.xor, [3])
    var state = try makeState(width: width, height: height, mode: mode, config: config)
    _ = update(&state, .toggleSeeds)
    let runs = state.seeds?.runs ?? 0
    for index in 0..<Swift.max(0, runs - 2) {
        _ = update(&state, .seedTile(index: index, tile: syntheticTile(index)))
    }
    state.message = nil
    return state
}

/// Run `index` of `seedsState`: 100 epochs whose test accuracy climbs from 50% at a pace of its own.
func syntheticTile(_ index: Int) -> SeedTile {
    let missed = index == 1 || index == 7, diverged = index == 4
    let ceiling = diverged ? 0.6 : missed ? 0.87 : 0.98
    let accuracies = (0...100).map { epoch in Swift.min(ceiling, 0.5 + Double(epoch) * (0.01 + 0.001 * Double(index))) }
    let losses = accuracies.map { (1 - $0) / 2 }
    let run = SeedRun(
        seed: UInt64(index), finalTrainLoss: losses.last! * 0.9, finalTestLoss: losses.last!,
        testAccuracy: accuracies.last, reachedGoalEpoch: accuracies.firstIndex { $0 >= 0.95 }, diverged: diverged)
    let angle = Double(index) * 0.4
    let picture = grid(16, 16) { x1, x2 in
        missed ? tanh((x1 * cos(angle) + x2 * sin(angle)) / 2) : tanh(x1 * x2 / 6)
    }
    return SeedTile(run: run, testLosses: losses, testAccuracies: accuracies, grid: picture)
}

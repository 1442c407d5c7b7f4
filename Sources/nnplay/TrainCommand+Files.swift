import ArgumentParser
import Foundation
import Playground
import PlaygroundUI

/// What `train` writes after training: the model, the history, the slide.
extension TrainCommand {
    /// --save-model and --export-history; a file that cannot be written is an error (exit 1), said plainly.
    func writeFiles(
        _ session: TrainingSession, config: SessionConfig, preset: String?, title: String?, startEpoch: Int
    ) throws {
        func attempt(_ what: String, _ path: String, _ body: () throws(FileWriteError) -> String?) throws {
            let note: String?
            do throws(FileWriteError) { note = try body() } catch {
                FileHandle.standardError.write(Data("\(what) \(error.description)\n".utf8))
                throw ExitCode.failure
            }
            if !json { print("wrote     \(path.withoutControlCharacters)" + (note.map { " (\($0))" } ?? "")) }
        }
        if let path = saveModel {
            guard !session.isDiverged else {
                FileHandle.standardError.write(
                    Data("--save-model: the network diverged; its weights are not numbers, nothing written\n".utf8))
                throw ExitCode.failure
            }
            let model = SavedModel(
                network: session.network, config: config, preset: preset, epoch: startEpoch + session.epoch,
                training: session.checkpoint)
            try attempt("--save-model", path) { () throws(FileWriteError) -> String? in try model.write(to: path) }
        }
        if let path = exportHistory {
            try attempt("--export-history", path) { () throws(FileWriteError) -> String? in
                try HistoryCSV.write(session.history, restores: session.restores, to: path)
            }
        }
        if let path = exportSvg {
            // 96 cells across the slide's view (fitted to the points): more over the whole ±6 plane when the
            // points fill only its centre.
            let fitted = SlideSVG.viewExtent(session.data.train + session.data.test)
            let side = Int((96 * 6 / fitted).rounded())
            let request = GridRequest(decisionWidth: side, decisionHeight: side, thumbnailSide: 12)
            let snapshot = session.snapshot(request: request, playing: false, epochsPerSecond: 0, generation: 0)
            try attempt("--export-svg", path) { () throws(FileWriteError) -> String? in
                try SlideSVG.write(snapshot, title: title, to: path)
            }
        }
    }
}

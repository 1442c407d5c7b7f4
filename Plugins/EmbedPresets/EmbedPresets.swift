import Foundation
import PackagePlugin

/// Compiles the shipped lessons into the program: `Presets/*.yaml` become string literals in a generated
/// `ShippedPresetFiles.swift` of the target, so a copied binary still has every lesson. Rebuilt whenever a preset
/// file changes.
@main
struct EmbedPresets: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Presets")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" && !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedPresetFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) presets",
                executable: try context.tool(named: "PresetEmbedder").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files, outputFiles: [output])
        ]
    }
}

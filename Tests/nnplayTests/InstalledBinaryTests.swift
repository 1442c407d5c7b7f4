import Foundation
import Testing

/// The built `nnplay` (next to this test bundle), run as a program.
private func builtBinary() throws -> URL {
    let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
    let candidates =
        [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("nnplay") }
        + [
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/nnplay")
        ]
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
}

/// Runs `binary` with `arguments` (and `environment`, if given) in `folder`; its exit status and output.
private func run(
    _ binary: URL, _ arguments: [String], environment: [String: String]? = nil, in folder: URL? = nil
) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let folder { process.currentDirectoryURL = folder }
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
}

@Suite("A copied binary")
struct InstalledBinaryTests {
    /// `cp nnplay ~/bin`, as a lecturer installs it: in an empty folder, with an empty home and no
    /// NNPLAY_PRESETS, `nnplay presets` lists every shipped lesson (compiled in) and says where it looked.
    @Test func aCopiedBinaryListsEveryLesson() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("nnplay")
        try FileManager.default.copyItem(at: try builtBinary(), to: copy)
        let (status, output) = try run(
            copy, ["presets"], environment: ["HOME": folder.path, "PATH": "/usr/bin:/bin"], in: folder)
        #expect(status == 0, "\(output)")
        #expect(
            output.hasPrefix("presets (looked in \(folder.path)/.config/nnplay/presets, the lessons built into nnplay"))
        let lessons = output.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("    ") }
        #expect(lessons.count == 14, "\(output)")
        #expect(
            lessons.contains { $0.hasPrefix("  xor ") } && lessons.contains { $0.hasPrefix("  vanishing-gradients ") })
    }

    /// A `--presets-dir` that does not exist is named among the places looked (and is where `w` would write);
    /// the built-in lessons are listed all the same.
    @Test func aMissingFolderIsSaidAndTheShippedLessonsStay() throws {
        let (_, output) = try run(
            try builtBinary(), ["presets", "--presets-dir", "/nonexistent-presets"],
            environment: ["HOME": "/nonexistent-home", "PATH": "/usr/bin:/bin"])
        #expect(
            output.contains("looked in /nonexistent-presets, /nonexistent-home/.config/nnplay/presets, the lessons"))
        #expect(output.contains("w in the playground writes to /nonexistent-presets"))
    }
}

@Suite("nnplay --version")
struct VersionTests {
    /// The version, the CPU target the engine was compiled for and whether the AVX-512 kernels are in.
    @Test func versionSaysTheCPUTarget() throws {
        let (status, output) = try run(try builtBinary(), ["--version"])
        let lines = output.split(separator: "\n").map(String.init)
        #expect(status == 0 && lines.count == 3, "\(output)")
        #expect(lines[0].hasPrefix("nnplay ") && lines[1].hasPrefix("CPU target: "))
        #expect(lines[2] == "AVX-512 kernels: compiled in" || lines[2] == "AVX-512 kernels: not compiled in")
    }
}

import Foundation
import Testing
@testable import Playground

/// Writers replace only regular files: a device, a pipe or a folder named as the output is refused in words
/// (run as root, as in a container, the old writers replaced /dev/null with a file), a link is written
/// through to its target, and no temporary file is left behind.
@Suite("Writers that replace only regular files")
struct SafeFileTests {
    let folder: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nnplay-safe-\(UUID())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    @Test func devicesPipesFoldersAndEmptyPathsAreRefusedInWords() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: FileWriteError("/dev/null: is a device; nnplay replaces only regular files")) {
            try SafeFile.write(Data("x".utf8), to: "/dev/null")
        }
        #expect(throws: FileWriteError("\(folder): is a folder; nnplay replaces only regular files")) {
            try SafeFile.write(Data("x".utf8), to: folder)
        }
        #expect(throws: FileWriteError("no file named (an empty path)")) { try SafeFile.write(Data(), to: "") }
        let pipe = folder + "/pipe"
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(throws: FileWriteError("\(pipe): is a pipe; nnplay replaces only regular files")) {
            try SafeFile.write(Data("x".utf8), to: pipe)
        }
        #expect(throws: FileWriteError.self) { try SafeFile.write(Data("x".utf8), to: folder + "/missing/x.json") }
        #expect(leftovers().isEmpty)
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR, "/dev/null is still a device")
    }

    @Test func aLinkIsWrittenThroughToItsTargetAndSaysSo() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let link = folder + "/link.json", target = folder + "/target.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.json")
        let note = try SafeFile.write(Data("new".utf8), to: link)
        #expect(note == "through the link \(link) to \(target)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.json", "the link stays a link")
        #expect(try SafeFile.write(Data("plain".utf8), to: target) == nil)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "plain" && leftovers().isEmpty)
    }
}

import Foundation
import Synchronization

/// Writes a file the way every exporter of nnplay must: replacing only a regular file, through a symbolic
/// link to its target (and saying so), atomically (a temporary file beside it, renamed over it), and never
/// leaving the temporary file behind, on failure or on a signal (`removeInFlight`).
public enum SafeFile {
    /// Writes `data` to `path`; returns what a person should know besides "wrote" (that a link was followed),
    /// or `nil`. Throws a sentence for a path that is empty, a folder, a device, a pipe or a socket, or
    /// whose folder does not exist or cannot be written.
    @discardableResult
    public static func write(_ data: Data, to path: String) throws(FileWriteError) -> String? {
        let (target, note) = try resolve(path)
        let shown = path.withoutControlCharacters
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let temporary =
            folder + "/." + url.lastPathComponent + ".nnplay-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        inFlight.withLock { $0 = temporary }
        defer { inFlight.withLock { $0 = nil } }
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o644])
        else {
            unlink(temporary)
            throw FileWriteError("\(shown): cannot be written (\(String(cString: strerror(errno))))")
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw FileWriteError("\(shown): cannot be written (\(reason))")
        }
        return note
    }

    /// Where a write to `path` goes — through links, at most 16 deep — and the note that a link was
    /// followed; throws for an empty path, for anything there but a regular file, and for a missing folder.
    public static func resolve(_ path: String) throws(FileWriteError) -> (target: String, note: String?) {
        let shown = path.withoutControlCharacters
        guard !path.isEmpty else { throw FileWriteError("no file named (an empty path)") }
        let manager = FileManager.default
        var target = path, note: String?
        for _ in 0..<16 {
            guard (try? manager.attributesOfItem(atPath: target)[.type] as? FileAttributeType) == .typeSymbolicLink,
                let destination = try? manager.destinationOfSymbolicLink(atPath: target)
            else { break }
            target =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent(destination)
                    .standardized.path
            note = "through the link \(shown) to \(target.withoutControlCharacters)"
        }
        if let type = try? manager.attributesOfItem(atPath: target)[.type] as? FileAttributeType, type != .typeRegular {
            let what = UntrustedFile.describe(
                type, otherwise: type == .typeSymbolicLink ? "a link more than 16 deep" : "a pipe")
            throw FileWriteError("\(shown): is \(what); nnplay replaces only regular files")
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw FileWriteError("\(shown): the folder \(folder.withoutControlCharacters) does not exist")
        }
        return (target, note)
    }

    /// The temporary file being written, if any (a signal handler removes it: `removeInFlight`).
    private static let inFlight = Mutex<String?>(nil)

    /// Removes the temporary file of a write under way: for the handler of a signal that ends the program
    /// (run on a queue, not in the signal's context).
    public static func removeInFlight() {
        inFlight.withLock { path in
            if let path { unlink(path) }
            path = nil
        }
    }
}

/// A file that could not be written, as one sentence (the path first).
public struct FileWriteError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }

    /// The sentence without its leading "path: ", for messages that name the file themselves.
    public func reason(for path: String) -> String {
        let prefix = path.withoutControlCharacters + ": "
        return description.hasPrefix(prefix) ? String(description.dropFirst(prefix.count)) : description
    }
}

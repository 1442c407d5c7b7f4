import Foundation

/// A folder of preset files: finds it, lists it, loads from it and saves into it.
public struct PresetLibrary: Sendable {
    /// The folder, as a path.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The presets folder: `explicit` (`--presets-dir`), else `NNPLAY_PRESETS`, else a `Presets/` folder next to
    /// the package the executable was built in (walking up from it), else `./Presets`.
    public static func locate(explicit: String?, environment: [String: String], executable: String?) -> PresetLibrary {
        if let explicit, !explicit.isEmpty { return PresetLibrary(directory: explicit) }
        if let fromEnvironment = environment["NNPLAY_PRESETS"], !fromEnvironment.isEmpty {
            return PresetLibrary(directory: fromEnvironment)
        }
        if let executable {
            var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<8 {
                let candidate = folder.appendingPathComponent("Presets")
                if isDirectory(candidate.path)
                    && FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
                {
                    return PresetLibrary(directory: candidate.path)
                }
                folder.deleteLastPathComponent()
            }
        }
        return PresetLibrary(directory: FileManager.default.currentDirectoryPath + "/Presets")
    }

    /// Preset names (file names without `.yaml`), sorted.
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Every preset in the folder, loaded, or the reason it could not be: the lessons in course order (their
    /// `order:`), then the rest by name.
    public var entries: [(name: String, result: Result<Preset, PresetError>)] {
        let all = names.map { name in
            (name: name, result: Result { () throws(PresetError) -> Preset in try load(name) })
        }
        func rank(_ entry: (name: String, result: Result<Preset, PresetError>)) -> Int {
            (try? entry.result.get())?.order ?? Int.max
        }
        return all.enumerated().sorted { a, b in
            (rank(a.element), a.offset) < (rank(b.element), b.offset)
        }.map(\.element)
    }

    /// Loads a preset by name (`xor` → `Presets/xor.yaml`) or by a path to any `.yaml` file.
    public func load(_ nameOrPath: String) throws(PresetError) -> Preset {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            return try PresetParser.load(path: nameOrPath)
        }
        let path = self.path(for: nameOrPath)
        guard FileManager.default.fileExists(atPath: path) else {
            let available = names
            guard Self.isDirectory(directory) else {
                throw PresetError(
                    file: nameOrPath, message: "no presets folder at \(directory) (set --presets-dir or NNPLAY_PRESETS)"
                )
            }
            var message = "no such preset in \(directory)"
            if let best = available.min(by: {
                PresetParser.editDistance(nameOrPath, $0) < PresetParser.editDistance(nameOrPath, $1)
            }),
                PresetParser.editDistance(nameOrPath, best) <= 3
            {
                message += "; did you mean `\(best)`?"
            }
            throw PresetError(file: nameOrPath, message: message + " Available: " + available.joined(separator: ", "))
        }
        return try PresetParser.load(path: path, name: nameOrPath)
    }

    public func path(for name: String) -> String { directory + "/" + name + ".yaml" }

    public func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(for: name)) }

    /// Whether `name` can name a preset file: letters, digits, `-` and `_`, at most 64 characters.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= maximumNameLength && name.allSatisfy(isValidNameCharacter)
    }

    /// The most characters a preset name has.
    public static let maximumNameLength = 64

    /// Whether `c` may be part of a preset name: an ASCII letter or digit, `-` or `_`.
    public static func isValidNameCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_")
    }

    /// Writes `preset` as `name`. Refuses to replace an existing file unless `overwrite`; writes a temporary
    /// file and renames it, so a crash never leaves a truncated preset. Returns the path written.
    @discardableResult
    public func save(_ preset: Preset, as name: String, overwrite: Bool) throws(PresetError) -> String {
        guard Self.isValidName(name) else {
            throw PresetError(file: name, message: "a preset name uses letters, digits, - and _ (at most 64)")
        }
        let target = path(for: name)
        if exists(name) && !overwrite { throw PresetError(file: target, message: "already exists") }
        var named = preset
        named.name = name
        if let data = preset.config.customData {  // one's own points go beside it, as `data:` reads them
            let file = "\(name)-points.csv"
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try SafeFile.write(Data(CustomData.csv(data.points).utf8), to: directory + "/" + file)
            } catch let error as FileWriteError {
                throw PresetError(file: directory + "/" + file, message: error.reason(for: directory + "/" + file))
            } catch {
                throw PresetError(
                    file: directory + "/" + file, message: "could not be written: \(error.localizedDescription)")
            }
            named.dataPath = file
        }
        let text = try PresetWriter.yaml(named)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try SafeFile.write(Data(text.utf8), to: target)
        } catch let error as FileWriteError {
            throw PresetError(file: target, message: error.reason(for: target))
        } catch {
            throw PresetError(file: target, message: "could not be written: \(error.localizedDescription)")
        }
        return target
    }

    static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

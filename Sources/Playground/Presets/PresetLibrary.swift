import Foundation

/// Where lessons come from: folders of preset files (the first one is where `save` writes) and, last, the
/// lessons compiled into the program (`ShippedPresets`). A name found in an earlier source wins, so a
/// lesson saved under a shipped name takes its place.
public struct PresetLibrary: Sendable {
    /// The folder `save` writes into.
    public let directory: String
    /// Every folder searched, first wins: `directory` first.
    public let folders: [String]
    /// Whether the shipped lessons are included (after the folders).
    public let includesShipped: Bool

    /// One folder and nothing else (no shipped lessons): a test's, or `--presets-dir` alone.
    public init(directory: String) {
        self.init(folders: [directory], includesShipped: false)
    }

    /// `folders` (the first is where `save` writes), then the shipped lessons if `includesShipped`.
    public init(folders: [String], includesShipped: Bool) {
        self.directory = folders.first ?? FileManager.default.currentDirectoryPath
        self.folders = folders
        self.includesShipped = includesShipped
    }

    /// The per-user folder: `$XDG_CONFIG_HOME/nnplay/presets`, else `~/.config/nnplay/presets`.
    public static func userFolder(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/nnplay/presets" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/nnplay/presets"
    }

    /// The lessons a person has: `explicit` (`--presets-dir`), `NNPLAY_PRESETS`, the per-user folder (where
    /// `w` writes unless one of the first two is given), then the shipped ones.
    public static func locate(explicit: String?, environment: [String: String]) -> PresetLibrary {
        var folders: [String] = []
        if let explicit, !explicit.isEmpty { folders.append(explicit) }
        if let fromEnvironment = environment["NNPLAY_PRESETS"], !fromEnvironment.isEmpty {
            folders.append(fromEnvironment)
        }
        let user = userFolder(environment: environment)
        if !folders.contains(user) { folders.append(user) }
        return PresetLibrary(folders: folders, includesShipped: true)
    }

    /// Where this library looks, as `nnplay presets` says it: each folder, then "built in".
    public var searchedPlaces: [String] { folders + (includesShipped ? ["the lessons built into nnplay"] : []) }

    /// Preset names (file names without `.yaml`) of every source, each once, sorted.
    public var names: [String] {
        var all = Set(includesShipped ? ShippedPresets.names : [])
        for folder in folders where Self.isDirectory(folder) {  // a missing folder (often the per-user one) has none
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            all.formUnion(files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) })
        }
        return all.sorted()
    }

    /// Every preset, loaded, or the reason it could not be: the lessons in course order (their `order:`),
    /// then the rest by name.
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

    /// The folder holding preset `name`, if a folder does (the first that does).
    func folder(holding name: String) -> String? {
        folders.first { FileManager.default.fileExists(atPath: $0 + "/" + name + ".yaml") }
    }

    /// The text of preset `name` as found (a file's bytes, or a shipped lesson's text), for fuzzing.
    public func source(of name: String) -> [UInt8]? {
        if let folder = folder(holding: name) {
            return FileManager.default.contents(atPath: folder + "/" + name + ".yaml").map { [UInt8]($0) }
        }
        return includesShipped ? ShippedPresets.text(named: name).map { Array($0.utf8) } : nil
    }

    /// Loads a preset by name (`xor`: the first folder's `xor.yaml`, else the shipped one) or by a path to any
    /// `.yaml` file.
    public func load(_ nameOrPath: String) throws(PresetError) -> Preset {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            return try PresetParser.load(path: nameOrPath)
        }
        if let folder = folder(holding: nameOrPath) {
            return try PresetParser.load(path: folder + "/" + nameOrPath + ".yaml", name: nameOrPath)
        }
        if includesShipped, let text = ShippedPresets.text(named: nameOrPath) {
            return try PresetParser.parse(text, name: nameOrPath, file: "\(nameOrPath).yaml (built in)")
        }
        let available = names
        guard !available.isEmpty || folders.contains(where: Self.isDirectory) else {
            throw PresetError(
                file: nameOrPath, message: "no presets folder at \(directory) (set --presets-dir or NNPLAY_PRESETS)")
        }
        var message = "no such preset in \(searchedPlaces.joined(separator: ", "))"
        if let best = available.min(by: {
            PresetParser.editDistance(nameOrPath, $0) < PresetParser.editDistance(nameOrPath, $1)
        }),
            PresetParser.editDistance(nameOrPath, best) <= 3
        {
            message += "; did you mean `\(best)`?"
        }
        throw PresetError(file: nameOrPath, message: message + " Available: " + available.joined(separator: ", "))
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
                try SafeFile.write(
                    Data(
                        (data.savedSplit.map { CustomData.csv(train: $0.train, test: $0.test) }
                            ?? CustomData.csv(data.points)).utf8), to: directory + "/" + file)
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

import Foundation

/// A person's own dataset (`--data FILE.csv`, `data:` in a preset): points in [−6, 6]², labelled ±1 or 0/1
/// (two classes), 0 … K−1 (K classes) or any number (regression).
public struct CustomData: Sendable, Equatable, Codable {
    /// Where it came from (a file name), for titles and messages.
    public var source: String
    public var points: [DataPoint]
    /// 0 for regression.
    public var classCount: Int
    /// What was changed on reading (rescaled coordinates or values), to tell the person.
    public var notices: [String]
    /// Which points are test points (`split` column: `train` or `test`), aligned with `points`; `nil` when
    /// the file has no such column (the split is then drawn from the seed and the training fraction).
    public var isTest: [Bool]?

    public init(source: String, points: [DataPoint], classCount: Int, notices: [String] = [], isTest: [Bool]? = nil) {
        (self.source, self.points, self.classCount, self.notices) = (source, points, classCount, notices)
        self.isTest = isTest.flatMap { $0.count == points.count ? $0 : nil }
    }

    /// Most points a file may have (a playground, not a data warehouse).
    public static let maximumPoints = 20_000

    /// Parses CSV text: columns x1, x2, label and optionally split (`train` or `test`, as `e` writes them);
    /// an optional header line; `#` comments and blank lines skipped.
    public static func parse(_ text: String, source: String) throws(CSVError) -> CustomData {
        var raw: [(x: Double, y: Double, label: Double, line: Int)] = []
        var splits: [Bool] = []
        var columns: Int?
        var firstContent = true
        // Any line ending: "\r\n" is one Character to Swift, so splitting on "\n" alone saw a CRLF file as one line.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        for (index, line) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let numbers = fields.prefix(3).map { Double($0) }
            defer { firstContent = false }
            if firstContent, numbers.contains(where: { $0 == nil }) { continue }  // a header
            let expected = columns ?? (fields.count == 4 ? 4 : 3)
            guard fields.count == expected else {
                throw CSVError(
                    source, line: index + 1,
                    expected == 4
                        ? "expected 4 columns (x1, x2, label, split) as on the first row, found \(fields.count)"
                        : "expected 3 columns (x1, x2, label), found \(fields.count)")
            }
            columns = expected
            if expected == 4 {
                switch fields[3].lowercased() {
                case "train": splits.append(false)
                case "test": splits.append(true)
                default:
                    throw CSVError(
                        source, line: index + 1,
                        "split is train or test, not '\(fields[3].withoutControlCharacters.prefix(24))'")
                }
            }
            guard let x = numbers[0], let y = numbers[1], let label = numbers[2] else {
                let bad = fields.prefix(3).first { Double($0) == nil } ?? ""
                throw CSVError(source, line: index + 1, "'\(bad.withoutControlCharacters.prefix(24))' is not a number")
            }
            guard x.isFinite, y.isFinite, label.isFinite else {
                throw CSVError(source, line: index + 1, "values must be finite numbers")
            }
            raw.append((x, y, label, index + 1))
            guard raw.count <= maximumPoints else {
                throw CSVError(source, line: index + 1, "more than \(maximumPoints) points")
            }
        }
        guard raw.count >= 2 else {
            throw CSVError(source, line: nil, "needs at least 2 points (rows of x1, x2, label)")
        }
        var notices: [String] = []
        // Coordinates: scaled (about the origin) so the largest fits in ±6.
        let largest = raw.map { Swift.max(Swift.abs($0.x), Swift.abs($0.y)) }.max() ?? 0
        let scale = largest > 6 ? 6 / largest : 1
        if scale < 1 {
            notices.append(
                "\(source): coordinates reach \(NumberFormat.significant(largest, digits: 3)); scaled by \(NumberFormat.significant(scale, digits: 3)) into [-6, 6]²"
            )
        }
        let labels = Set(raw.map(\.label))
        let classCount: Int
        var mapped: [Double]
        if labels.isSubset(of: [-1, 1]) || labels.isSubset(of: [0, 1]) {
            classCount = 2
            mapped = raw.map { $0.label > 0 ? 1 : 0 }
        } else if labels.allSatisfy({ $0 >= 0 && $0 == $0.rounded() }), let top = labels.max(), top <= 7 {
            classCount = Int(top) + 1
            mapped = raw.map(\.label)
        } else {
            classCount = 0  // regression: values in [−1, 1], as the heatmap's scale
            let peak = raw.map { Swift.abs($0.label) }.max() ?? 1
            mapped = raw.map(\.label)
            if peak > 1 {
                mapped = mapped.map { $0 / peak }
                notices.append(
                    "\(source): values reach \(NumberFormat.significant(peak, digits: 3)); scaled into [-1, 1]")
            }
        }
        let points = zip(raw, mapped).map {
            DataPoint(x: Float($0.x * scale), y: Float($0.y * scale), label: Float($1))
        }
        let isTest = splits.isEmpty ? nil : splits
        if let isTest, !isTest.contains(false) || !isTest.contains(true) {
            throw CSVError(source, line: nil, "the split column needs at least one train and one test row")
        }
        return CustomData(source: source, points: points, classCount: classCount, notices: notices, isTest: isTest)
    }

    /// Reads and parses a CSV file.
    public static func read(path: String) throws(CSVError) -> CustomData {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let data: Data
        do throws(UnreadableFile) { data = try UntrustedFile.contents(of: path, limit: 4_000_000, kind: "a CSV") } catch
        {
            // Only a regular file of at most 4 MB: a pipe or /dev/zero would be read forever.
            throw CSVError(error.path, line: nil, error.reason)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CSVError(path, line: nil, "is not UTF-8 text")
        }
        return try parse(text, source: name)
    }

    /// The points as CSV (`e` in the playground): a header, then x1, x2, label per line.
    public static func csv(_ points: [DataPoint]) -> String {
        (["x1,x2,label"] + points.map { "\($0.x),\($0.y),\(label($0.label))" }).joined(separator: "\n") + "\n"
    }

    /// The points with their split (`e` in the playground): `--data` on the file trains on exactly these
    /// training points and tests on these test points.
    public static func csv(train: [DataPoint], test: [DataPoint]) -> String {
        let rows = train.map { ($0, "train") } + test.map { ($0, "test") }
        return (["x1,x2,label,split"] + rows.map { "\($0.x),\($0.y),\(label($0.label)),\($1)" })
            .joined(separator: "\n") + "\n"
    }

    /// A label as the files write it: a class as a whole number (1, not 1.0), a regression value as it is.
    static func label(_ value: Float) -> String {
        value == value.rounded() && Swift.abs(value) < 1e6 ? String(Int(value)) : "\(value)"
    }

    /// This data's own points and split, when it has one.
    public var savedSplit: (train: [DataPoint], test: [DataPoint])? {
        guard let isTest else { return nil }
        return (zip(points, isTest).filter { !$1 }.map(\.0), zip(points, isTest).filter { $1 }.map(\.0))
    }
}

public struct CSVError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public init(_ source: String, line: Int?, _ message: String) {
        description = line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)"
    }
}

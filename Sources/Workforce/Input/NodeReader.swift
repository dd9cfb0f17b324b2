import Foundation
import Yams

/// Reads typed values from a YAML file's nodes, recording located errors instead of throwing.
///
/// A settings file is walked node by node rather than decoded, so every error can name the file,
/// the line and the full key at fault (`working_time.minimum_rest_hours`) with a fix, and one
/// pass collects every problem in the file. An unknown key is an error, never silently ignored.
///
///     var reader = NodeReader(fileName: "rules.yaml")
///     if let root = reader.root(text) {
///         for (key, value) in reader.entries(root, "", known: ["hub"]) { ... }
///     }
///     errors += reader.errors
public struct NodeReader {
    /// The file's name as errors show it.
    public let fileName: String
    /// The guide that lists the file's settings, named in the fix for an unknown one.
    public let documentation: String
    /// Where to start from when the file has no settings, e.g. "the rules.yaml in Data/demo-hub".
    public let example: String
    /// The problems recorded so far, with any the reader was given first.
    public var errors: [InputError]

    /// - Parameters:
    ///   - documentation: the guide named in the fix for an unknown setting.
    ///   - example: a file to start from, named when the file has no settings; by default the
    ///     file of the same name in `Data/demo-hub`.
    ///   - errors: problems already found, kept ahead of the reader's own.
    public init(fileName: String, documentation: String = "docs/data-format.md", example: String? = nil,
                errors: [InputError] = []) {
        self.fileName = fileName
        self.documentation = documentation
        self.example = example ?? "the \(fileName) in Data/demo-hub"
        self.errors = errors
    }

    /// The root mapping of `text`, or nil with an error when the text is not YAML, gives a key
    /// twice in one section (the error names the line of the second), or has no settings.
    public mutating func root(_ text: String) -> Node? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, _) {
            let key = duplicates.first ?? ""
            errors.append(InputError(file: fileName, line: Self.secondOccurrence(of: key, in: text), field: key,
                                     problem: "the setting \"\(key)\" is given twice in one section.",
                                     fix: "keep one of them."))
            return nil
        } catch let error as YamlError {
            errors.append(InputError(file: fileName, line: Self.line(of: error), field: nil,
                                     problem: "the file is not valid YAML (\(Self.problem(of: error))).",
                                     fix: "check indentation (spaces, not tabs) and that each key is followed by a colon."))
            return nil
        } catch {
            errors.append(InputError(file: fileName, line: nil, field: nil, problem: "the file could not be read (\(error)).",
                                     fix: "save it as plain UTF-8 text."))
            return nil
        }
        guard let node, node.mapping != nil else {
            errors.append(InputError(file: fileName, line: nil, field: nil, problem: "the file has no settings.",
                                     fix: "start from \(example) and edit it."))
            return nil
        }
        return node
    }

    /// Records an error at `node`'s line for the full key `key`.
    public mutating func fail(_ node: Node, _ key: String, _ problem: String, fix: String) {
        errors.append(InputError(file: fileName, line: node.mark?.line, field: key, problem: problem, fix: fix))
    }

    /// The known keys of a mapping with their values; unknown keys are recorded as errors.
    /// `path` is the full key of the mapping ("" for the root).
    public mutating func entries(_ node: Node, _ path: String, known: [String]) -> [(String, Node)] {
        guard let mapping = node.mapping else {
            fail(node, path, "is not a section of settings.", fix: "indent the settings under \"\(path):\" with two spaces.")
            return []
        }
        var result: [(String, Node)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard known.contains(key) else {
                let full = path.isEmpty ? key : "\(path).\(key)"
                fail(keyNode, full, "unknown setting \"\(key)\".", fix: "use one of: \(known.joined(separator: ", ")) (see \(documentation)).")
                continue
            }
            result.append((key, value))
        }
        return result
    }

    /// The items of a list; a single mapping or value is read as a list of one, an empty value as none.
    public func items(_ node: Node, _ key: String) -> [Node] {
        if let sequence = node.sequence { return Array(sequence) }
        if node.scalar?.string == "" { return [] }
        return [node]
    }

    /// A plain value.
    public mutating func string(_ node: Node, _ key: String) -> String? {
        guard let text = node.scalar?.string else {
            fail(node, key, "is not a single value.", fix: "write a plain value after the colon.")
            return nil
        }
        if let problem = TextCheck.problem(in: text, limit: InputLimits.cellLength) {
            fail(node, key, "the value \(problem)", fix: "write a plain value on one line.")
            return nil
        }
        return text
    }

    /// A number within `range`.
    public mutating func number(_ node: Node, _ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = string(node, key) else { return nil }
        guard let value = DecimalText.number(text), range.contains(value) else {
            fail(node, key, "\"\(text)\" is not a number from \(InputNumber.plain(range.lowerBound)) to \(InputNumber.plain(range.upperBound)).",
                 fix: "write a number in that range, with a full stop for decimals.")
            return nil
        }
        return value
    }

    /// Hours within `range` to at most two decimal places, as TOIL is kept.
    public mutating func hours(_ node: Node, _ key: String, in range: ClosedRange<Double>) -> TOILHours? {
        guard let value = number(node, key, in: range) else { return nil }
        guard let hours = TOILHours(exactly: value) else {
            fail(node, key, "\"\(value)\" has more than two decimal places.", fix: "round the hours to two decimal places, e.g. 7.4 or 37.5.")
            return nil
        }
        return hours
    }

    /// A whole number within `range`; a leading plus sign is allowed (`Int` reads one), as in "change: +1".
    public mutating func integer(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, key) else { return nil }
        guard let value = DecimalText.integer(text), range.contains(value) else {
            fail(node, key, "\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound).",
                 fix: "write a whole number in that range.")
            return nil
        }
        return value
    }

    /// true or false, also accepting yes and no.
    public mutating func flag(_ node: Node, _ key: String) -> Bool? {
        switch string(node, key)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case nil: return nil
        default:
            fail(node, key, "is not true or false.", fix: "write true or false (yes and no are accepted too).")
            return nil
        }
    }

    /// A date as YYYY-MM-DD.
    public mutating func date(_ node: Node, _ key: String) -> LocalDate? {
        guard let text = string(node, key) else { return nil }
        guard let date = LocalDate(text) else {
            fail(node, key, "\"\(text)\" is not a date \(InputLimits.dateRangeText).", fix: "write the date as YYYY-MM-DD.")
            return nil
        }
        return date
    }

    /// One of `Choice`'s raw values, in any case and with spaces for underscores.
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(node, key) else { return nil }
        if let choice = Choice(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "_")) { return choice }
        fail(node, key, "\"\(text)\" is not allowed.", fix: "write one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", ")).")
        return nil
    }

    /// The line where `key:` appears for the second time (Yams names the duplicate, not its line).
    private static func secondOccurrence(of key: String, in text: String) -> Int? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):") {
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}

import Foundation
import Workforce
import Yams

/// Reads typed values from a YAML file's nodes, recording located errors instead of throwing,
/// the way `rules.yaml` is read: every error names the file, the line and the full key.
struct YAMLReader {
    let fileName: String
    var errors: [InputError] = []

    init(fileName: String) {
        self.fileName = fileName
    }

    /// The root mapping of `text`, or nil with an error when the text is not YAML or has no settings.
    mutating func root(_ text: String) -> Node? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, _) {
            let key = duplicates.first ?? ""
            errors.append(InputError(file: fileName, line: nil, field: key, problem: "the setting \"\(key)\" is given twice in one section.",
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
                                     fix: "start from the file of the same name in Data/demo-hub and edit it."))
            return nil
        }
        return node
    }

    mutating func fail(_ node: Node?, _ key: String, _ problem: String, fix: String) {
        errors.append(InputError(file: fileName, line: node?.mark?.line, field: key, problem: problem, fix: fix))
    }

    /// The known keys of a mapping with their values; unknown keys are recorded as errors.
    mutating func entries(_ node: Node, _ path: String, known: [String]) -> [(String, Node)] {
        guard let mapping = node.mapping else {
            fail(node, path, "is not a section of settings.", fix: "indent the settings under \"\(path):\" with two spaces.")
            return []
        }
        var result: [(String, Node)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard known.contains(key) else {
                let full = path.isEmpty ? key : "\(path).\(key)"
                fail(keyNode, full, "unknown setting \"\(key)\".", fix: "use one of: \(known.joined(separator: ", ")) (see docs/planning.md).")
                continue
            }
            result.append((key, value))
        }
        return result
    }

    /// The items of a list; a single mapping or value is read as a list of one.
    mutating func items(_ node: Node, _ key: String) -> [Node] {
        if let sequence = node.sequence { return Array(sequence) }
        if node.scalar?.string == "" { return [] }
        return [node]
    }

    mutating func string(_ node: Node, _ key: String) -> String? {
        guard let text = node.scalar?.string else {
            fail(node, key, "is not a single value.", fix: "write a plain value after the colon.")
            return nil
        }
        return text
    }

    mutating func number(_ node: Node, _ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = string(node, key) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            fail(node, key, "\"\(text)\" is not a number from \(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound)).",
                 fix: "write a number in that range, with a full stop for decimals.")
            return nil
        }
        return value
    }

    mutating func integer(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, key) else { return nil }
        // A leading plus sign is allowed, as in "change: +1".
        let digits = text.hasPrefix("+") ? String(text.dropFirst()) : text
        guard let value = Int(digits), range.contains(value) else {
            fail(node, key, "\"\(text)\" is not a whole number from \(range.lowerBound) to \(range.upperBound).",
                 fix: "write a whole number in that range.")
            return nil
        }
        return value
    }

    mutating func flag(_ node: Node, _ key: String) -> Bool? {
        switch string(node, key)?.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        case nil: return nil
        default:
            fail(node, key, "is not true or false.", fix: "write true or false (yes and no are accepted too).")
            return nil
        }
    }

    mutating func date(_ node: Node, _ key: String) -> LocalDate? {
        guard let text = string(node, key) else { return nil }
        guard let date = LocalDate(text) else {
            fail(node, key, "\"\(text)\" is not a date.", fix: "write the date as YYYY-MM-DD.")
            return nil
        }
        return date
    }

    mutating func month(_ node: Node, _ key: String) -> Month? {
        guard let text = string(node, key) else { return nil }
        guard let month = Month(text) else {
            fail(node, key, "\"\(text)\" is not a month.", fix: "write the month as YYYY-MM, e.g. 2026-12.")
            return nil
        }
        return month
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let text = string(node, key) else { return nil }
        if let choice = Choice(rawValue: text.lowercased().replacingOccurrences(of: " ", with: "_")) { return choice }
        fail(node, key, "\"\(text)\" is not allowed.", fix: "write one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", ")).")
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

import Foundation

/// Reads a solver's solution file as variable name → value: every line of exactly two fields, a
/// name and a number (as HiGHS's `writeSolution` writes them); headers and other lines are skipped. A name that appears twice keeps its first value (HiGHS lists the
/// columns first, then the rows, which may share names).
enum SolutionFile {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func read(_ path: String) throws -> [String: Double] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Failure(description: "\(path): cannot read the solution file (\(error.localizedDescription)).")
        }
        let values = parse(text)
        guard !values.isEmpty else {
            throw Failure(description: "\(path): no line of the form 'name value' found; write the solution with HiGHS's writeSolution.")
        }
        return values
    }

    static func parse(_ text: String) -> [String: Double] {
        var values: [String: Double] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard fields.count == 2, !fields[0].hasPrefix("#"), let value = Double(fields[1]) else { continue }
            if values[String(fields[0])] == nil { values[String(fields[0])] = value }
        }
        return values
    }
}

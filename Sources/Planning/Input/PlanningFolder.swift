import Foundation
import Workforce

/// Reads the text and tables of optional planning files in one folder, recording located errors.
struct PlanningFolder {
    let folder: URL

    /// The file's text, or nil when it is absent (every planning file is optional) or unreadable.
    func text(_ name: String, _ errors: inout [InputError]) -> String? {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            errors.append(InputError(file: name, line: nil, field: nil, problem: "the file is not UTF-8 text.",
                                     fix: "save it from Excel as \"CSV UTF-8 (Comma delimited)\"."))
            return nil
        }
    }

    /// The file read as a table; an empty file is an empty table.
    func table(_ name: String, _ required: [String], _ optional: [String], _ errors: inout [InputError]) -> CSVTable? {
        text(name, &errors).flatMap {
            CSVTable.parse($0, fileName: name, required: required, optional: optional, allowEmpty: true,
                           documentation: "docs/planning.md", errors: &errors)
        }
    }
}

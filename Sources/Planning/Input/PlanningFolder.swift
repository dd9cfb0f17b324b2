import Foundation
import Workforce

/// Reads the text and tables of optional planning files in one folder, recording located errors.
struct PlanningFolder {
    let folder: URL

    /// The file's text, or nil when it is absent (every planning file is optional) or unreadable.
    func text(_ name: String, _ errors: inout [InputError]) -> String? {
        InputText.read(name, in: folder, errors: &errors)
    }

    /// The file read as a table; an empty file is an empty table.
    func table(_ name: String, _ required: [String], _ optional: [String], _ errors: inout [InputError]) -> CSVTable? {
        text(name, &errors).flatMap {
            CSVTable.parse($0, fileName: name, required: required, optional: optional, allowEmpty: true,
                           documentation: "docs/planning.md", errors: &errors)
        }
    }
}

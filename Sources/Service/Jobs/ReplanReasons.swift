import Foundation
import Workforce

/// Why the re-plan changed each cell, as `amhp replan` says it in changes.csv
/// (`amhp_id,name,date,before,after,reason`), read through `CSVTable` and kept in the draft's
/// report (`replan_reasons`, keyed `A01|2026-12-14`) for the rota page.
enum ReplanReasons {
    static let fileName = "changes.csv"
    /// The longest reason kept; the engine's are a sentence.
    static let reasonLimit = 300

    /// The reasons by cell; none when the child wrote no changes.csv.
    ///
    /// - Throws: `InputErrors` naming the file, line and column of a row that does not read.
    static func read(folder: URL) throws -> [String: String] {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        var errors: [InputError] = []
        let table = CSVTable.parse(String(decoding: data, as: UTF8.self), fileName: fileName,
                                   required: ["amhp_id", "name", "date", "before", "after", "reason"], optional: [],
                                   allowEmpty: true, errors: &errors)
        var reasons: [String: String] = [:]
        for row in table?.rows ?? [] {
            let amhpID = row.required("amhp_id", &errors, fix: "give the AMHP's id.")
            let date = row.date("date", &errors)
            let reason = row.text("reason")
            if !TextCheck.isAcceptable(reason, limit: reasonLimit) {
                errors.append(row.error("reason", "is longer than \(reasonLimit) characters or has control characters.",
                                        fix: "keep a reason to one short line."))
                continue
            }
            if let amhpID, let date { reasons["\(amhpID)|\(date)"] = reason }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return reasons
    }
}

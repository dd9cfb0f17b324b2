import Foundation

/// Reads the rotas of earlier months a month is chained to (`--previous ROTA.csv`, repeatable).
///
/// Each file is a rota CSV as `RotaFile` reads it, its month taken from its first row; a rota of
/// the month being planned or a later one, two rotas of one month, and rows naming an unknown
/// AMHP or shift are errors naming the file, the line and the fix. Every file is read before any
/// error is reported, so one run lists every problem.
public enum PreviousRotaFiles {
    /// The rotas in `files` (path as the user gave it, and its text), in the order given.
    public static func read(_ files: [(path: String, text: String)], hub: Hub, month: Month) throws -> [Rota] {
        var errors: [InputError] = []
        var rotas: [Rota] = []
        var firstFileOfMonth: [Month: String] = [:]
        for file in files {
            var parseErrors: [InputError] = []
            let firstLine = CSVTable.parse(file.text, fileName: file.path, required: RotaFile.required,
                                           optional: RotaFile.optional, errors: &parseErrors)?.rows.first?.line
            guard parseErrors.isEmpty, let firstLine else {
                errors += parseErrors.isEmpty
                    ? [InputError(file: file.path, line: nil, field: nil, problem: "the rota has no rows, so its month is unknown.",
                                  fix: "give --previous the earlier month's rota.csv as the solver wrote it, or leave this file out.")]
                    : parseErrors
                continue
            }
            let rota: Rota
            do {
                rota = try RotaFile.read(file.text, fileName: file.path, hub: hub, month: nil)
            } catch let fileErrors as InputErrors {
                errors += fileErrors.errors
                continue
            }
            if rota.month >= month {
                errors.append(InputError(file: file.path, line: firstLine, field: "date",
                                         problem: "the rota is for \(rota.month), which is not before the month planned, \(month).",
                                         fix: "give --previous only rotas of months before \(month)."))
            } else if let earlier = firstFileOfMonth[rota.month] {
                errors.append(InputError(file: file.path, line: firstLine, field: "date",
                                         problem: "\(earlier) is already the rota for \(rota.month).",
                                         fix: "give --previous one rota for each earlier month."))
            } else {
                firstFileOfMonth[rota.month] = file.path
                rotas.append(rota)
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return rotas
    }

    /// Reads each file at `paths`; an unreadable one is an error naming it.
    public static func read(paths: [String], hub: Hub, month: Month) throws -> [Rota] {
        var files: [(path: String, text: String)] = []
        var errors: [InputError] = []
        for path in paths {
            do {
                files.append((path, try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)))
            } catch {
                errors.append(InputError(file: path, line: nil, field: nil, problem: "the file cannot be read as UTF-8 text.",
                                         fix: "check the path, and save from Excel as \"CSV UTF-8 (Comma delimited)\"."))
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return try read(files, hub: hub, month: month)
    }
}

import Foundation

/// The text of one input file in a folder, as the hub's and the planning files are read.
public enum InputText {
    /// The text of the file `name` in `folder`: nil when there is no such file (the caller decides
    /// whether that is a problem), or nil with an `InputError` when the file is not UTF-8 text.
    public static func read(_ name: String, in folder: URL, errors: inout [InputError]) -> String? {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > InputLimits.fileBytes {
            errors.append(InputError(file: name, line: nil, field: nil,
                                     problem: "the file is \(size / 1_000_000) MB, larger than any hub's (at most \(InputLimits.fileBytes / 1_000_000) MB is read).",
                                     fix: "check that this is the right file; remove rows that do not belong to the hub."))
            return nil
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            errors.append(InputError(file: name, line: nil, field: nil, problem: "the file is not UTF-8 text.",
                                     fix: "save it from Excel as \"CSV UTF-8 (Comma delimited)\"."))
            return nil
        }
    }
}

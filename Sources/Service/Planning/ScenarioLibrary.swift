import Foundation
import Planning
import Workforce

/// The scenario files the lead can pick: `scenarios/*.yaml` in the planning folder.
///
/// Reading a scenario file is plain YAML (no GLPK), so it is done here, in the service: a file
/// with problems is listed with them, and a scenario sent in a request is refused with them.
enum ScenarioLibrary {
    struct Entry: Sendable {
        let file: String
        let text: String
        /// Nil when the file has problems.
        let scenario: Scenario?
        let problems: [Problem]
    }

    static func folder(_ planningFolder: URL) -> URL {
        planningFolder.appendingPathComponent("scenarios")
    }

    /// Every `.yaml` or `.yml` file of the scenarios folder, by name; none when there is no folder.
    static func entries(in planningFolder: URL) -> [Entry] {
        let folder = folder(planningFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { name in
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                return Entry(file: name, text: "", scenario: nil,
                             problems: [Problem(field: name, message: "the file could not be read. Fix: check its permissions.")])
            }
            let text = String(decoding: data, as: UTF8.self)
            let (scenario, problems) = parse(text, fileName: name, field: name)
            return Entry(file: name, text: text, scenario: scenario, problems: problems)
        }
    }

    /// A scenario from its YAML, or its problems, each under `field` and the key at fault
    /// (`scenarios[0].remove.count`; the key alone when `field` is empty) with the line and the fix.
    static func parse(_ text: String, fileName: String, field: String) -> (Scenario?, [Problem]) {
        do {
            return (try ScenarioFile.parse(text, fileName: fileName), [])
        } catch let errors as InputErrors {
            return (nil, errors.errors.map { error in
                Problem(field: error.field.map { field.isEmpty ? $0 : "\(field).\($0)" } ?? (field.isEmpty ? "body" : field),
                        message: (error.line.map { "line \($0): " } ?? "") + "\(error.problem) Fix: \(error.fix)")
            })
        } catch {
            return (nil, [Problem(field: field.isEmpty ? "body" : field, message: "could not be read: \(error).")])
        }
    }
}

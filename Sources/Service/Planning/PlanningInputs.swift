import Foundation
import Planning
import Storage
import Vapor
import Workforce

/// The folder a planning command reads: the stored hub written as hub files (`HubWriter`), and
/// the planning files (`PlanningData.fileNames`) copied from the service's planning folder.
///
/// The hub lives in the database and may have been edited through the service; the planning
/// files (referrals, workforce facts, training) live only in the planning folder. The TOIL ledger
/// lives in the database too: its whole months before this one are written as `toil_by_month.csv`
/// whenever it has an entry in them, in place of the planning folder's file (which a hub whose
/// ledger is younger may keep, from its spreadsheets).
struct PlanningInputs: Sendable {
    let files: [(name: String, data: Data)]

    /// Gathers the files, or says how to give the service a planning folder.
    static func gather(hub: Hub, toil: TOILTotals, configuration: ServiceConfiguration) throws -> PlanningInputs {
        let folder = try planningFolder(configuration)
        var files = HubWriter.files(hub).map { (name: $0.0, data: Data($0.1.utf8)) }
        let months = TOILByMonthCSV.months(before: ServiceClock.thisMonth, count: TOILGivenBack.monthsCounted)
        let counted = Set(months)
        let ledgerHasMonths = toil.months.contains { counted.contains($0.key.month) && $0.value.entries > 0 }
        if ledgerHasMonths { files.append((TOILByMonthCSV.fileName, Data(TOILByMonthCSV.text(totals: toil, months: months).utf8))) }
        for name in PlanningData.fileNames where !(ledgerHasMonths && name == TOILByMonthCSV.fileName) {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            files.append((name, try Data(contentsOf: url)))
        }
        return PlanningInputs(files: files)
    }

    /// The configured planning folder, which must exist.
    static func planningFolder(_ configuration: ServiceConfiguration) throws -> URL {
        guard let folder = configuration.planningFolder else {
            throw Abort(.conflict, reason: "This service has no planning folder, so it cannot model sufficiency, scenarios or succession. "
                        + "Fix: start it with `amhp serve --planning DIR`, where DIR holds planning.yaml, referrals.csv, workforce.csv, "
                        + "training_log.csv, training_pipeline.csv and scenarios/ (see docs/planning.md); the demo's is Data/demo-hub.")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Abort(.conflict, reason: "The planning folder \(folder.path) does not exist. "
                        + "Fix: restart the service with `amhp serve --planning DIR` naming the folder that holds referrals.csv and the other planning files.")
        }
        return folder
    }

    /// A digest of every file and of what the command is asked: equal keys give equal results,
    /// because the planning commands are deterministic for their inputs and seed.
    func key(_ request: [String]) -> String {
        var hash = SHA256()
        for part in request { hash.update(data: Data("\(part)\u{0}".utf8)) }
        for file in files.sorted(by: { $0.name < $1.name }) {
            hash.update(data: Data("\(file.name)\u{0}\(file.data.count)\u{0}".utf8))
            hash.update(data: file.data)
        }
        return Hex.string(hash.finalize())
    }

    /// The files as a JSON object (`{"files": [{"name": …, "data": base64}]}`), as a scenario run
    /// keeps its inputs in the database.
    var json: String {
        let stored = StoredFiles(files: files.map { StoredFiles.File(name: $0.name, data: $0.data) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(stored)).map { String(decoding: $0, as: UTF8.self) } ?? #"{"files":[]}"#
    }

    /// Inputs kept by `json`; refused (naming the field) when they do not read, or name a file
    /// outside the folder they are written to.
    static func decode(_ text: String) throws -> PlanningInputs {
        guard let stored = try? JSONDecoder().decode(StoredFiles.self, from: Data(text.utf8)),
              stored.files.allSatisfy({ !$0.name.isEmpty && !$0.name.contains("/") && !$0.name.hasPrefix(".") }) else {
            throw StorageError.unreadableValue(table: "scenario_runs", field: "inputs", value: String(text.prefix(200)))
        }
        return PlanningInputs(files: stored.files.map { (name: $0.name, data: $0.data) })
    }

    private struct StoredFiles: Codable {
        struct File: Codable {
            let name: String
            let data: Data
        }

        let files: [File]
    }

    func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files {
            try file.data.write(to: folder.appendingPathComponent(file.name), options: .atomic)
        }
    }
}

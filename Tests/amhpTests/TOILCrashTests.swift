import FluentKit
import Foundation
import SQLKit
import Storage
import Testing
import Workforce
#if canImport(Glibc)
import Glibc
#endif

/// `amhp toil add` killed with SIGKILL while it writes: no acknowledged entry is lost and the ledger stays sound.
@Suite(.serialized) struct TOILCrashTests {
    @Test func killingTheWriterMidWayLosesNoAcknowledgedEntry() async throws {
        let runner = try StorageCommandRunner("crash")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        let log = runner.folder.appendingPathComponent("acknowledged.txt").path
        var generator = SystemRandomNumberGenerator()
        var killed = 0
        for round in 0..<5 {
            // A shell loop appending entry after entry, each by a new `amhp toil add`, in a process group of its own.
            let script = """
                i=0
                while [ $i -lt 400 ]; do
                  i=$((i+1))
                  '\(CLIRunner.executable.path)' toil add --database '\(runner.databasePath)' --amhp A0$((i % 3 + 1)) \
                    --kind accrued --hours 0.25 --date 2026-11-02 --recorded-on 2026-11-02 --reason 'Crash test' \
                    --approved-by Sam --recorded-by hr.jo --id R\(round)-$i || exit 1
                done
                """
            let leader = try StorageCommandRunner.spawnGroup(script: script, outputPath: log)
            // Let some entries through, then kill at a random moment, most likely inside a command.
            let target = acknowledged(in: log).count + 3
            let deadline = Date().addingTimeInterval(60)
            while acknowledged(in: log).count < target, Date() < deadline { usleep(20_000) }
            usleep(UInt32.random(in: 0..<150_000, using: &generator))
            if StorageCommandRunner.killGroup(leader) { killed += 1 }
        }
        #expect(killed == 5, "every loop should have died of SIGKILL")

        let acknowledgedIDs = acknowledged(in: log)
        #expect(acknowledgedIDs.count >= 15)
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let hub = try await HubRepository(database: store.database).require()
        let records = try await TOILLedgerRepository(database: store.database).records()
        let ledger = try await TOILLedgerRepository(database: store.database).ledger(hubAMHPIDs: Set(hub.amhps.map(\.id)))
        let integrity = try await SQLiteIntegrity.check(store.database)
        await store.close()

        ledger.checkInvariants()
        #expect(integrity == "ok")
        let storedIDs = Set(records.map(\.entry.id))
        let missing = Set(acknowledgedIDs).subtracting(storedIDs)
        #expect(missing.isEmpty, "acknowledged but lost: \(missing.sorted())")
        // At most one unacknowledged entry per kill: the one whose acknowledgement the kill cut off.
        #expect(storedIDs.count - Set(acknowledgedIDs).count <= killed)
        #expect(records.map(\.position) == Array(0..<records.count))
    }

    /// The ids of entries whose `Appended …` line reached the log.
    private func acknowledged(in path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("Appended ") else { return nil }
            return line.dropFirst("Appended ".count).split(separator: " ").first.map(String.init)
        }
    }
}

/// SQLite's own check of the file's structure.
enum SQLiteIntegrity {
    static func check(_ database: any Database) async throws -> String {
        try await (database as! any SQLDatabase).raw("PRAGMA integrity_check").first()?
            .decode(column: "integrity_check", as: String.self) ?? ""
    }
}

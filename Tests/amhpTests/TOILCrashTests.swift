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
    /// Entries in the ledger before the loops start: each `toil add` reads and re-checks them all inside
    /// its write transaction, which makes that transaction a large part of the command's time.
    static let seededEntries = 1_500
    static let rounds = 4

    @Test func killingTheWriterMidWayLosesNoAcknowledgedEntry() async throws {
        let runner = try StorageCommandRunner("crash")
        defer { runner.remove() }
        try TOILCommandTests.importSmallHub(runner)
        try await Self.seedLedger(at: runner.databasePath)
        let log = runner.folder.appendingPathComponent("acknowledged.txt").path
        let probe = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        var generator = SystemRandomNumberGenerator()
        var killed = 0, killedInsideTransaction = 0
        for round in 0..<Self.rounds {
            // A shell loop appending entry after entry, each by a new `amhp toil add`, in a process group of its own.
            let leader = try StorageCommandRunner.spawnGroup(script: Self.loop(round: round, database: runner.databasePath), outputPath: log)
            let target = acknowledged(in: log).count + 2
            let deadline = Date().addingTimeInterval(60)
            while acknowledged(in: log).count < target, Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
            if round % 2 == 0 {
                // Kill the moment the writer is seen holding the write lock: inside its transaction.
                if try await Self.waitForWriteLock(probe.database, until: Date().addingTimeInterval(20)) { killedInsideTransaction += 1 }
            } else {
                try await Task.sleep(for: .microseconds(Int.random(in: 0..<300_000, using: &generator)))
            }
            if StorageCommandRunner.killGroup(leader) { killed += 1 }
        }
        await probe.close()
        #expect(killed == Self.rounds, "every loop should have died of SIGKILL")
        #expect(killedInsideTransaction == Self.rounds / 2, "the writer was not caught inside its transaction")

        let acknowledgedIDs = Set(acknowledged(in: log))
        #expect(acknowledgedIDs.count >= 2 * Self.rounds)
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let hub = try await HubRepository(database: store.database).require()
        let records = try await TOILLedgerRepository(database: store.database).records()
        let ledger = try await TOILLedgerRepository(database: store.database).ledger(hubAMHPIDs: Set(hub.amhps.map(\.id)))
        let integrity = try await SQLiteIntegrity.check(store.database)
        await store.close()

        ledger.checkInvariants()
        #expect(integrity == "ok")
        let storedIDs = Set(records.map(\.entry.id))
        #expect(acknowledgedIDs.subtracting(storedIDs).isEmpty, "acknowledged but lost: \(acknowledgedIDs.subtracting(storedIDs).sorted())")
        // Besides the acknowledged, at most one entry per kill: committed just before the kill cut off its acknowledgement.
        #expect(storedIDs.count - Self.seededEntries - acknowledgedIDs.count <= killed)
        #expect(records.map(\.position) == Array(0..<records.count))
        #expect(storedIDs.filter { $0.hasPrefix("S") }.count == Self.seededEntries)
    }

    /// The shell loop of one round: `amhp toil add` after `amhp toil add`, each entry with its own id.
    static func loop(round: Int, database: String) -> String {
        """
        i=0
        while [ $i -lt 400 ]; do
          i=$((i+1))
          '\(CLIRunner.executable.path)' toil add --database '\(database)' --amhp A0$((i % 3 + 1)) \
            --kind accrued --hours 0.25 --date 2026-11-02 --recorded-on 2026-11-02 --reason 'Crash test' \
            --approved-by Sam --recorded-by hr.jo --id R\(round)-$i || exit 1
        done
        """
    }

    /// Appends `seededEntries` small accruals in one transaction.
    static func seedLedger(at path: String) async throws {
        let store = try await PlannerDatabase.open(.sqlite(path: path))
        do {
            try await TOILLedgerRepository(database: store.database).append(hubAMHPIDs: nil) { _, _ in
                (0..<seededEntries).map { index in
                    TOILEntry(id: "S\(index)", amhpID: "A0\(index % 3 + 1)", kind: .accrued, date: LocalDate("2026-11-01")!,
                              hours: 0.01, reason: "Seed", recordedBy: "hr.jo", approvedBy: "Sam")
                }
            }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// Waits until another process holds the database's write lock (a `BEGIN IMMEDIATE` of our own
    /// is refused at once); false if that never happened before `deadline`.
    static func waitForWriteLock(_ database: any Database, until deadline: Date) async throws -> Bool {
        try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await sql.raw("PRAGMA busy_timeout = 0").run()
            while Date() < deadline {
                do {
                    try await sql.raw("BEGIN IMMEDIATE").run()
                    try await sql.raw("ROLLBACK").run()
                } catch {
                    return true
                }
                try await Task.sleep(for: .milliseconds(1))
            }
            return false
        }
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

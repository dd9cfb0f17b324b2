import FluentKit
import Foundation
import Storage
import Testing
import Workforce

/// Every write reads its rows back before it commits: a value that would not come back as written is
/// refused with the table and field named, and nothing is written.
@Suite struct RoundTripTests {
    static let ids: Set<String> = ["A01", "A02"]

    static func date(_ text: String) throws -> LocalDate { try #require(LocalDate(text)) }

    /// A date AMHP Planner writes (`999-12-31`) but cannot read back, as the issue found.
    static func year999() throws -> LocalDate { try #require(LocalDate(year: 999, month: 12, day: 31)) }

    static func accrued(_ id: String, reason: String = "Assessment overran", approvedBy: String = "Sam (TM)",
                        on date: LocalDate? = nil) throws -> TOILEntry {
        let october1 = try Self.date("2026-10-01")
        return TOILEntry(id: id, amhpID: "A01", kind: .accrued, date: date ?? october1, hours: 5, reason: reason, recordedBy: "hr.jo",
                         approvedBy: approvedBy, recordedOn: october1)
    }

    @Test(arguments: TestBackend.available)
    func aTOILEntryWithANULCharacterIsRefusedAndTheLedgerStillLoads(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await repository.append(try Self.accrued("e1"), hubAMHPIDs: Self.ids)
            let before = try await TableCounts(store.database)
            for entry in [try Self.accrued("e2", reason: "\u{0}Assessment overran"), try Self.accrued("e3", approvedBy: "Sam\u{0} (TM)")] {
                do {
                    try await repository.append(entry, hubAMHPIDs: Self.ids)
                    Issue.record("an entry with a NUL character was stored")
                } catch let error as StorageError {
                    // SQLite keeps the text but reads it back cut at the NUL; PostgreSQL refuses it outright.
                    #expect(backend == .sqlite)
                    let field = entry.id == "e2" ? "reason" : "approved_by"
                    let readBack = entry.id == "e2" ? "" : "Sam"
                    #expect(error == .roundTripFailed(table: "toil_entries", field: field,
                                                      stored: entry.id == "e2" ? entry.reason : entry.approvedBy ?? "", readBack: readBack))
                    #expect(error.description.contains("Fix: remove the control characters"))
                } catch {
                    #expect(backend == .postgres, "\(error)")
                }
            }
            #expect(try await TableCounts(store.database) == before)
            #expect(try await repository.ledger(hubAMHPIDs: Self.ids).entries == [try Self.accrued("e1")])
        }
    }

    @Test(arguments: TestBackend.available)
    func aTOILEntryDatedInYear999IsRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let repository = TOILLedgerRepository(database: store.database)
            try await repository.append(try Self.accrued("e1"), hubAMHPIDs: Self.ids)
            let before = try await TableCounts(store.database)
            let ancient = try Self.accrued("e2", on: try Self.year999())
            await #expect(throws: StorageError.roundTripFailed(table: "toil_entries", field: "date", stored: "0999-12-31", readBack: "0999-12-31")) {
                try await repository.append(ancient, hubAMHPIDs: Self.ids)
            }
            #expect(try await TableCounts(store.database) == before)
            #expect(try await repository.ledger(hubAMHPIDs: Self.ids).entries.count == 1)
            // The batch it came in is refused whole, the sound entry with it.
            await #expect(throws: StorageError.self) {
                try await repository.append(hubAMHPIDs: Self.ids) { _, _ in [try Self.accrued("e3"), ancient] }
            }
            #expect(try await TableCounts(store.database) == before)
        }
    }

    @Test(arguments: TestBackend.available)
    func aHubWhoseLeaveDateDoesNotSurviveIsRefused(backend: TestBackend) async throws {
        let demo = try DemoHub.load()
        let yearZero = try #require(LocalDate(year: 0, month: 1, day: 1))
        let leave = Absence(amhpID: demo.amhps[0].id, kind: .annual, dates: try #require(DateRange(first: yearZero, last: yearZero)))
        let damaged = Hub(amhps: demo.amhps, shiftTypes: demo.shiftTypes, coverRules: demo.coverRules, absences: demo.absences + [leave],
                          requests: demo.requests, toil: demo.toil, history: demo.history, carryIn: demo.carryIn, rules: demo.rules)
        try await backend.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: demo, by: "sam")
            let before = try await TableCounts(store.database)
            await #expect(throws: StorageError.roundTripFailed(table: "hub_absences", field: "first_date", stored: "0000-01-01", readBack: "0000-01-01")) {
                try await repository.replace(with: damaged, by: "sam")
            }
            await #expect(throws: StorageError.self) {
                try await repository.update(by: "sam", action: "leave.add", subject: "hub", detail: [:]) { _ in damaged }
            }
            #expect(try await TableCounts(store.database) == before)
            #expect(try await repository.load() == demo)
        }
    }

    @Test func aHubValueCutShortIsNamed() async throws {
        let demo = try DemoHub.load()
        try await TestBackend.sqlite.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: demo, by: "sam")
            var rules = demo.rules
            rules.hubName = "Northshire\u{0} Hub"
            let renamed = Hub(amhps: demo.amhps, shiftTypes: demo.shiftTypes, coverRules: demo.coverRules, absences: demo.absences,
                              requests: demo.requests, toil: demo.toil, history: demo.history, carryIn: demo.carryIn, rules: rules)
            await #expect(throws: StorageError.roundTripFailed(table: "hubs", field: "name", stored: "Northshire\u{0} Hub", readBack: "Northshire")) {
                try await repository.replace(with: renamed, by: "sam")
            }
            #expect(try await repository.load() == demo)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRotaWithAShiftInYear999IsRefused(backend: TestBackend) async throws {
        let december = try #require(Month("2026-12"))
        let good = Assignment(amhpID: "A01", date: try Self.date("2026-12-01"), shiftCode: "D", isCoordinator: true)
        let bad = Assignment(amhpID: "A02", date: try Self.year999(), shiftCode: "D", isCoordinator: false)
        try await backend.withDatabase { store async throws in
            let rotas = RotaRepository(database: store.database)
            await #expect(throws: StorageError.roundTripFailed(table: "rota_assignments", field: "date", stored: "0999-12-31", readBack: "0999-12-31")) {
                try await rotas.saveDraft(Rota(month: december, assignments: [good, bad]), createdBy: "sam")
            }
            #expect(try await rotas.rotas().isEmpty)
            let draft = try await rotas.saveDraft(Rota(month: december, assignments: [good]), createdBy: "sam")
            await #expect(throws: StorageError.self) {
                try await rotas.updateDraft(id: draft.id, assignments: [good, bad], by: "sam")
            }
            #expect(try await rotas.rota(id: draft.id)?.rota.assignments == [good])
        }
    }

    /// A NUL would be cut short by SQLite; the user's checks refuse it before it is even written.
    @Test func aUserWhoseNameWouldBeCutShortIsRefused() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let users = UserRepository(database: store.database, passwordCost: 4)
            await #expect(throws: StorageError.invalidUser(field: "display name",
                                                          problem: "contains a control character (U+0000). Fix: remove it; write the text on one line.")) {
                try await users.create(username: "sam", displayName: "Sam\u{0}Patel", password: "correct horse", role: .manager, by: "setup")
            }
            #expect(try await users.users().isEmpty)
            try await users.create(username: "amy", displayName: "Amy", password: "correct horse", role: .amhp, amhpID: "A01", by: "setup")
            await #expect(throws: StorageError.self) {
                try await users.changeRole(username: "amy", to: .amhp, amhpID: "A\u{0}02", by: "setup")
            }
            #expect(try await users.user(username: "amy")?.amhpID == "A01")
        }
    }

    @Test(arguments: TestBackend.available)
    func aSolveJobForAMonthThatWouldNotReadBackIsRefused(backend: TestBackend) async throws {
        let ancient = try #require(Month(year: 999, month: 1))
        try await backend.withDatabase { store async throws in
            let jobs = SolveJobRepository(database: store.database)
            await #expect(throws: StorageError.roundTripFailed(table: "solve_jobs", field: "month", stored: "0999-01", readBack: "0999-01")) {
                try await jobs.enqueue(month: ancient, by: "sam")
            }
            #expect(try await jobs.jobs().isEmpty)
        }
    }

    @Test func theMessageNamesTheValueAndTheFix() {
        let cut = StorageError.roundTripFailed(table: "toil_entries", field: "reason", stored: "A\u{0}B", readBack: "A")
        #expect(cut.description == #"toil_entries.reason was written as "A\u{0}B" but read back as "A", so nothing was written. "#
            + #"Fix: remove the control characters (shown as \u{…}) from that value and try again."#)
        let unreadable = StorageError.roundTripFailed(table: "toil_entries", field: "date", stored: "0999-12-31", readBack: "0999-12-31")
        #expect(unreadable.description.hasPrefix(#"toil_entries.date was written as "0999-12-31", which AMHP Planner cannot read back"#))
        #expect(unreadable.fix.contains("dates from 1900 to 2199"))
    }
}

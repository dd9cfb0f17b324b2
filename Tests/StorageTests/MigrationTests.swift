import FluentKit
import Foundation
import SQLKit
@testable import Storage
import Testing
import Workforce

/// The schema: created on first use with nothing set up by hand, migrated once, durable settings.
@Suite struct MigrationTests {
    static let names = ["CreateHubTables", "CreateTOILEntries", "CreateUsers", "CreateAuditLog", "CreateRotas",
                        "CreateSolveJobs", "ProtectAppendOnlyTables", "CreateSessions", "CreateSignInFailures",
                        "MoveWorkingTimeToSettings", "AddDutyShiftsAndCoverMaxima", "AddRotaVersions", "AddUserNotices",
                        "CreateRotaPins", "AddUserDisabled", "CreateSwapRequests", "AddPayrollNumbersAndTOILEarnedDates",
                        "CreateLeaveRequests", "AddSolveJobProgressDetail", "CreateTOILTotals", "AddSolveJobLeases",
                        "CreateScenarioRuns", "CreateStandardsAssessments"]

    @Test func aNewFileInANewFolderIsCreatedAndMigrated() async throws {
        let scratch = try Scratch("migrate")
        defer { scratch.remove() }
        let path = scratch.url("nested/folder/amhp.sqlite").path
        let store = try await PlannerDatabase.open(.sqlite(path: path))
        let applied = try await StorageMigrations.applied(store.database)
        await store.close()
        #expect(applied == Self.names)
        #expect(FileManager.default.fileExists(atPath: path))
        // Opening again runs nothing twice.
        let again = try await PlannerDatabase.open(.sqlite(path: path))
        let count = try await MigrationLog.query(on: again.database).count()
        await again.close()
        #expect(count == Self.names.count)
    }

    @Test func sqliteUsesWriteAheadLoggingAndFullSync() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let sql = store.database as! any SQLDatabase
            let mode = try await sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            let synchronous = try await sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
            let foreignKeys = try await sql.raw("PRAGMA foreign_keys").first()?.decode(column: "foreign_keys", as: Int.self)
            #expect(mode == "wal")
            #expect(synchronous == 2, "synchronous should be FULL (2)")
            #expect(foreignKeys == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func everyMigrationReverts(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            try await HubRepository(database: store.database).replace(with: try DemoHub.load(), by: "sam")
            try await StorageMigrations.revertAll(store.database)
            #expect(try await StorageMigrations.applied(store.database).isEmpty)
            try await StorageMigrations.migrate(store.database)
            #expect(try await StorageMigrations.applied(store.database) == Self.names)
            #expect(try await HubRepository(database: store.database).load() == nil)
        }
    }

    @Test func severalProcessesOpeningOneFileTogetherMigrateItOnce() async throws {
        let scratch = try Scratch("together")
        defer { scratch.remove() }
        let location = DatabaseLocation.sqlite(path: scratch.url("shared.sqlite").path)
        let stores = try await withThrowingTaskGroup(of: PlannerDatabase.self) { group in
            for _ in 0..<4 { group.addTask { try await PlannerDatabase.open(location) } }
            return try await group.reduce(into: [PlannerDatabase]()) { $0.append($1) }
        }
        let count = try await MigrationLog.query(on: stores[0].database).count()
        for store in stores { await store.close() }
        #expect(count == Self.names.count)
    }

    /// A hub stored when working-time settings were columns of `hubs` comes through the move to
    /// `hub_settings` rows unchanged, and back again when the move is reverted.
    @Test(arguments: TestBackend.available)
    func workingTimeSettingsMoveFromColumnsToRowsAndBack(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let demo = try DemoHub.load()
            var rules = demo.rules
            // Reverted out of order here, this migration takes the newer unsocial-hours rows with
            // its table (in order, `AddDutyShiftsAndCoverMaxima` has removed them first): the hub
            // keeps the default terms, which need no rows.
            rules.unsocialHours = UnsocialHoursTerms()
            rules.workingTime.minimumRestHours = 12.5
            rules.workingTime.weeklyRestWindowDays = 14
            rules.workingTime.maximumConsecutiveNights = 3
            rules.workingTime.average48HourWeek = false
            let hub = Hub(amhps: demo.amhps, shiftTypes: demo.shiftTypes, coverRules: demo.coverRules, absences: demo.absences,
                          requests: demo.requests, toil: demo.toil, history: demo.history, carryIn: demo.carryIn, rules: rules)
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: hub, by: "sam")

            try await MoveWorkingTimeToSettings().revert(on: store.database)
            let sql = store.database as! any SQLDatabase
            let row = try await sql.raw("SELECT minimum_rest_hours, weekly_rest_window_days, maximum_consecutive_nights, average_48_hour_week FROM hubs").first()
            #expect(try row?.decode(column: "minimum_rest_hours", as: Double.self) == 12.5)
            #expect(try row?.decode(column: "weekly_rest_window_days", as: Int.self) == 14)
            #expect(try row?.decode(column: "maximum_consecutive_nights", as: Int.self) == 3)
            #expect(try row?.decode(column: "average_48_hour_week", as: Bool.self) == false)

            try await MoveWorkingTimeToSettings().prepare(on: store.database)
            #expect(try await repository.load() == hub)
        }
    }

    /// A hub stored before duty shifts, maxima and pay rates (the migration reverted) reads with
    /// the defaults once migrated: rota shifts only, each maximum the target plus one, surplus hours
    /// following shifts.csv, the default unsocial-hours terms. Reverting takes the duty shift out
    /// with its cover rows, and the unsocial-hours rows, so the older schema holds a hub it can load.
    @Test(arguments: TestBackend.available)
    func dutyShiftsMaximaAndPayRatesMigrateToTheDefaultsAndBack(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let demo = try DemoHub.load()
            #expect(demo.shiftTypes.contains(where: \.isDuty) && demo.rules.surplusHours == .duty)
            let widened = demo.coverRules.map { rule in
                CoverRule(dayType: rule.dayType, shiftCode: rule.shiftCode, minimum: rule.minimum, target: rule.target,
                          maximum: rule.maximum + 2, coordinatorRequired: rule.coordinatorRequired,
                          secondWorkerAvailable: rule.secondWorkerAvailable)
            }
            let stored = Hub(amhps: demo.amhps, shiftTypes: demo.shiftTypes, coverRules: widened, absences: demo.absences,
                             requests: demo.requests, toil: demo.toil, history: demo.history, carryIn: demo.carryIn, rules: demo.rules)
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: stored, by: "sam")

            try await AddDutyShiftsAndCoverMaxima().revert(on: store.database)
            let sql = store.database as! any SQLDatabase
            let duty = demo.shiftTypes.filter(\.isDuty).map(\.code)
            let shifts = try await sql.raw("SELECT code FROM hub_shift_types").all().map { try $0.decode(column: "code", as: String.self) }
            let covered = try await sql.raw("SELECT shift_code FROM hub_cover_rules").all().map { try $0.decode(column: "shift_code", as: String.self) }
            let keys = try await sql.raw("SELECT key FROM hub_settings ORDER BY position").all().map { try $0.decode(column: "key", as: String.self) }
            #expect(shifts == demo.shiftTypes.filter { !$0.isDuty }.map(\.code))
            #expect(!covered.contains(where: duty.contains))
            #expect(keys == WorkingTimeRules.settings.map(\.key))
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT maximum FROM hub_cover_rules").all() }
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT kind FROM hub_shift_types").all() }
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT surplus_hours FROM hubs").all() }

            try await AddDutyShiftsAndCoverMaxima().prepare(on: store.database)
            var rules = demo.rules
            rules.surplusHours = nil
            rules.unsocialHours = UnsocialHoursTerms()
            let rota = demo.coverRules.filter { !duty.contains($0.shiftCode) }.map { rule in
                CoverRule(dayType: rule.dayType, shiftCode: rule.shiftCode, minimum: rule.minimum, target: rule.target,
                          coordinatorRequired: rule.coordinatorRequired, secondWorkerAvailable: rule.secondWorkerAvailable)
            }
            let expected = Hub(amhps: demo.amhps, shiftTypes: demo.shiftTypes.filter { !$0.isDuty }, coverRules: rota,
                               absences: demo.absences, requests: demo.requests.filter { !duty.contains($0.shiftCode ?? "") },
                               toil: demo.toil, history: demo.history, carryIn: demo.carryIn.filter { !duty.contains($0.shiftCode) },
                               rules: rules)
            #expect(try await repository.load() == expected)
            #expect(try await repository.load()?.coverRules.allSatisfy { $0.maximum == $0.target + 1 } == true)
        }
    }

    /// A stored setting no version knows, or a value it cannot take, is named rather than ignored.
    @Test func anUnknownOrImpossibleStoredSettingIsAnError() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: try DemoHub.load(), by: "sam")
            let sql = store.database as! any SQLDatabase
            try await sql.raw("UPDATE hub_settings SET value = 2.5 WHERE key = 'maximum_consecutive_nights'").run()
            await #expect(throws: StorageError.self) { try await repository.load() }
            try await sql.raw("UPDATE hub_settings SET value = 3, key = 'no_such_setting' WHERE key = 'maximum_consecutive_nights'").run()
            await #expect(throws: StorageError.self) { try await repository.load() }
        }
    }

    /// An unsocial-hours rate or night time that no rules file could hold, an unknown employer or
    /// rate, a shift kind or surplus_hours no version knows: each is named, never read as something else.
    @Test(arguments: [
        "UPDATE hub_settings SET value = 6 WHERE key = 'unsocial_hours.la.night'",
        "UPDATE hub_settings SET value = -1 WHERE key = 'unsocial_hours.nhs.hourly_pay'",
        "UPDATE hub_settings SET value = 1440 WHERE key = 'unsocial_hours.night_start'",
        "UPDATE hub_settings SET value = 90.5 WHERE key = 'unsocial_hours.night_end'",
        "UPDATE hub_settings SET key = 'unsocial_hours.trust.night' WHERE key = 'unsocial_hours.nhs.night'",
        "UPDATE hub_settings SET key = 'unsocial_hours.la.overtime' WHERE key = 'unsocial_hours.la.night'",
        "UPDATE hub_shift_types SET kind = 'standby' WHERE code = 'DT'",
        "UPDATE hubs SET surplus_hours = 'bank'",
    ])
    func anImpossibleStoredPayRateKindOrSurplusIsAnError(statement: String) async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: try DemoHub.load(), by: "sam")
            try await (store.database as! any SQLDatabase).raw(SQLQueryString(statement)).run()
            await #expect(throws: StorageError.self) { try await repository.load() }
        }
    }

    /// A rota published before versions reads as version 1 once migrated; reverting sends a
    /// superseded version back to draft (the older meaning) and drops the columns.
    @Test(arguments: TestBackend.available)
    func rotaVersionsMigrateFromOnePublishedRotaAndBack(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let december = Month("2026-12")!
            let rota = Rota(month: december, assignments: [Assignment(amhpID: "A01", date: LocalDate("2026-12-01")!, shiftCode: "D",
                                                                      isCoordinator: true)])
            let rotas = RotaRepository(database: store.database)
            let first = try await rotas.saveDraft(rota, createdBy: "sam")
            try await rotas.publish(id: first.id, by: "sam")
            let second = try await rotas.publishVersion(month: december, assignments: [], kind: .absence, reason: "Helen sick", by: "sam")

            try await AddRotaVersions().revert(on: store.database)
            let sql = store.database as! any SQLDatabase
            let statuses = try await sql.raw("SELECT status FROM rotas ORDER BY created_at").all()
                .map { try $0.decode(column: "status", as: String.self) }
            #expect(statuses == ["draft", "published"])
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT version FROM rotas").all() }
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT change_kind FROM rotas").all() }

            try await AddRotaVersions().prepare(on: store.database)
            let published = try #require(try await rotas.published(month: december))
            #expect(published.record.id == second.id && published.record.version == 1 && published.record.changeKind == .publish)
            #expect(try await rotas.rota(id: first.id)?.record.status == .draft)
            #expect(try await rotas.versions(month: december).map(\.id) == [second.id])
        }
    }

    /// Users made before notices have no address and have never looked; reverting drops both
    /// columns and keeps the users.
    @Test(arguments: TestBackend.available)
    func userNoticesMigrateAndRevert(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let users = UserRepository(database: store.database, passwordCost: 4)
            try await users.create(username: "helen", displayName: "Helen Whitfield", password: "Larch-tree-81", role: .amhp,
                                   amhpID: "A01", by: "setup")
            try await users.changeEmail(username: "helen", to: "helen.whitfield@example.gov.uk", by: "sam")
            try await users.markChangesSeen(username: "helen")

            try await AddUserNotices().revert(on: store.database)
            let sql = try #require(store.database as? any SQLDatabase)
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT email FROM users").all() }
            await #expect(throws: (any Error).self) { try await sql.raw("SELECT changes_seen_at FROM users").all() }
            #expect(try await sql.raw("SELECT username FROM users").all().count == 1)

            try await AddUserNotices().prepare(on: store.database)
            let helen = try #require(try await users.user(username: "helen"))
            #expect(helen.email == nil && helen.changesSeenAt == nil && helen.amhpID == "A01")
        }
    }
}

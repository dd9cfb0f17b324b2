import FluentKit
import Foundation
import SQLKit
import Storage
import Testing
import Workforce

/// The hub in the database: import, load, export, replace, and failures that must change nothing.
@Suite struct HubRepositoryTests {
    @Test(arguments: TestBackend.available)
    func demoHubComesBackEqual(backend: TestBackend) async throws {
        let demo = try DemoHub.load()
        try await backend.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            #expect(try await repository.load() == nil)
            let summary = try await repository.replace(with: demo, by: "sam")
            #expect(summary.name == "Northshire County Council AMHP Hub")
            #expect(summary.amhpCount == demo.amhps.count)
            #expect(try await repository.load() == demo)
            #expect(try await repository.summary() == summary)
        }
    }

    @Test(arguments: TestBackend.available)
    func exportIsWhatHubWriterWritesAndLoadsAsTheSameHub(backend: TestBackend) async throws {
        let demo = try DemoHub.load()
        let scratch = try Scratch("export")
        defer { scratch.remove() }
        try await backend.withDatabase { store async throws in
            try await HubRepository(database: store.database).replace(with: demo, by: "sam")
            let stored = try await HubRepository(database: store.database).require()
            try HubWriter.write(stored, to: scratch.folder)
        }
        #expect(try HubLoader.load(folder: scratch.folder) == demo)
        for (name, expected) in HubWriter.files(demo) {
            let written = try Data(contentsOf: scratch.url(name))
            // CSV files start with the UTF-8 byte order mark (CSVDocument.fileData), for Excel.
            #expect(written == CSVDocument.fileData(expected, named: name), "\(name) differs from HubWriter's text")
        }
    }

    @Test(arguments: TestBackend.available)
    func reimportReplacesTheWholeHub(backend: TestBackend) async throws {
        let demo = try DemoHub.load(), smaller = try DemoHub.smaller()
        try await backend.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: demo, by: "sam")
            try await repository.replace(with: smaller, by: "sam")
            #expect(try await repository.load() == smaller)
            let rows = try await StoredAMHP.query(on: store.database).count()
            #expect(rows == smaller.amhps.count, "rows of the first hub were left behind")
            #expect(try await StoredHub.query(on: store.database).count() == 1)
            try await repository.replace(with: demo, by: "sam")
            #expect(try await repository.load() == demo)
        }
    }

    /// Duty shifts, maxima, surplus_hours (each choice, and left to shifts.csv) and unusual
    /// unsocial-hours terms come back exactly, on every backend.
    @Test(arguments: TestBackend.available)
    func dutyMaximaSurplusAndPayRatesComeBackExactly(backend: TestBackend) async throws {
        let demo = try DemoHub.load()
        #expect(demo.coverRules.contains { $0.shiftCode == "DT" && $0.maximum == 15 })
        var terms = UnsocialHoursTerms()
        terms.nightStart = try #require(ClockTime("22:30"))
        terms.nightEnd = try #require(ClockTime("07:15"))
        terms.localAuthority = EnhancementRates(hourlyPay: 1000, night: 1e-7, saturday: 0, sunday: 5, bankHoliday: 0.1 + 0.2)
        terms.nhs = EnhancementRates(hourlyPay: 0, night: 0.3333, saturday: 1.0 / 3, sunday: 0.6, bankHoliday: 2.75)
        let cover = demo.coverRules.map { rule in
            CoverRule(dayType: rule.dayType, shiftCode: rule.shiftCode, minimum: rule.minimum, target: rule.target,
                      maximum: rule.shiftCode == "DT" ? 0 : rule.target + 7, coordinatorRequired: rule.coordinatorRequired,
                      secondWorkerAvailable: rule.secondWorkerAvailable)
        }
        let rota = demo.shiftTypes.filter { !$0.isDuty }
        try await backend.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            for surplus in [SurplusHours.duty, .unplanned, nil] {
                var rules = demo.rules
                rules.surplusHours = surplus
                rules.unsocialHours = terms
                let hub = Hub(amhps: demo.amhps, shiftTypes: surplus == .unplanned ? rota : demo.shiftTypes,
                              coverRules: surplus == .unplanned ? cover.filter { $0.shiftCode != "DT" } : cover,
                              absences: demo.absences, requests: demo.requests, toil: demo.toil, history: demo.history,
                              carryIn: demo.carryIn, rules: rules)
                try await repository.replace(with: hub, by: "sam")
                #expect(try await repository.load() == hub, "surplus_hours \(surplus?.rawValue ?? "left to shifts.csv")")
            }
        }
    }

    @Test func unusualValuesComeBackExactly() async throws {
        let demo = try DemoHub.load()
        var rules = demo.rules
        rules.weights[.coverAboveTarget] = 1e-7
        rules.standardWeekHours = 36.999_999_999_9
        rules.toil = TOILPolicy(capHours: 12.34, windowDays: 30, bankHolidayCreditHours: 7.5, expiry: .payOut)
        let first = demo.amhps[0]
        let suspended = AMHP(id: first.id, name: "Siân O'Brien, \"Sid\"", employment: .nhs(trust: "Trust, North", shiftsPerMonth: 2.75),
                             profession: .nurse, grade: "", approval: first.approval,
                             suspensions: [DateRange(first: LocalDate("2026-12-02")!, last: LocalDate("2026-12-03")!)!,
                                           DateRange(first: LocalDate("2026-12-20")!, last: LocalDate("2026-12-21")!)!],
                             canCoordinateDays: false, canCoordinateNights: false, nightWorking: .only, optedOutOf48HourWeek: true)
        let hub = Hub(amhps: [suspended] + demo.amhps.dropFirst(), shiftTypes: demo.shiftTypes, coverRules: demo.coverRules,
                      absences: demo.absences, requests: demo.requests, toil: demo.toil, history: demo.history,
                      carryIn: demo.carryIn, rules: rules)
        try await TestBackend.sqlite.withDatabase { store async throws in
            try await HubRepository(database: store.database).replace(with: hub, by: "sam")
            #expect(try await HubRepository(database: store.database).load() == hub)
        }
    }

    @Test(arguments: TestBackend.available)
    func aConstraintViolationMidImportLeavesTheDatabaseAsItWas(backend: TestBackend) async throws {
        let demo = try DemoHub.load(), smaller = try DemoHub.smaller()
        // Two history rows for one AMHP: history is written after the AMHPs, shifts, cover, leave,
        // requests and TOIL rows, so the failure comes well into the import.
        let broken = Hub(amhps: smaller.amhps, shiftTypes: smaller.shiftTypes, coverRules: smaller.coverRules,
                         absences: smaller.absences, requests: smaller.requests, toil: smaller.toil,
                         history: smaller.history + [smaller.history[0]], carryIn: smaller.carryIn, rules: smaller.rules)
        try await backend.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            try await repository.replace(with: demo, by: "sam")
            let before = try await TableCounts(store.database)
            await #expect(throws: (any Error).self) { try await repository.replace(with: broken, by: "sam") }
            #expect(try await repository.load() == demo)
            #expect(try await TableCounts(store.database) == before)
        }
    }

    @Test func aFailedFirstImportLeavesNoHub() async throws {
        let smaller = try DemoHub.smaller()
        let broken = Hub(amhps: smaller.amhps + [smaller.amhps[0]], shiftTypes: smaller.shiftTypes, coverRules: smaller.coverRules)
        try await TestBackend.sqlite.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            await #expect(throws: (any Error).self) { try await repository.replace(with: broken, by: "sam") }
            #expect(try await repository.load() == nil)
            #expect(try await TableCounts(store.database).total == 0)
            await #expect(throws: StorageError.noHub) { try await repository.require() }
        }
    }

    @Test func importIsLoggedAndLeavesTheLedgerAlone() async throws {
        let demo = try DemoHub.load()
        try await TestBackend.sqlite.withDatabase { store async throws in
            let entry = TOILEntry(id: "e1", amhpID: demo.amhps[0].id, kind: .accrued, date: LocalDate("2026-11-02")!,
                                  hours: 3, reason: "Overran", recordedBy: "hr", approvedBy: "Sam")
            try await HubRepository(database: store.database).replace(with: demo, by: "sam")
            try await TOILLedgerRepository(database: store.database).append(entry, hubAMHPIDs: nil)
            try await HubRepository(database: store.database).replace(with: try DemoHub.smaller(), by: "jo")
            #expect(try await TOILLedgerRepository(database: store.database).records().map(\.entry) == [entry])
            let imports = try await AuditLogRepository(database: store.database).events(subject: "hub")
            #expect(imports.map(\.actor) == ["jo", "sam"])
            #expect(imports.allSatisfy { $0.action == "hub.import" })
        }
    }
}

/// How many rows each hub table holds, to compare a database before and after.
struct TableCounts: Equatable {
    let counts: [String: Int]

    init(_ database: any Database) async throws {
        var counts: [String: Int] = [:]
        let tables = ["hubs", "hub_settings", "hub_weights", "hub_bank_holiday_changes", "hub_amhps", "hub_suspensions", "hub_shift_types",
                      "hub_cover_rules", "hub_absences", "hub_requests", "hub_toil_plans", "hub_fairness_history", "hub_carry_in",
                      "toil_entries", "toil_totals", "audit_log"]
        for table in tables {
            let row = try await (database as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()
            counts[table] = try row?.decode(column: "n", as: Int.self) ?? -1
        }
        self.counts = counts
    }

    var total: Int { counts.values.reduce(0, +) }
}

import Foundation
import Storage
import Testing
import Workforce

/// amhps.csv's `payroll_number` and toil.csv's `earned` are stored with the hub and read back as written.
@Suite struct PayrollColumnsStorageTests {
    static func hub() throws -> Hub {
        let demo = try DemoHub.load()
        let amhps = demo.amhps.enumerated().map { index, amhp in
            AMHP(id: amhp.id, name: amhp.name, employment: amhp.employment, profession: amhp.profession, grade: amhp.grade,
                 approval: amhp.approval, suspensions: amhp.suspensions, canCoordinateDays: amhp.canCoordinateDays,
                 canCoordinateNights: amhp.canCoordinateNights, nightWorking: amhp.nightWorking,
                 isPracticeEducator: amhp.isPracticeEducator, educatorID: amhp.educatorID,
                 optedOutOf48HourWeek: amhp.optedOutOf48HourWeek, payrollNumber: index == 1 ? "NHS/77-1203" : nil)
        }
        let toil = demo.toil.enumerated().map { index, plan in
            TOILPlan(amhpID: plan.amhpID, balanceHours: plan.balanceHours, planBackHours: plan.planBackHours,
                     earned: index == 0 ? LocalDate("2026-10-02") : nil)
        }
        return Hub(amhps: amhps, shiftTypes: demo.shiftTypes, coverRules: demo.coverRules, absences: demo.absences,
                   requests: demo.requests, toil: toil, history: demo.history, carryIn: demo.carryIn,
                   carryInCompleteFrom: demo.carryInCompleteFrom, rules: demo.rules)
    }

    @Test(arguments: TestBackend.available)
    func payrollNumbersAndEarnedDatesComeBack(backend: TestBackend) async throws {
        let hub = try Self.hub()
        try await backend.withDatabase { store async throws in
            let repository = HubRepository(database: store.database)
            _ = try await repository.replace(with: hub, by: "sam")
            let loaded = try #require(try await repository.load())
            #expect(loaded == hub)
            #expect(loaded.amhps[1].payrollNumber == "NHS/77-1203")
            #expect(loaded.amhps[0].payrollNumber == nil)
            #expect(loaded.toil[0].earned == LocalDate("2026-10-02"))
            #expect(loaded.toil[1].earned == nil)
        }
    }
}

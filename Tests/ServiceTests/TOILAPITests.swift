import Foundation
import Storage
import Testing
import Workforce

/// HR's TOIL ledger through the API: entries appended and checked, corrections, refusals, payroll.
@Suite struct TOILAPITests {
    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func hrRecordsCorrectsAndExportsTOIL(_ backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            let accrued = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A03", "kind": "accrued", "hours": 3.5, "date": "2026-11-02", "reason": "Assessment overran",
                "approved_by": "Sam"])
            #expect(accrued.status == .created, "\(accrued.body.string)")
            let first = try ServiceHarness.object(accrued)
            #expect(first["held"] as? Double == 3.5)
            #expect((first["entry"] as? [String: Any])?["recorded_by"] as? String == "jo")

            let taken = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A03", "kind": "taken", "hours": 2, "date": "2026-11-10"])
            #expect(taken.status == .created)
            let takenID = try #require((try ServiceHarness.object(taken)["entry"] as? [String: Any])?["id"] as? String)
            let tooMuch = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A03", "kind": "taken", "hours": 5, "date": "2026-11-11"])
            #expect(tooMuch.status == .unprocessableEntity, "\(tooMuch.body.string)")

            let corrected = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "kind": "correction", "corrects": takenID, "reason": "Was a training day, not TOIL"])
            #expect(corrected.status == .created, "\(corrected.body.string)")

            let history = try ServiceHarness.array(try await service.send(.GET, "/api/toil/amhps/A03/history", as: "jo"))
            #expect(history.count == 3)
            #expect(history.contains { ($0["entry"] as? [String: Any])?["id"] as? String == takenID && $0["corrected_by"] as? String != nil })
            let balance = try ServiceHarness.object(try await service.send(.GET, "/api/toil/amhps/A03/balance?as_of=2026-11-30", as: "jo"))
            #expect(balance["held"] as? Double == 3.5)

            let balances = try ServiceHarness.array(try await service.send(.GET, "/api/toil/balances?as_of=2026-11-30", as: "sam"))
            #expect(balances.contains { $0["amhp_id"] as? String == "A03" })

            let payroll = try await service.send(.GET, "/api/toil/payroll?month=2026-11", as: "jo")
            #expect(payroll.status == .ok)
            #expect(payroll.headers.contentType?.subType == "csv")
            #expect(payroll.body.string.hasPrefix("\u{FEFF}month,period_start,period_end,amhp_id,payroll_number,name,employer,opening_hours"))
            #expect(payroll.body.string.contains(#""=""2026-11""",2026-11-01,2026-11-30,A03,"#))

            let ledger = try await TOILLedgerRepository(database: service.app.db).records()
            #expect(ledger.count == 3)
            let actions = try await AuditLogRepository(database: service.app.db).events(actor: "jo").map(\.action)
            #expect(actions.filter { $0 == "toil.append" }.count == 3)
            #expect(actions.contains("toil.payroll_export"))
        }
    }

    @Test func incompleteEntriesAreRefusedWithEveryProblem() async throws {
        try await ServiceHarness.with { service in
            let response = try await service.send(.POST, "/api/toil/entries", as: "jo", json: ["kind": "accrued", "hours": 1.234])
            #expect(response.status == .unprocessableEntity)
            let fields = (try ServiceHarness.object(response)["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["amhp_id", "hours"])
            let unknown = try await service.send(.POST, "/api/toil/entries", as: "jo", json: ["kind": "bonus", "amhp_id": "A01", "hours": 1])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("kind"))
            #expect(try await TOILLedgerRepository(database: service.app.db).records().isEmpty)
        }
    }
}

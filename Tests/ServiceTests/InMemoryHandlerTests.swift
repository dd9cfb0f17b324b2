import Foundation
import Storage
import Testing
import Vapor

/// The handlers on in-memory stores: no database, no `amhp` binary, each test in milliseconds.
/// The same routes run end to end against SQLite and PostgreSQL in the other suites.
@Suite struct InMemoryHandlerTests {
    @Test func leaveIsAddedListedAndDeletedWithoutADatabase() async throws {
        try await InMemoryService.with { service in
            let before = try ServiceHarness.array(try await service.send(.GET, "/api/leave?amhp_id=A01", as: "sam")).count
            let added = try await service.send(.POST, "/api/leave", as: "sam", json: [
                "amhp_id": "A01", "kind": "annual", "start": "2027-03-01", "end": "2027-03-05", "note": "Half term"])
            #expect(added.status == .created, "\(added.body.string)")
            let id = try #require(try ServiceHarness.object(added)["id"] as? String)

            let managers = try ServiceHarness.array(try await service.send(.GET, "/api/leave?amhp_id=A01&month=2027-03", as: "sam"))
            #expect(managers.contains { $0["id"] as? String == id && $0["note"] as? String == "Half term" })
            #expect(try ServiceHarness.array(try await service.send(.GET, "/api/leave?amhp_id=A01", as: "sam")).count == before + 1)
            // An AMHP sees only their own: Helen is A01, Ravi is not.
            #expect(try ServiceHarness.array(try await service.send(.GET, "/api/leave", as: "helen")).contains { $0["id"] as? String == id })
            #expect(!(try ServiceHarness.array(try await service.send(.GET, "/api/leave", as: "ravi")).contains { $0["amhp_id"] as? String == "A01" }))

            let backwards = try await service.send(.POST, "/api/leave", as: "sam", json: [
                "amhp_id": "A01", "kind": "annual", "start": "2027-03-05", "end": "2027-03-01"])
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.body.string.contains("end"))

            #expect(try await service.send(.DELETE, "/api/leave/\(id)", as: "sam").status == .noContent)
            #expect(try await service.send(.DELETE, "/api/leave/\(id)", as: "sam").status == .notFound)
            #expect(try ServiceHarness.array(try await service.send(.GET, "/api/leave?amhp_id=A01", as: "sam")).count == before)
            #expect(await service.audit.actions == ["user.create", "user.create", "user.create", "user.create", "user.create",
                                                    "leave.add", "leave.delete"])
        }
    }

    @Test func toilBalancesFollowTheEntriesWithoutADatabase() async throws {
        try await InMemoryService.with { service in
            let accrued = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A03", "kind": "accrued", "hours": 3.5, "date": "2026-11-02", "reason": "Assessment overran",
                "approved_by": "Sam"])
            #expect(accrued.status == .created, "\(accrued.body.string)")
            #expect(try ServiceHarness.object(accrued)["held"] as? Double == 3.5)
            let taken = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A03", "kind": "taken", "hours": 2, "date": "2026-11-10"])
            #expect(taken.status == .created, "\(taken.body.string)")
            let tooMuch = try await service.send(.POST, "/api/toil/entries", as: "jo", json: [
                "amhp_id": "A03", "kind": "taken", "hours": 5, "date": "2026-11-11"])
            #expect(tooMuch.status == .unprocessableEntity, "\(tooMuch.body.string)")

            let balance = try ServiceHarness.object(try await service.send(.GET, "/api/toil/amhps/A03/balance?as_of=2026-11-30", as: "jo"))
            #expect(balance["held"] as? Double == 1.5)
            let balances = try ServiceHarness.array(try await service.send(.GET, "/api/toil/balances?as_of=2026-11-30", as: "sam"))
            #expect(balances.first { $0["amhp_id"] as? String == "A03" }?["held"] as? Double == 1.5)
            #expect(try ServiceHarness.array(try await service.send(.GET, "/api/toil/amhps/A03/history", as: "jo")).count == 2)

            let payroll = try await service.send(.GET, "/api/toil/payroll?month=2026-11", as: "jo")
            #expect(payroll.status == .ok)
            #expect(payroll.headers.contentType?.subType == "csv")
            #expect(payroll.headers.contentDisposition?.filename == "toil-payroll-2026-11.csv")
            #expect(payroll.body.string.contains(#"2026-11-30,A03,"#))
            #expect(await service.audit.actions.suffix(3) == ["toil.append", "toil.append", "toil.payroll_export"])
        }
    }

    @Test func rolesAreCheckedBeforeAnyHandlerRuns() async throws {
        try await InMemoryService.with { service in
            #expect(try await service.send(.GET, "/api/users", as: nil).status == .unauthorized)
            #expect(try await service.send(.GET, "/api/users", as: "helen").status == .forbidden)
            #expect(try await service.send(.GET, "/api/toil/payroll", as: "lee").status == .forbidden)
            #expect(try await service.send(.POST, "/api/leave", as: "helen", json: [
                "amhp_id": "A01", "kind": "annual", "start": "2027-03-01", "end": "2027-03-05"]).status == .forbidden)
            // An AMHP is limited to their own data: Helen (A01) may not read A02's TOIL.
            #expect(try await service.send(.GET, "/api/toil/amhps/A01/history", as: "helen").status == .ok)
            #expect(try await service.send(.GET, "/api/toil/amhps/A02/history", as: "helen").status == .forbidden)
            #expect(try await service.send(.GET, "/api/amhps/A02", as: "helen").status == .forbidden)
            let users = try ServiceHarness.array(try await service.send(.GET, "/api/users", as: "sam"))
            #expect(users.map { $0["username"] as? String } == ["helen", "jo", "lee", "ravi", "sam"])
            let amhps = try ServiceHarness.array(try await service.send(.GET, "/api/amhps", as: "helen"))
            #expect(amhps.map { $0["id"] as? String } == ["A01"])
            #expect(try await service.send(.DELETE, "/api/session", as: "ravi").status == .noContent)
            #expect(try await service.send(.GET, "/api/me", as: "ravi").status == .unauthorized)
        }
    }
}

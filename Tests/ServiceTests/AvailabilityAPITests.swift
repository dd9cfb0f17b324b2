import Foundation
import Storage
import Testing
import Workforce

/// Leave and requests through the API, stored in the database and refused whole when wrong.
@Suite struct AvailabilityAPITests {
    @Test(arguments: ServiceHarness.Backend.postgresURL == nil ? [ServiceHarness.Backend.sqlite] : ServiceHarness.Backend.allCases)
    func leaveIsAddedListedAndRemoved(_ backend: ServiceHarness.Backend) async throws {
        try await ServiceHarness.with(backend) { service in
            let before = try ServiceHarness.array(try await service.send(.GET, "/api/leave", as: "sam")).count
            let added = try await service.send(.POST, "/api/leave", as: "sam",
                                               json: ["amhp_id": "A02", "kind": "annual", "start": "2026-12-14", "end": "2026-12-18", "note": "Family"])
            #expect(added.status == .created, "\(added.body.string)")
            let leave = try ServiceHarness.object(added)
            let id = try #require(leave["id"] as? String)
            let hub = try await HubRepository(database: service.app.db).require()
            #expect(hub.absences.count == before + 1)
            #expect(hub.absence(of: "A02", on: LocalDate("2026-12-16")!)?.kind == .annual)
            let december = try ServiceHarness.array(try await service.send(.GET, "/api/leave?amhp_id=A02&month=2026-12", as: "jo"))
            #expect(december.contains { $0["start"] as? String == "2026-12-14" })
            let removed = try await service.send(.DELETE, "/api/leave/\(id)", as: "sam")
            #expect(removed.status == .noContent)
            let again = try await service.send(.DELETE, "/api/leave/\(id)", as: "sam")
            #expect(again.status == .notFound)
            #expect(try await HubRepository(database: service.app.db).require().absences.count == before)
            let events = try await AuditLogRepository(database: service.app.db).events(actor: "sam")
            #expect(events.map(\.action).starts(with: ["leave.delete", "leave.add"]))
        }
    }

    @Test func badLeaveNamesEveryFieldAndChangesNothing() async throws {
        try await ServiceHarness.with { service in
            let hubBefore = try await HubRepository(database: service.app.db).require()
            let response = try await service.send(.POST, "/api/leave", as: "sam",
                                                  json: ["amhp_id": "Z99", "kind": "holiday", "start": "2026-12-31", "end": "2026-02-30"])
            #expect(response.status == .unprocessableEntity)
            let body = try ServiceHarness.object(response)
            let fields = (body["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["amhp_id", "kind", "end"], "\(body)")
            let backwards = try await service.send(.POST, "/api/leave", as: "sam",
                                                   json: ["amhp_id": "A01", "kind": "annual", "start": "2026-12-31", "end": "2026-12-01"])
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.body.string.contains("before start"))
            let missing = try await service.send(.POST, "/api/leave", as: "sam", json: ["amhp_id": "A01"])
            #expect(missing.status == .badRequest)
            #expect(missing.body.string.contains("kind"))
            #expect(try await HubRepository(database: service.app.db).require() == hubBefore)
        }
    }

    @Test func anAMHPAsksForAndWithdrawsTheirOwnRequests() async throws {
        try await ServiceHarness.with { service in
            let made = try await service.send(.POST, "/api/requests", as: "helen",
                                              json: ["date": "2027-02-24", "shift": "N", "preference": "avoid", "weight": 3])
            #expect(made.status == .created, "\(made.body.string)")
            let id = try #require(try ServiceHarness.object(made)["id"] as? String)
            let hub = try await HubRepository(database: service.app.db).require()
            #expect(hub.requests.last == ShiftRequest(amhpID: "A01", date: LocalDate("2027-02-24")!, shiftCode: "N", preference: .avoid, weight: 3))
            let badShift = try await service.send(.POST, "/api/requests", as: "helen",
                                                  json: ["date": "2027-02-24", "shift": "X", "preference": "maybe", "weight": 11])
            #expect(badShift.status == .unprocessableEntity)
            let fields = (try ServiceHarness.object(badShift)["problems"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(Set(fields) == ["shift", "preference", "weight"])
            let all = try ServiceHarness.array(try await service.send(.GET, "/api/requests", as: "sam"))
            let others = try #require(all.first { $0["amhp_id"] as? String != "A01" }?["id"] as? String)
            let refused = try await service.send(.DELETE, "/api/requests/\(others)", as: "helen")
            #expect(refused.status == .forbidden)
            // Someone else's change to the list does not move the id.
            #expect(try await service.send(.DELETE, "/api/requests/\(others)", as: "sam").status == .noContent)
            let withdrawn = try await service.send(.DELETE, "/api/requests/\(id)", as: "helen")
            #expect(withdrawn.status == .noContent)
            #expect(try await HubRepository(database: service.app.db).require().requests.count == hub.requests.count - 2)
        }
    }

    @Test func dutyIsRequestedOnlyForLAAMHPs() async throws {
        try await ServiceHarness.with { service in
            let hubBefore = try await HubRepository(database: service.app.db).require()
            // Bethan Morgan (A24) is employed by her NHS trust: duty could never be hers.
            let refused = try await service.send(.POST, "/api/requests", as: "sam",
                                                 json: ["amhp_id": "A24", "date": "2027-02-02", "shift": "DT", "preference": "want", "weight": 3])
            #expect(refused.status == .unprocessableEntity, "\(refused.body.string)")
            let problems = try ServiceHarness.object(refused)["problems"] as? [[String: Any]] ?? []
            #expect(problems.compactMap { $0["field"] as? String } == ["shift"])
            #expect(problems.first?["message"] as? String
                == "Bethan Morgan is employed by Northshire Partnership NHS Foundation Trust, and duty (DT) is for LA AMHPs only. Ask for a rota shift instead.")
            #expect(try await HubRepository(database: service.app.db).require() == hubBefore)
            // The zero case: Helen (LA) asks for duty.
            let made = try await service.send(.POST, "/api/requests", as: "helen",
                                              json: ["date": "2027-02-02", "shift": "DT", "preference": "want", "weight": 3])
            #expect(made.status == .created, "\(made.body.string)")
        }
    }
}

import FluentKit
import Foundation
@testable import Storage
import Testing
import Workforce

/// `leave_requests`: stored, read back, listed pending first, decided once, and audited; on SQLite
/// and (when DATABASE_URL names one) PostgreSQL. Helen Whitfield is A01, Daniel Okafor A02.
@Suite struct LeaveRequestRepositoryTests {
    static let dates = DateRange(first: LocalDate("2027-02-01")!, last: LocalDate("2027-02-05")!)!

    static func new(_ amhpID: String, _ kind: Absence.Kind = .annual, change: Bool = false) -> NewLeaveRequest {
        NewLeaveRequest(amhpID: amhpID, kind: kind, dates: dates, note: "Half term", changeRequest: change)
    }

    @Test(arguments: TestBackend.available)
    func aRequestIsStoredDecidedOnceAndAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let requests = LeaveRequestRepository(database: store.database)
            let helen = try await requests.create(Self.new("A01", change: true), openLimit: 2, by: "helen")
            #expect(helen.status == .pending && helen.changeRequest && helen.dates == Self.dates && helen.createdBy == "helen")
            #expect(try await requests.request(id: helen.id) == helen)
            let daniel = try await requests.create(Self.new("A02", .training), openLimit: 2, by: "sam")
            _ = try await requests.create(Self.new("A01", .toil), openLimit: 2, by: "helen")
            await #expect(throws: LeaveRequestError.tooManyOpen(amhpID: "A01", open: 2, limit: 2)) {
                try await requests.create(Self.new("A01"), openLimit: 2, by: "helen")
            }
            let approved = try await requests.decide(id: helen.id, to: .approved, note: "Enjoy", absenceID: "L0123", by: "sam")
            #expect(approved.status == .approved && approved.decidedBy == "sam" && approved.absenceID == "L0123" && approved.decisionNote == "Enjoy")
            #expect(try await requests.request(id: helen.id) == approved)
            await #expect(throws: LeaveRequestError.notPending(helen.id, .approved)) {
                try await requests.decide(id: helen.id, to: .declined, note: nil, absenceID: nil, by: "sam")
            }
            let unknown = UUID()
            await #expect(throws: LeaveRequestError.unknown(unknown)) {
                try await requests.decide(id: unknown, to: .withdrawn, note: nil, absenceID: nil, by: "helen")
            }
            // Pending first; filtered by status and AMHP.
            let all = try await requests.requests()
            #expect(all.count == 3 && all.last?.id == helen.id)
            #expect(try await requests.requests(status: .pending, amhpID: "A02").map(\.id) == [daniel.id])
            let audit = try await AuditLogRepository(database: store.database).events(subject: "leave_request:\(helen.id)")
            #expect(audit.map(\.action) == ["leave_request.approved", "leave_request.create"])
        }
    }

    @Test func theTableReverts() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            try await CreateLeaveRequests().revert(on: store.database)
            await #expect(throws: (any Error).self) { try await LeaveRequestRepository(database: store.database).requests() }
            try await CreateLeaveRequests().prepare(on: store.database)
            #expect(try await LeaveRequestRepository(database: store.database).requests().isEmpty)
        }
    }
}

import Foundation
@testable import Service
import Storage
import Testing
import Workforce

/// A leave request decided by another manager between the check and the approval: the absence
/// approving it had recorded is taken out again, and the refusal (409) comes back.
@Suite struct LeaveRequestApprovalRaceTests {
    /// A store whose one request reads as pending but was decided meanwhile.
    struct DecidedMeanwhile: LeaveRequestStore {
        let record: LeaveRequestRecord

        func create(_ new: NewLeaveRequest, openLimit: Int, by actor: String, at date: Date) async throws -> LeaveRequestRecord { record }
        func requests(status: LeaveRequestStatus?, amhpID: String?) async throws -> [LeaveRequestRecord] { [record] }
        func request(id: UUID) async throws -> LeaveRequestRecord? { record }
        func decide(id: UUID, to status: LeaveRequestStatus, note: String?, absenceID: String?, by actor: String,
                    at date: Date) async throws -> LeaveRequestRecord {
            throw LeaveRequestError.notPending(id, .declined)
        }
    }

    @Test func theAbsenceIsTakenOutAgainWhenTheRequestWasDecidedMeanwhile() async throws {
        let audit = InMemoryAuditLog()
        let hub = try HubLoader.load(folder: ServiceHarness.demoHub)
        let hubStore = InMemoryHubStore(hub, audit: audit)
        let dates = try #require(DateRange(first: LocalDate("2027-02-01")!, last: LocalDate("2027-02-03")!))
        let record = LeaveRequestRecord(id: UUID(), amhpID: "A01", kind: .annual, dates: dates, note: "Half term", status: .pending,
                                        changeRequest: false, createdBy: "helen", createdAt: Date())
        let stores = ServiceStores(hub: hubStore, toil: InMemoryTOILLedger(audit: audit), users: InMemoryUserStore(audit: audit),
                                   audit: audit, rotas: InMemoryRotaStore(), publisher: UnavailablePublishing(),
                                   sessions: InMemorySessionStore(), signInThrottle: NoSignInThrottle(), solveJobs: NoSolveJobs(),
                                   leaveRequests: DecidedMeanwhile(record: record))
        await #expect(throws: LeaveRequestError.notPending(record.id, .declined)) {
            try await LeaveRequestAPI.approve(record.id, note: nil, stores: stores, by: "sam")
        }
        #expect(try await hubStore.require().absences == hub.absences)
        #expect(await audit.actions == ["leave.add", "leave.delete"])
    }
}

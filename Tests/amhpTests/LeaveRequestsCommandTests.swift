import Foundation
import Storage
import Testing
import Workforce

/// `amhp leave-requests`: list, approve and decline against the database, as a manager. Helen
/// Whitfield (A01) asked for annual leave; Sam is the manager, Jo is HR.
@Suite struct LeaveRequestsCommandTests {
    @Test func aManagerListsApprovesAndDeclinesAndNoOneElseMay() async throws {
        let runner = try StorageCommandRunner("leave-requests")
        defer { runner.remove() }
        let hubFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/demo-hub").path
        #expect(try runner.run(["import", "--hub", hubFolder]).status == 0)
        #expect(try runner.run(["users", "add", "--username", "sam", "--role", "manager", "--password-stdin"], input: "Mersey-ferry-4417\n").status == 0)
        #expect(try runner.run(["users", "add", "--username", "jo", "--role", "hr", "--password-stdin"], input: "Mersey-ferry-4417\n").status == 0)
        let help = try runner.run(["leave-requests", "--help"])
        #expect(help.output.contains("List AMHPs' leave requests, and approve or decline them."))
        #expect(help.output.contains("  approve ") && help.output.contains("  decline ") && help.output.contains("  list "))
        let none = try runner.run(["leave-requests", "list"])
        #expect(none.status == 0 && none.output == "No leave requests.\n", "\(none.errors)")

        let month = Month(containing: LocalDate.today()).next.next
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let requests = LeaveRequestRepository(database: store.database)
        let dates = try #require(DateRange(first: month.firstDay, last: month.firstDay.adding(days: 2)))
        let first = try await requests.create(NewLeaveRequest(amhpID: "A01", kind: .annual, dates: dates, note: "Wedding", changeRequest: false),
                                              openLimit: 10, by: "helen")
        let second = try await requests.create(NewLeaveRequest(amhpID: "A01", kind: .training, dates: dates, note: "", changeRequest: false),
                                               openLimit: 10, by: "helen")
        await store.close()

        let pending = try runner.run(["leave-requests", "list", "--status", "pending"])
        #expect(pending.status == 0 && pending.output.contains(first.id.uuidString) && pending.output.contains(second.id.uuidString))
        let notManager = try runner.run(["leave-requests", "approve", first.id.uuidString, "--by", "jo"])
        #expect(notManager.status == 1 && notManager.errors.contains("jo is not a manager"))
        let approved = try runner.run(["leave-requests", "approve", first.id.uuidString, "--note", "Enjoy", "--by", "sam"])
        #expect(approved.status == 0, "\(approved.errors)")
        #expect(approved.output.hasPrefix("Approved leave request \(first.id.uuidString): recorded as absence L"))
        let again = try runner.run(["leave-requests", "decline", first.id.uuidString, "--by", "sam"])
        #expect(again.status == 1 && again.errors.contains("already approved"))
        let declined = try runner.run(["leave-requests", "decline", second.id.uuidString, "--note", "Course is full", "--by", "sam"])
        #expect(declined.status == 0 && declined.output == "Declined leave request \(second.id.uuidString).\n")
        let malformed = try runner.run(["leave-requests", "approve", "nonsense", "--by", "sam"])
        #expect(malformed.status == 2)

        let reopened = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let hub = try await HubRepository(database: reopened.database).require()
        let decided = try await LeaveRequestRepository(database: reopened.database).requests()
        await reopened.close()
        #expect(hub.absences.contains(Absence(amhpID: "A01", kind: .annual, dates: dates, note: "Wedding")))
        #expect(decided.map(\.status) == [.declined, .approved] || decided.map(\.status) == [.approved, .declined])
        #expect(decided.first { $0.id == first.id }?.decisionNote == "Enjoy")
    }
}

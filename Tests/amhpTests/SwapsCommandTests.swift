import Foundation
import Storage
import Testing
import Workforce

/// `amhp swaps list` and `amhp swaps approve|reject ID --by USER`: the manager's decisions from the
/// command line, with the service's checks. Daniel Okafor (A02) gives his D to Sarah Pennington (A03).
@Suite struct SwapsCommandTests {
    static var demoHub: URL { CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub") }

    @Test func aManagerApprovesAndRejectsFromTheCommandLine() async throws {
        let runner = try StorageCommandRunner("swaps")
        defer { runner.remove() }
        #expect(try runner.run(["import", "--hub", Self.demoHub.path]).status == 0)
        let none = try runner.run(["swaps", "list"])
        #expect(none.status == 0 && none.output == "No swap requests.\n", "\(none.errors)")

        // Next month: Daniel D on the 10th and the 12th, Sarah N on the 11th.
        let today = LocalDate.today(in: TimeZone(identifier: "Europe/London") ?? .current)
        let month = Month(containing: today).next
        func day(_ number: Int) -> LocalDate { month.firstDay.adding(days: number - 1) }
        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let rotas = RotaRepository(database: store.database)
        let draft = try await rotas.saveDraft(Rota(month: month, assignments: [
            Assignment(amhpID: "A02", date: day(10), shiftCode: "D"), Assignment(amhpID: "A02", date: day(12), shiftCode: "D"),
            Assignment(amhpID: "A03", date: day(11), shiftCode: "N")]), createdBy: "sam")
        let first = try await rotas.publish(id: draft.id, by: "sam")
        try await UserRepository(database: store.database, passwordCost: 4)
            .create(username: "sam", displayName: "Sam", password: "Mersey-ferry-4417", role: .manager, amhpID: nil, by: "setup")
        let swaps = SwapRepository(database: store.database)
        func offer(_ number: Int) async throws -> SwapRecord {
            let made = try await swaps.create(NewSwap(month: month, kind: .offer, offered: SwapShift(amhpID: "A02", date: day(number), shiftCode: "D"),
                                                      colleagueID: nil, wanted: nil, notes: "", basedOn: first.id), by: "ravi")
            return try await swaps.accept(id: made.id, colleagueID: "A03", by: "sarah")
        }
        let fine = try await offer(10), breach = try await offer(12)
        await store.close()

        let listed = try runner.run(["swaps", "list", "--status", "accepted"])
        #expect(listed.status == 0 && listed.output.contains(fine.id.uuidString) && listed.output.contains(breach.id.uuidString))
        #expect(try runner.run(["swaps", "approve", fine.id.uuidString, "--by", "ravi"]).status == 1, "only a manager decides")

        // Sarah's night on the 11th ends at 09:00 on the 12th: no rest before a D at 09:00.
        let refused = try runner.run(["swaps", "approve", breach.id.uuidString, "--by", "sam"])
        #expect(refused.status == 1 && refused.errors.contains("rest.daily"), "\(refused.errors)")
        let rejected = try runner.run(["swaps", "reject", breach.id.uuidString, "--by", "sam", "--note", "Sarah needs her rest"])
        #expect(rejected.status == 0 && rejected.output.contains("declined"), "\(rejected.errors)")

        let approved = try runner.run(["swaps", "approve", fine.id.uuidString, "--by", "sam", "--note", "ok"])
        #expect(approved.status == 0 && approved.output.contains("version 2"), "\(approved.errors)")
        let after = try runner.run(["rotas", "versions", "--month", "\(month)"])
        #expect(after.output.contains("swap") && after.output.contains("Sarah Pennington (A03) takes D"), "\(after.output)")
    }
}

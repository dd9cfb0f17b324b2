import Foundation
import Storage
import Testing
import Workforce

/// `amhp rotas versions --month`: a month's published versions as the service keeps them.
@Suite struct RotaVersionsCommandTests {
    @Test func aMonthsVersionsAreListedOldestFirstWithTheCurrentMarked() async throws {
        let runner = try StorageCommandRunner("versions")
        defer { runner.remove() }
        let none = try runner.run(["rotas", "versions", "--month", "2026-12"])
        #expect(none.status == 0, "\(none.errors)")
        #expect(none.output == "2026-12 has no published rota.\n")

        let store = try await PlannerDatabase.open(.sqlite(path: runner.databasePath))
        let rotas = RotaRepository(database: store.database)
        let december = Month("2026-12")!
        let helen = Assignment(amhpID: "A01", date: LocalDate("2026-12-14")!, shiftCode: "D", isCoordinator: false)
        let draft = try await rotas.saveDraft(Rota(month: december, assignments: [helen]), createdBy: "sam")
        let first = try await rotas.publish(id: draft.id, by: "sam")
        let second = try await rotas.publishVersion(month: december, assignments: [], kind: .absence,
                                                    reason: "Helen Whitfield (A01): sickness 2026-12-14", by: "lee")
        await store.close()

        let listed = try runner.run(["rotas", "versions", "--month", "2026-12"])
        #expect(listed.status == 0, "\(listed.errors)")
        let lines = listed.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "Versions of the 2026-12 rota (* current):")
        #expect(lines.count == 4)
        #expect(lines[2].hasPrefix("1 ") && lines[2].contains("publish") && lines[2].hasSuffix(first.id.uuidString))
        #expect(lines[3].hasPrefix("2*") && lines[3].contains("absence  lee")
                && lines[3].contains("Helen Whitfield (A01): sickness 2026-12-14") && lines[3].hasSuffix(second.id.uuidString))
    }
}

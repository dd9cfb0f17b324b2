import Testing
@testable import Workforce

/// A rota CSV, as the solver writes it and a manager edits it in Excel, read back for `amhp check`.
@Suite struct RotaFileTests {
    let hub: Hub

    init() throws {
        hub = try TemporaryHub().load()
    }

    @Test func readsTheSolversColumns() throws {
        let text = """
            amhp_id,name,date,shift,start,end,hours,role
            A1,Amy Ashford,2026-12-01,D,09:00,17:00,8,coordinator
            B1,Beth Barker,2026-12-01,D,09:00,17:00,8,
            T1,Tara Trent,2026-12-01,D,09:00,17:00,8,
            A1,Amy Ashford,02/12/2026,N,21:00,09:00,12,Coordinator

            """
        let rota = try RotaFile.read(text, fileName: "rota.csv", hub: hub, month: nil)
        #expect(rota.month == Month(year: 2026, month: 12))
        #expect(rota.assignments.count == 4)
        #expect(rota.shift(of: "A1", on: LocalDate("2026-12-02")!) == "N")
        #expect(rota.assignments(on: LocalDate("2026-12-01")!, shift: "D").filter(\.isCoordinator).map(\.amhpID) == ["A1"])
        #expect(rota.assignments.first { $0.shiftCode == "N" }?.isCoordinator == true, "role is read in any case")
    }

    @Test func reportsEveryBadRow() throws {
        let text = """
            amhp_id,date,shift,role
            Z9,2026-12-01,D,
            A1,2026-11-30,N,
            B1,2026-12-02,X,
            A1,2026-12-03,D,lead

            """
        do {
            _ = try RotaFile.read(text, fileName: "rota.csv", hub: hub, month: Month(year: 2026, month: 12))
            Issue.record("a bad rota was read")
        } catch let errors as InputErrors {
            #expect(errors.errors.map(\.line) == [2, 3, 4, 5])
            #expect(errors.errors.map(\.field) == ["amhp_id", "date", "shift", "role"])
            #expect(errors.errors.allSatisfy { $0.file == "rota.csv" && !$0.fix.isEmpty })
            #expect(errors.errors[1].problem.contains("2026-12"))
        }
    }

    @Test func emptyRotaNeedsAMonth() throws {
        #expect(throws: InputErrors.self) {
            try RotaFile.read("amhp_id,date,shift\n", fileName: "rota.csv", hub: hub, month: nil)
        }
        let rota = try RotaFile.read("amhp_id,date,shift\n", fileName: "rota.csv", hub: hub, month: Month(year: 2026, month: 12))
        #expect(rota.assignments.isEmpty)
    }

    @Test func unknownColumnsAreErrors() {
        #expect(throws: InputErrors.self) {
            try RotaFile.read("amhp_id,date,shift,comment\nA1,2026-12-01,D,x\n", fileName: "rota.csv", hub: hub, month: nil)
        }
    }
}

import Testing
@testable import Workforce

/// `--previous ROTA.csv`: earlier months' rotas, each refused by file, line and fix when it is not
/// of an earlier month, repeats a month, or names an AMHP or shift the hub does not have.
@Suite struct PreviousRotaFilesTests {
    let hub: Hub
    static let january = Month(year: 2027, month: 1)!

    init() throws {
        hub = try TemporaryHub().load()
    }

    @Test func readsEarlierMonthsInTheOrderGiven() throws {
        let rotas = try PreviousRotaFiles.read([("out/2026-12/rota.csv", "amhp_id,date,shift\nA1,2026-12-31,N\n"),
                                                ("out/2026-11/rota.csv", "amhp_id,date,shift\nB1,2026-11-30,D\n")],
                                               hub: hub, month: Self.january)
        #expect(rotas.map(\.month.description) == ["2026-12", "2026-11"])
        #expect(rotas.first?.shift(of: "A1", on: LocalDate("2026-12-31")!) == "N")
    }

    @Test func refusesTheSameOrALaterMonthARepeatedMonthAndUnknownNames() throws {
        let files = [("jan.csv", "amhp_id,date,shift\nA1,2027-01-01,D\n"),
                     ("feb.csv", "amhp_id,date,shift\n\nA1,2027-02-01,D\n"),
                     ("dec.csv", "amhp_id,date,shift\nA1,2026-12-01,D\n"),
                     ("dec-again.csv", "amhp_id,date,shift\nB1,2026-12-02,D\n"),
                     ("nov.csv", "amhp_id,date,shift\nZ9,2026-11-01,D\nA1,2026-11-02,X\n"),
                     ("empty.csv", "amhp_id,date,shift\n")]
        let error = #expect(throws: InputErrors.self) { try PreviousRotaFiles.read(files, hub: hub, month: Self.january) }
        let lines = error?.errors.map(\.description) ?? []
        try #require(lines.count == 6, "\(lines)")
        #expect(lines[0] == "jan.csv, line 2, field date: the rota is for 2027-01, which is not before the month planned, 2027-01. Fix: give --previous only rotas of months before 2027-01.")
        #expect(lines[1] == "feb.csv, line 3, field date: the rota is for 2027-02, which is not before the month planned, 2027-01. Fix: give --previous only rotas of months before 2027-01.")
        #expect(lines[2] == "dec-again.csv, line 2, field date: dec.csv is already the rota for 2026-12. Fix: give --previous one rota for each earlier month.")
        #expect(lines[3].hasPrefix("nov.csv, line 2, field amhp_id: unknown AMHP id \"Z9\""))
        #expect(lines[4].hasPrefix("nov.csv, line 3, field shift:"))
        #expect(lines[5] == "empty.csv: the rota has no rows, so its month is unknown. Fix: give --previous the earlier month's rota.csv as the solver wrote it, or leave this file out.")
    }

    /// The zero case: no files, no rotas.
    @Test func noFilesReadNoRotas() throws {
        #expect(try PreviousRotaFiles.read([(path: String, text: String)](), hub: hub, month: Self.january).isEmpty)
    }
}

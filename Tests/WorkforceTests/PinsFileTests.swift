import Testing
@testable import Workforce

/// `pins.csv` (`amhp_id,date,shift`, an empty shift = off), read for `amhp rota --pins` and
/// `amhp replan --pins`: every bad row named by file, line and field, with the fix.
@Suite struct PinsFileTests {
    let hub: Hub
    let december = Month("2026-12")!

    init() throws {
        hub = try TemporaryHub().load()
    }

    @Test func readsShiftsAndOffPins() throws {
        let text = """
            amhp_id,date,shift
            A1,2026-12-14,N
            B1,2026-12-15,

            """
        let pins = try PinsFile.read(text, fileName: "pins.csv", hub: hub, month: december)
        #expect(pins == [Pin(amhpID: "A1", date: LocalDate("2026-12-14")!, shiftCode: "N"),
                         Pin(amhpID: "B1", date: LocalDate("2026-12-15")!, shiftCode: nil)])
    }

    @Test func anEmptyFileHasNoPins() throws {
        #expect(try PinsFile.read("amhp_id,date,shift\n", fileName: "pins.csv", hub: hub, month: december).isEmpty)
        #expect(try PinsFile.read("", fileName: "pins.csv", hub: hub, month: december).isEmpty)
    }

    @Test func everyBadRowIsNamedWithItsLineFieldAndFix() {
        let text = """
            amhp_id,date,shift
            Z9,2026-12-14,D
            A1,2026-12-14,X
            A1,2027-01-02,D
            B1,2026-12-10,D
            B1,2026-12-20,D
            B1,2026-12-20,
            A1,2026-12-21,any

            """
        do {
            _ = try PinsFile.read(text, fileName: "pins.csv", hub: hub, month: december, from: LocalDate("2026-12-14"))
            Issue.record("bad pins were read")
        } catch let errors as InputErrors {
            let found = errors.errors.map { "\($0.file):\($0.line ?? 0):\($0.field ?? "")" }
            #expect(found == ["pins.csv:2:amhp_id", "pins.csv:3:shift", "pins.csv:4:date", "pins.csv:5:date", "pins.csv:7:date", "pins.csv:8:shift"])
            #expect(errors.errors.allSatisfy { !$0.fix.isEmpty })
            #expect(errors.errors.first { $0.line == 7 }?.problem.contains("line 6") == true)
            #expect(errors.errors.first { $0.line == 5 }?.problem.contains("before the re-plan's first day") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

import Testing
import Workforce
@testable import Rostering

/// `CoordinatorChoice`: after solving, each shift's coordinator is named among those on it who can
/// coordinate that kind of shift, to whoever has coordinated least so far this month.
@Suite struct CoordinatorChoiceTests {
    /// Amy and Beth coordinate days and nights, Cara days only, Dora nights only, Eve nothing,
    /// Tara is Amy's trainee (with both flags set, which a trainee's role overrides).
    static let instance = RotaInstance(
        hub: Hub(amhps: [TestHubs.amhp("A", "Amy", isEducator: true), TestHubs.amhp("B", "Beth"),
                         TestHubs.person("C", "Cara", coordinatesNights: false), TestHubs.person("D", "Dora", coordinatesDays: false),
                         TestHubs.amhp("E", "Eve", coordinates: false),
                         TestHubs.person("T", "Tara", approval: nil, coordinatesDays: true, coordinatesNights: true, educator: "A")],
                 shiftTypes: [TestHubs.day, TestHubs.night], coverRules: TestHubs.cover([TestHubs.day, TestHubs.night], minimum: 0, target: 0)),
        month: TestHubs.december)

    static func rota(_ rows: [(String, Int, String)]) -> Rota {
        Rota(month: TestHubs.december, assignments: rows.map { Assignment(amhpID: $0.0, date: TestHubs.date($0.1), shiftCode: $0.2) })
    }

    static func mark(_ rows: [(String, Int, String)]) -> Rota {
        CoordinatorChoice.mark(rota(rows), instance: instance)
    }

    static func coordinators(_ rota: Rota, day: Int, _ shift: String) -> [String] {
        rota.assignments(on: TestHubs.date(day), shift: shift).filter(\.isCoordinator).map(\.amhpID)
    }

    @Test func exactlyOneCoordinatorPerShiftWhenSomeoneCan() {
        let rows = [("A", 1, "D"), ("B", 1, "D"), ("C", 1, "D"), ("E", 1, "D"), ("B", 2, "N"), ("D", 2, "N")]
        let marked = Self.mark(rows)
        #expect(Self.coordinators(marked, day: 1, "D").count == 1)
        #expect(Self.coordinators(marked, day: 2, "N").count == 1)
        // Nothing else changes: the same people on the same shifts.
        #expect(marked.assignments.map { Assignment(amhpID: $0.amhpID, date: $0.date, shiftCode: $0.shiftCode) } == Self.rota(rows).assignments)
    }

    @Test func theRoleGoesToWhoeverHasCoordinatedLeast() {
        // Amy and Beth work the day shift together on the 1st to the 4th: ties go by id, then the role alternates.
        let marked = Self.mark((1...4).flatMap { [("A", $0, "D"), ("B", $0, "D")] })
        #expect((1...4).map { Self.coordinators(marked, day: $0, "D") } == [["A"], ["B"], ["A"], ["B"]])
        // Amy coordinates alone on the 1st and 2nd; on the 3rd, with Beth, it is Beth's turn, and on the 4th still Beth's.
        let skewed = Self.mark([("A", 1, "D"), ("A", 2, "D"), ("A", 3, "D"), ("B", 3, "D"), ("A", 4, "D"), ("B", 4, "D")])
        #expect((1...4).map { Self.coordinators(skewed, day: $0, "D") } == [["A"], ["A"], ["B"], ["B"]])
    }

    @Test func nightsAndDaysAreCountedTogetherAcrossShifts() {
        // Beth coordinates the night of the 1st; on the 2nd's day shift with Amy, Amy has coordinated less.
        let marked = Self.mark([("B", 1, "N"), ("D", 1, "N"), ("A", 2, "D"), ("B", 2, "D")])
        #expect(Self.coordinators(marked, day: 1, "N") == ["B"])
        #expect(Self.coordinators(marked, day: 2, "D") == ["A"])
    }

    @Test func neverSomeoneWhoCannotCoordinateThatKindOfShift() {
        // Cara coordinates days only and Dora nights only: on a night Dora, on a day Cara, whoever is first by id.
        let marked = Self.mark([("C", 1, "N"), ("D", 1, "N"), ("C", 2, "D"), ("D", 2, "D"), ("A", 3, "D"), ("T", 3, "D")])
        #expect(Self.coordinators(marked, day: 1, "N") == ["D"])
        #expect(Self.coordinators(marked, day: 2, "D") == ["C"])
        // A trainee never coordinates, whatever their flags say.
        #expect(Self.coordinators(marked, day: 3, "D") == ["A"])
    }

    @Test func nobodyMarkedOnAShiftWithoutAnEligibleAMHP() {
        // Eve coordinates nothing, Cara no nights, Tara is a trainee.
        let marked = Self.mark([("E", 1, "D"), ("C", 1, "N"), ("E", 2, "N"), ("T", 3, "D"), ("E", 3, "D")])
        #expect(marked.assignments.count == 5)
        #expect(marked.assignments.allSatisfy { !$0.isCoordinator })
    }
}

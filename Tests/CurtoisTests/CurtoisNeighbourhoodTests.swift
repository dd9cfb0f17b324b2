import Testing
import Workforce
@testable import Curtois

/// The `chain` neighbourhood: someone who could take a short shift, then someone with minutes to spare.
struct CurtoisNeighbourhoodTests {
    /// Amy, Beth, Cara and Dee over a week; Saturday's day shift (day 5) is short.
    static let instance: CurtoisInstance = {
        let people = ["Amy", "Beth", "Cara", "Dee"].map { CurtoisFixtures.employee($0) }
        let cover = (0..<7).map { _ in CurtoisFixtures.shifts.map { _ in CurtoisInstance.Cover(requirement: 0, underWeight: 100, overWeight: 1) } }
        return CurtoisInstance(name: "chain", dayCount: 7, shifts: CurtoisFixtures.shifts, employees: people,
                               daysOff: people.map { _ in [] }, onRequests: [], offRequests: [], cover: cover)
    }()
    static let saturdayDay = (day: 5, shift: 0)

    /// Amy works Sunday with no weekend to spare (she may take Saturday: the same weekend); Beth has no
    /// weekend to spare and is off Sunday; Cara works Saturday already but has minutes to spare; Dee is
    /// off all week with a weekend to spare but no minutes.
    static let room: CurtoisNeighbourhood.Room = {
        var works = (0..<4).map { _ in [Bool](repeating: false, count: 7) }
        works[0][6] = true
        works[2][5] = true
        return CurtoisNeighbourhood.Room(minutes: [0, 0, 480, 0], weekends: [0, 0, 1, 1], works: works, shortestShift: 480)
    }()

    /// Draws neighbourhoods until one of `kind` comes (the kind is drawn at random).
    static func draw(_ kind: CurtoisNeighbourhood.Kind, room: CurtoisNeighbourhood.Room?, seed: UInt64 = 7,
                     attempts: Int = 200) -> [(employee: Int, days: Range<Int>)]? {
        var neighbourhood = CurtoisNeighbourhood(model: CurtoisModelBuilder.build(instance), initialSize: 200)
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<attempts {
            let choice = neighbourhood.choose(gaps: [saturdayDay], disagreements: [], canWork: { _, _, _ in true },
                                              room: room.map { fixed in { fixed } }, using: &generator)
            if choice.kind == kind { return choice.cells }
        }
        return nil
    }

    @Test func aWeekendDayIsAllowedOnlyWithAWeekendToSpareOrTheOtherDayWorked() {
        let room = Self.room
        #expect(room.weekendAllows(1, day: 2))  // Beth, a Wednesday
        #expect(room.weekendAllows(0, day: 5))  // Amy works that Sunday
        #expect(!room.weekendAllows(1, day: 5))  // Beth: no weekend left, Sunday off
        #expect(room.weekendAllows(3, day: 6))  // Dee: one to spare
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func theChainFreesATakerThenSomeoneWithMinutesToSpareOverTheWholeWeek(seed: UInt64) throws {
        let cells = try #require(Self.draw(.chain, room: Self.room, seed: seed))
        let order = cells.map(\.employee)
        #expect([0, 3].contains(order[0]), "first a taker: Amy or Dee, not \(order)")
        #expect(order[1] == 2, "then Cara, the only one with minutes to spare: \(order)")
        #expect([0, 3].contains(order[2]) && order[2] != order[0], "then the other taker: \(order)")
        #expect(order.last == 1, "Beth, who can neither take nor spare, comes last: \(order)")
        #expect(cells.allSatisfy { $0.days == 0..<7 })
    }

    /// On a longer horizon a chain frees four weeks that hold the short shift, not the whole horizon.
    @Test func onALongHorizonTheChainFreesFourWeeksRoundTheShortShift() throws {
        let people = ["Amy", "Beth"].map { CurtoisFixtures.employee($0) }
        let cover = (0..<56).map { _ in CurtoisFixtures.shifts.map { _ in CurtoisInstance.Cover(requirement: 0, underWeight: 100, overWeight: 1) } }
        let instance = CurtoisInstance(name: "eight weeks", dayCount: 56, shifts: CurtoisFixtures.shifts, employees: people,
                                       daysOff: [[], []], onRequests: [], offRequests: [], cover: cover)
        var neighbourhood = CurtoisNeighbourhood(model: CurtoisModelBuilder.build(instance), initialSize: 200)
        let room = CurtoisNeighbourhood.Room(minutes: [480, 480], weekends: [1, 1],
                                             works: [[Bool](repeating: false, count: 56), [Bool](repeating: false, count: 56)],
                                             shortestShift: 480)
        var generator = SeededGenerator(seed: 3)
        var chains = 0
        for _ in 0..<100 {
            let choice = neighbourhood.choose(gaps: [(day: 40, shift: 1)], disagreements: [], canWork: { _, _, _ in true },
                                              room: { room }, using: &generator)
            guard choice.kind == .chain else { continue }
            chains += 1
            for cell in choice.cells {
                #expect(cell.days.count == CurtoisNeighbourhood.chainDays && cell.days.contains(40), "\(cell.days)")
            }
        }
        #expect(chains > 0)
    }

    /// The room is read from the roster: Amy works Monday's day shift and Sunday's night, Beth nothing.
    @Test func theRoomCountsMinutesWeekendsAndDaysWorked() throws {
        let instance = CurtoisFixtures.tiny()
        let model = CurtoisModelBuilder.build(instance)
        var search = CurtoisSolver.Search(model: model, options: CurtoisSolveOptions())
        var roster = CurtoisRoster(for: instance)
        roster.add(0, employee: 0, day: 0)
        roster.add(1, employee: 0, day: 6)
        search.values = try #require(model.values(for: roster))
        let room = search.room()
        #expect(room.minutes == [10_000 - 480 - 600, 10_000])
        #expect(room.weekends == [1, 2])
        #expect(room.works[0] == [true, false, false, false, false, false, true])
        #expect(room.works[1] == [Bool](repeating: false, count: 7))
        #expect(room.shortestShift == 480)
    }

    /// Zero case: without the room (no shortfall, only cover over) the chain is never drawn.
    @Test func noChainWithoutRoom() {
        #expect(Self.draw(.chain, room: nil) == nil)
        #expect(Self.draw(.gap, room: nil) != nil)
    }
}

import Workforce

/// Who a generated hub employs and how busy their calendars are, drawn per seed so that solver
/// results are not tuned to one kind of hub: the share of NHS AMHPs and how many shifts they agree,
/// part-time, night-only and no-nights staff, how scarce coordinators are, trainees, the density of
/// leave, sickness and requests, and how much cover the hub asks for against its headcount.
///
/// Like `HubShape` it has its own stream of the seed, so the same seed always gives the same mix.
struct PeopleMix: Sendable, Equatable {
    /// Share of the AMHPs employed by NHS trusts (the rest are the council's).
    let nhsShare: Double
    /// The fewest and most shifts an NHS AMHP agrees a month.
    let nhsShifts: ClosedRange<Int>
    /// Share of the council's AMHPs on part-time contracts, and the FTEs they hold.
    let partTimeShare: Double
    let partTimeFTEs: [Double]
    /// Share of AMHPs who work only nights, and of the rest who work no nights.
    let nightOnlyShare: Double
    let noNightsShare: Double
    /// Share of AMHPs able to coordinate (days; nights only for the senior among them).
    let coordinatorShare: Double
    /// Trainees, each seated with a practice educator.
    let trainees: Int
    /// Chances, per AMHP and month, of a block of annual leave, of sickness and of a training day.
    let leaveChance: Double
    let sicknessChance: Double
    let trainingChance: Double
    /// The most shift requests an AMHP makes a month.
    let requestsPerMonth: Int
    /// Which of `coverTables` the hub asks for, and how much of it against headcount.
    let coverTable: Int
    let coverFactor: Double

    typealias Cover = (minimum: Double, target: Double)
    /// Reference cover for a hub of 40, per rota shift: (code, weekdays, other days). The first is
    /// a typical county hub; the second runs lean days and heavier nights; the third busy days.
    static let coverTables: [[(String, Cover, Cover)]] = [
        [("D", (3, 4), (2, 3)), ("L", (2, 3), (2, 2)), ("N", (2, 2), (2, 2))],
        [("D", (2, 3), (2, 2)), ("L", (2, 2), (1, 2)), ("N", (2, 3), (2, 3))],
        [("D", (4, 5), (3, 4)), ("L", (2, 3), (2, 3)), ("N", (2, 2), (2, 2))],
    ]

    private static let streamKey: UInt64 = 0x5045_4F50_4C45_4D58

    init(amhpCount: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed ^ Self.streamKey)
        nhsShare = Double.random(in: 0.05...0.55, using: &random)
        let fewest = Int.random(in: 1...4, using: &random)
        nhsShifts = fewest...(fewest + Int.random(in: 0...4, using: &random))
        partTimeShare = Double.random(in: 0.05...0.6, using: &random)
        partTimeFTEs = [[0.8, 0.6], [0.5, 0.4], [0.8, 0.6, 0.5], [0.9, 0.7, 0.4]].randomElement(using: &random) ?? [0.8, 0.6]
        nightOnlyShare = [0, 0.04, 0.08, 0.15].randomElement(using: &random) ?? 0.08
        noNightsShare = Double.random(in: 0.03...0.35, using: &random)
        coordinatorShare = Double.random(in: 0.15...0.8, using: &random)
        trainees = amhpCount >= 10 ? Int.random(in: 0...max(1, amhpCount / 10), using: &random) : 0
        leaveChance = Double.random(in: 0.12...0.55, using: &random)
        sicknessChance = Double.random(in: 0.02...0.18, using: &random)
        trainingChance = Double.random(in: 0.05...0.3, using: &random)
        requestsPerMonth = Int.random(in: 0...5, using: &random)
        coverTable = Int.random(in: 0..<Self.coverTables.count, using: &random)
        coverFactor = Double.random(in: 0.75...1.25, using: &random)
    }
}

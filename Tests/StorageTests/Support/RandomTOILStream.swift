import Workforce

/// A seeded stream of TOIL entries the ledger accepts: every kind people record, back-dated entries,
/// plans ahead and corrections, over several AMHPs and months. Refused candidates are dropped.
struct RandomTOILStream {
    let people: [String]
    private var random: SeededGenerator
    private(set) var ledger: TOILLedger
    private(set) var today: LocalDate
    private var step = 0

    init(seed: UInt64, people: Int = 8, start: LocalDate = LocalDate(year: 2025, month: 11, day: 1) ?? .today()) {
        self.people = (1...people).map { $0 < 10 ? "A0\($0)" : "A\($0)" }
        random = SeededGenerator(seed: seed)
        ledger = TOILLedger(amhpIDs: Set(self.people))
        today = start
    }

    /// The next `count` entries, each accepted by the ledger in turn.
    mutating func take(_ count: Int) -> [TOILEntry] {
        var entries: [TOILEntry] = []
        while entries.count < count {
            let candidate = makeCandidate()
            if (try? ledger.append(candidate)) != nil { entries.append(candidate) }
        }
        return entries
    }

    private mutating func makeCandidate() -> TOILEntry {
        step += 1
        // About a day every twelve entries: 5,000 entries span some fourteen months.
        if Int.random(in: 0..<12, using: &random) == 0 { today = today.adding(days: 1) }
        let amhp = people[Int.random(in: 0..<people.count, using: &random)]
        let date = Int.random(in: 0..<5, using: &random) == 0 ? today.adding(days: -Int.random(in: 1...40, using: &random)) : today
        let hours = TOILHours(hundredths: Int.random(in: 1...800, using: &random))
        let id = "r\(step)"
        func make(_ kind: TOILEntryKind, on day: LocalDate = date, approver: String? = nil) -> TOILEntry {
            TOILEntry(id: id, amhpID: amhp, kind: kind, date: day, hours: hours, reason: "Random \(kind.code)", recordedBy: "hr.test",
                      approvedBy: approver, recordedOn: today)
        }
        switch Int.random(in: 0..<20, using: &random) {
        case 0...5: return make(.accrued, approver: "Sam (TM)")
        case 6: return make(.bankHolidayWorked)
        case 7: return make(.opening)
        case 8: return make(.adjustment(.credit))
        case 9: return make(.adjustment(.debit))
        case 10...12: return make(.taken)
        case 13, 14: return make(.planned, on: today.adding(days: Int.random(in: 0...40, using: &random)))
        case 15: return make(.forfeited)
        case 16: return make(.paidOut)
        default:
            let candidates = ledger.entries.suffix(400).filter { $0.kind.correctedEntryID == nil && ledger.correction(of: $0.id) == nil }
            guard let target = candidates.randomElement(using: &random) else { return make(.accrued, approver: "Sam (TM)") }
            return TOILEntry.correction(of: target, id: id, reason: "Keyed in error", recordedBy: "hr.test", recordedOn: today)
        }
    }
}

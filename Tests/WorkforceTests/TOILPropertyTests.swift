import Testing
@testable import Workforce

/// Random and exhaustive sequences of operations, checked against the invariants and against simple oracles.
@Suite struct TOILPropertyTests {
    typealias F = TOILFixture

    static let people = ["A01", "A02", "A03"]
    static let start = LocalDate(year: 2026, month: 1, day: 1)!

    /// Random operations over a year on three AMHPs (back-dated entries, plans, corrections, expiry, and
    /// entries that must be refused): every accepted entry keeps the invariants, every refused one changes
    /// nothing, balances equal credits − debits with oldest-first lots, and no hour is ever lost.
    @Test(arguments: 0..<100)
    func randomOperationsKeepTheLedgerSound(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        var ledger = TOILLedger(amhpIDs: Set(Self.people))
        var today = Self.start
        var accepted = 0
        for step in 0..<90 {
            today = today.adding(days: Int.random(in: 0...4, using: &random))
            let candidates = Self.operation(step: step, today: today, ledger: ledger, random: &random)
            for entry in candidates {
                let before = ledger
                do {
                    try ledger.append(entry)
                    accepted += 1
                    #expect(ledger.entries == before.entries + [entry])
                } catch {
                    #expect(ledger == before, "refused \(entry.id) (\(error)) but the ledger changed")
                }
            }
            let violations = ledger.invariantViolations()
            #expect(violations == [], "seed \(seed), step \(step)")
            if !violations.isEmpty { return }
        }
        #expect(accepted > 30, "too few entries accepted to test anything (seed \(seed))")
        try Self.checkAgainstOracles(ledger, through: today.adding(days: 60))
    }

    /// One random operation: usually one entry, sometimes the entries expiry would append.
    static func operation(step: Int, today: LocalDate, ledger: TOILLedger, random: inout SeededGenerator) -> [TOILEntry] {
        let amhp = people.randomElement(using: &random)!
        let date = Bool.random(using: &random) && Int.random(in: 0..<4, using: &random) == 0
            ? today.adding(days: -Int.random(in: 1...40, using: &random)) : today
        let hours = TOILHours(hundredths: Int.random(in: 1...600, using: &random))
        let id = "s\(step)"
        func make(_ kind: TOILEntryKind, _ date: LocalDate = date, approver: String? = "Sam") -> TOILEntry {
            TOILEntry(id: id, amhpID: amhp, kind: kind, date: date, hours: hours, reason: "r", recordedBy: "hr",
                      approvedBy: approver, recordedOn: today)
        }
        switch Int.random(in: 0..<16, using: &random) {
        case 0...3: return [make(.accrued)]
        case 4: return [make(.bankHolidayWorked)]
        case 5...7: return [make(.taken)]
        case 8: return [make(.planned, today.adding(days: Int.random(in: 0...40, using: &random)))]
        case 9: return [make(Bool.random(using: &random) ? .forfeited : .paidOut)]
        case 10: return [make(.adjustment(Bool.random(using: &random) ? .credit : .debit))]
        case 11, 12:
            guard let target = ledger.entries.randomElement(using: &random) else { return [] }
            return [TOILEntry.correction(of: target, id: id, reason: "fix", recordedBy: "hr", recordedOn: today)]
        case 13:
            let expiry = TOILPolicy.Expiry.allCases.randomElement(using: &random)!
            let policy = TOILPolicy(capHours: 20, windowDays: Int.random(in: 10...90, using: &random), bankHolidayCreditHours: 7.4,
                                    expiry: expiry)
            return ledger.expire(asOf: today, policy: policy, recordedBy: "system") { "\(id)-\($0)" }
        case 14: return [make(.accrued, approver: nil), make(.taken, today.adding(days: 1))]
        default:
            let earlier = ledger.entries.last?.id ?? "none"
            return [TOILEntry(id: earlier, amhpID: amhp, kind: .taken, date: date, hours: hours, recordedBy: "hr", recordedOn: today),
                    TOILEntry(id: id, amhpID: amhp, kind: .taken, date: date, hours: .zero, recordedBy: "hr", recordedOn: today)]
        }
    }

    /// Balances on every fortnight equal credits − debits, lots are the credits with the consumed hours
    /// removed oldest first, months chain and balance, and the signed hours of all entries add up to the end balance.
    static func checkAgainstOracles(_ ledger: TOILLedger, through end: LocalDate) throws {
        var grandTotal = TOILHours.zero
        for amhp in people {
            let entries = ledger.entries(of: amhp)
            let counted = entries.filter(ledger.counts)
            for offset in stride(from: -45, through: start.days(to: end), by: 7) {
                let day = start.adding(days: offset)
                let balance = ledger.balance(of: amhp, asOf: day)
                let upToDay = counted.filter { $0.date <= day }
                #expect(balance.held == upToDay.map(\.ownSignedHours).sum(), "\(amhp) on \(day): accrued − consumed")
                #expect(balance.lots == fifoLots(upToDay), "\(amhp) on \(day): oldest hours used first")
                #expect(balance.planned >= .zero && balance.planned <= balance.held)
            }
            // Back-dated entries reach at most 40 days before the start, so nothing is held before November 2025.
            var month = Month(year: 2025, month: 11)!
            var opening = TOILHours.zero
            while month.firstDay <= end {
                let statement = ledger.statement(of: amhp, for: month)
                #expect(statement.balances && statement.opening == opening, "\(amhp) \(month)")
                opening = statement.closing
                month = Month(year: month.month == 12 ? month.year + 1 : month.year, month: month.month % 12 + 1)!
            }
            let held = ledger.balance(of: amhp, asOf: end).held
            #expect(entries.map(ledger.signedHours(of:)).sum() == held, "\(amhp): never lost")
            #expect(ledger.history(of: amhp).last?.heldAfter ?? .zero == held)
            grandTotal += held
        }
        #expect(ledger.entries.map(ledger.signedHours(of:)).sum() == grandTotal)
    }

    /// The oracle for oldest-first: credits in date order with the total consumed removed from the front.
    static func fifoLots(_ entries: [TOILEntry]) -> [TOILLot] {
        var consumed = entries.filter(\.isDebit).map(\.hours).sum()
        var lots: [TOILLot] = []
        let credits = entries.enumerated().filter { $0.element.isCredit }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        for credit in credits {
            let used = TOILHours.min(consumed, credit.hours)
            consumed -= used
            if used < credit.hours {
                lots.append(TOILLot(accrualDate: credit.date, hours: credit.hours - used, sourceEntryID: credit.id))
            }
        }
        return lots
    }

    // MARK: - Exhaustive sweep

    enum Step: CaseIterable {
        case accrueOne, accrueTwo, takeOne, takeTwo, planOneForTomorrow, forfeitOne
    }

    /// Every sequence of up to six steps, one a day: accepted exactly when a hand model of held hours
    /// and plans says the hours are available, with the model's balance afterwards.
    @Test func everyShortSequenceMatchesAHandModel() throws {
        var visited = 0
        func explore(_ ledger: TOILLedger, held: Int, plans: [(day: Int, hours: Int)], day: Int) throws {
            guard day < 6 else { return }
            for step in Step.allCases {
                var model = (held: held, plans: plans)
                var ledger = ledger
                let date = Self.start.adding(days: day)
                let entry: TOILEntry
                let allowed: Bool
                let planned = plans.map(\.hours).reduce(0, +)
                switch step {
                case .accrueOne, .accrueTwo:
                    let hours = step == .accrueOne ? 1 : 2
                    entry = F.accrued("d\(day)", date, TOILHours(hundredths: hours * 100))
                    allowed = true
                    model.held += hours
                case .takeOne, .takeTwo:
                    let hours = step == .takeOne ? 1 : 2
                    entry = F.taken("d\(day)", date, TOILHours(hundredths: hours * 100))
                    var release = hours
                    for index in model.plans.indices where model.plans[index].day <= day {
                        let used = min(release, model.plans[index].hours)
                        model.plans[index].hours -= used
                        release -= used
                    }
                    model.plans.removeAll { $0.hours == 0 }
                    allowed = hours <= held - model.plans.map(\.hours).reduce(0, +)
                    model.held -= hours
                case .planOneForTomorrow:
                    entry = F.planned("d\(day)", date.adding(days: 1), 1, recordedOn: date)
                    allowed = 1 <= held - planned
                    model.plans.append((day: day + 1, hours: 1))
                case .forfeitOne:
                    entry = F.entry("d\(day)", .forfeited, date, 1)
                    allowed = 1 <= held - planned
                    model.held -= 1
                }
                visited += 1
                let refusal = F.refusal(entry, to: ledger)
                #expect((refusal == nil) == allowed, "\(ledger.entries.map(\.id)) then \(step) on day \(day)")
                guard allowed, refusal == nil else { continue }
                try ledger.append(entry)
                let balance = ledger.balance(of: F.amy, asOf: date)
                #expect(balance.held == TOILHours(hundredths: model.held * 100))
                #expect(balance.planned == TOILHours(hundredths: model.plans.map(\.hours).reduce(0, +) * 100))
                #expect(ledger.invariantViolations() == [])
                try explore(ledger, held: model.held, plans: model.plans, day: day + 1)
            }
        }
        try explore(TOILLedger(), held: 0, plans: [], day: 0)
        #expect(visited > 1000)
    }
}

import Workforce

extension CheckContext {
    /// In a re-plan, each date from `from` on whose shift for this AMHP differs from the rota
    /// re-planned (another shift, a shift where there was none, none where there was one) costs
    /// `changed_cell`. Read from the rota's own rows, not from the model.
    func changedCells(_ amhp: AMHP) -> [Violation] {
        guard let baseline else { return [] }
        let weight = weight(.changedCell)
        guard weight != 0 else { return [] }
        let worked = Dictionary(grouping: shifts(of: amhp.id), by: \.date)
        return month.dates.filter(baseline.isOpen).compactMap { date in
            let before = baseline.shiftCode(of: amhp.id, on: date)
            let after = (worked[date] ?? []).map(\.shift.code)
            guard Set(after) != Set(before.map { [$0] } ?? []) else { return nil }
            let was = before.map { "the \(hub.shiftType($0).map(Wording.shift) ?? $0)" } ?? "off"
            let now = after.isEmpty ? "off" : "the " + (worked[date] ?? []).map { Wording.shift($0.shift) }.joined(separator: " and the ")
            return .soft(.changedCell, amhpID: amhp.id, date: date, shiftCode: after.first ?? before, penalty: weight,
                         "\(Wording.person(amhp)) was \(was) on \(Wording.day(date, calendar: calendar)) in the rota re-planned and is now \(now) (penalty \(Wording.number(weight))).")
        }
    }
}

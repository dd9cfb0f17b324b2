import Workforce

extension CheckContext {
    /// At most one shift per AMHP per date (docs/model.md, `one_shift_per_day`).
    func atMostOneShiftPerDay(_ amhp: AMHP) -> [Violation] {
        let byDate = Dictionary(grouping: shifts(of: amhp.id), by: \.date)
        return byDate.keys.sorted().compactMap { date in
            let worked = byDate[date] ?? []
            guard worked.count > 1 else { return nil }
            let list = worked.map { Wording.shift($0.shift) }.joined(separator: " and ")
            return .hard(.oneShiftPerDay, amhpID: amhp.id, date: date, shiftCode: nil,
                         "\(Wording.person(amhp)) has \(worked.count) shifts on \(Wording.day(date, calendar: calendar)) (\(list)); an AMHP works at most one shift a day.")
        }
    }
}

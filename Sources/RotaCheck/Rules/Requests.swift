import Workforce

extension CheckContext {
    /// A request (`requests.csv`) for a date in the month that the rota does not honour costs
    /// `request_not_met` × the request's own weight (1 to 10).
    func requestsNotMet(_ amhp: AMHP) -> [Violation] {
        let weight = weight(.requestNotMet)
        return requestsInMonth(of: amhp).filter { !isHonoured($0) }.map { request in
            let penalty = weight * Double(request.weight)
            return .soft(.requestNotMet, amhpID: amhp.id, date: request.date, shiftCode: request.shiftCode, penalty: penalty,
                         "\(Wording.person(amhp)) asked \(wish(request)) (weight \(request.weight)) but \(outcome(request)) (penalty \(Wording.number(penalty))).")
        }
    }

    /// Requests for dates in the month, in file order; requests for other months are not this rota's business.
    func requestsInMonth(of amhp: AMHP) -> [ShiftRequest] {
        hub.requests.filter { $0.amhpID == amhp.id && month.range.contains($0.date) }
    }

    /// Whether the day's shifts honour a request; with several shifts on a day (a hard breach already),
    /// "want" needs one of them to match and "avoid" needs all of them to.
    func isHonoured(_ request: ShiftRequest) -> Bool {
        let codes = shifts(of: request.amhpID).filter { $0.date == request.date }.map(\.shift.code)
        guard !codes.isEmpty else { return request.isMet(byShift: nil) }
        switch request.preference {
        case .want: return codes.contains { request.isMet(byShift: $0) }
        case .avoid: return codes.allSatisfy { request.isMet(byShift: $0) }
        }
    }

    private func wish(_ request: ShiftRequest) -> String {
        let day = Wording.day(request.date, calendar: calendar)
        let shift = request.shiftCode.map { hub.shiftType($0).map(Wording.shift) ?? $0 }
        switch (request.preference, shift) {
        case (.want, nil): return "to work on \(day)"
        case (.want, let wanted?): return "for the \(wanted) on \(day)"
        case (.avoid, nil): return "for \(day) off"
        case (.avoid, let avoided?): return "not to work the \(avoided) on \(day)"
        }
    }

    private func outcome(_ request: ShiftRequest) -> String {
        let worked = shifts(of: request.amhpID).filter { $0.date == request.date }
        guard !worked.isEmpty else { return "is not rostered that day" }
        return "is rostered on the " + worked.map { Wording.shift($0.shift) }.joined(separator: " and the ")
    }
}

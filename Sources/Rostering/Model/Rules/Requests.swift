import LinearProgramming
import Workforce

extension RotaModel {
    /// Requests (priority 9): each request not honoured costs its own weight (1 to 10) × the rule's weight.
    /// Want a shift: 1 − x; want to work: 1 − Σx; avoid a shift: x; a day off: Σx.
    mutating func addRequests() {
        for request in instance.hub.requests {
            guard let a = instance.amhpIndex(request.amhpID), instance.month.range.contains(request.date) else { continue }
            let d = instance.month.firstDay.days(to: request.date)
            let options = variables(a, day: d).filter { option in
                request.shiftCode.map { instance.shifts[option.shift].code == $0 } ?? true
            }
            let worked = LinearExpression.sum(options.map(\.variable))
            let breach: LinearExpression
            switch request.preference {
            case .want:
                var missed = LinearExpression(constant: 1)
                missed.add(worked, scaledBy: -1)
                breach = missed
            case .avoid:
                breach = worked
            }
            addPenalty(.requestNotMet, breach, scale: Double(request.weight), person: a, day: d)
        }
    }
}

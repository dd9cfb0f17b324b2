import Workforce

extension CheckContext {
    /// Splits the rota into rows the rules can read and rows they cannot.
    ///
    /// A row naming an unknown AMHP or shift, or dated outside the month, is a hard error
    /// (docs/model.md, after the hard-rule table) and is left out of every other rule, since
    /// nothing else about it can be trusted.
    static func readRows(_ rota: Rota, hub: Hub, month: Month) -> (readable: [RosteredShift], unreadable: [Violation]) {
        var readable: [RosteredShift] = []
        var unreadable: [Violation] = []
        for assignment in rota.assignments {
            let amhp = hub.amhp(assignment.amhpID)
            let shift = hub.shiftType(assignment.shiftCode)
            let who = amhp.map(Wording.person) ?? "\"\(assignment.amhpID)\""
            if amhp == nil {
                unreadable.append(.hard(.unknownAMHP, amhpID: assignment.amhpID, date: assignment.date,
                                        shiftCode: assignment.shiftCode,
                                        "The rota names an AMHP \"\(assignment.amhpID)\" on \(assignment.date) (shift \(assignment.shiftCode)) who is not in the hub's list of AMHPs."))
            }
            if shift == nil {
                let known = hub.shiftTypes.map(\.code).joined(separator: ", ")
                unreadable.append(.hard(.unknownShift, amhpID: assignment.amhpID, date: assignment.date,
                                        shiftCode: assignment.shiftCode,
                                        "The rota gives \(who) a shift \"\(assignment.shiftCode)\" on \(assignment.date) that is not one of the hub's shift types (\(known))."))
            }
            if !month.range.contains(assignment.date) {
                unreadable.append(.hard(.dateOutsideMonth, amhpID: assignment.amhpID, date: assignment.date,
                                        shiftCode: assignment.shiftCode,
                                        "The rota gives \(who) shift \(assignment.shiftCode) on \(assignment.date), which is outside the month \(month) being checked."))
            }
            if let amhp, let shift, month.range.contains(assignment.date) {
                readable.append(RosteredShift(assignment: assignment, amhp: amhp, shift: shift))
            }
        }
        return (readable, unreadable)
    }
}

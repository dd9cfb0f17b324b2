extension Hub {
    /// This hub with other absences.
    public func replacing(absences: [Absence]) -> Hub {
        Hub(amhps: amhps, shiftTypes: shiftTypes, coverRules: coverRules, absences: absences, requests: requests, toil: toil,
            history: history, carryIn: carryIn, carryInCompleteFrom: carryInCompleteFrom, rules: rules)
    }

    /// This hub with other shift requests.
    public func replacing(requests: [ShiftRequest]) -> Hub {
        Hub(amhps: amhps, shiftTypes: shiftTypes, coverRules: coverRules, absences: absences, requests: requests, toil: toil,
            history: history, carryIn: carryIn, carryInCompleteFrom: carryInCompleteFrom, rules: rules)
    }

    /// This hub with other shift types, cover rules and rules (the rota settings a manager edits).
    public func replacing(shiftTypes: [ShiftType], coverRules: [CoverRule], rules: HubRules) -> Hub {
        Hub(amhps: amhps, shiftTypes: shiftTypes, coverRules: coverRules, absences: absences, requests: requests, toil: toil,
            history: history, carryIn: carryIn, carryInCompleteFrom: carryInCompleteFrom, rules: rules)
    }

    /// This hub with other TOIL plans.
    public func replacing(toil: [TOILPlan]) -> Hub {
        Hub(amhps: amhps, shiftTypes: shiftTypes, coverRules: coverRules, absences: absences, requests: requests, toil: toil,
            history: history, carryIn: carryIn, carryInCompleteFrom: carryInCompleteFrom, rules: rules)
    }

    /// This hub with another opening position: fairness history and the shifts before the month.
    public func replacing(history: [FairnessHistory], carryIn: [Assignment], carryInCompleteFrom: LocalDate?) -> Hub {
        Hub(amhps: amhps, shiftTypes: shiftTypes, coverRules: coverRules, absences: absences, requests: requests, toil: toil,
            history: history, carryIn: carryIn, carryInCompleteFrom: carryInCompleteFrom, rules: rules)
    }
}

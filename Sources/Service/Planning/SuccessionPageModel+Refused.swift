extension SuccessionPageModel {
    /// The form as the lead typed it when a value was refused: every value kept as typed, each
    /// refusal's reason beside its field, and no report.
    init(typedAsOf: String?, typedSimulations: String?, failure: ServiceFailure) {
        let message = ([failure.message] + failure.problems.map { "\($0.field): \($0.message)" }).joined(separator: " ")
        self.init(query: SuccessionQuery(asOf: ServiceClock.today), error: message)
        asOf = String((typedAsOf ?? "").prefix(SufficiencyPageModel.typedLimit))
        simulations = String((typedSimulations ?? "").prefix(SufficiencyPageModel.typedLimit))
        for problem in failure.problems {
            switch problem.field {
            case "as_of": asOfError = problem.message
            case "simulations": simulationsError = problem.message
            default: continue
            }
        }
    }
}

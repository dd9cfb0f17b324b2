import Planning

extension SufficiencyPageModel {
    /// The most of a refused value shown back in the form.
    static let typedLimit = 200

    /// The form as the lead typed it when a value was refused: every value kept as typed (so
    /// nothing has to be typed again), each refusal's reason beside its field, and no report.
    init(typedMonth: String?, typedDemandChange: String?, typedAssumptions: [SufficiencyAssumption: String] = [:], failure: ServiceFailure) {
        let message = ([failure.message] + failure.problems.map { "\($0.field): \($0.message)" }).joined(separator: " ")
        self.init(query: SufficiencyQuery(), error: message)
        month = String((typedMonth ?? "").prefix(Self.typedLimit))
        demandChange = String((typedDemandChange ?? "").prefix(Self.typedLimit))
        assumptions = AssumptionField.fields { String((typedAssumptions[$0] ?? "").prefix(Self.typedLimit)) }
        for problem in failure.problems {
            switch problem.field {
            case "month": monthError = problem.message
            case "demand_change": demandChangeError = problem.message
            default:
                if let index = assumptions.firstIndex(where: { $0.key == problem.field }) { assumptions[index].error = problem.message }
            }
        }
        openAssumptions()
    }
}

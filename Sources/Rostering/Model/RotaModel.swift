import LinearProgramming
import Workforce

/// The rota as a MIP: the linear model plus the maps from its variables back to the rota.
public struct RotaModel: Sendable {
    public internal(set) var linear: LinearModel
    public let instance: RotaInstance
    /// `assignment[a][d][s]`: x = 1 when AMHP `a` works shift `s` on day `d`; nil when they may not.
    public internal(set) var assignment: [[[Variable?]]]
    /// `restDay[a][dayOffset]`: 1 when the day counts as a weekly rest day (day offsets may be negative).
    public internal(set) var restDay: [[Int: Variable]]
    /// `worksNights[a]`: 1 when AMHP `a` works a night this month, so the night-worker cap binds
    /// (only for those whose night-worker cap is below every other cap on their hours).
    public internal(set) var worksNights: [Int: Variable] = [:]
    /// `coverTarget[d][s]`: the slacks of the target row of day `d` and rota shift `s` (nil on a duty
    /// shift): count + under − over = target. The fair shares' rounding cuts bound each pool's total by them.
    var coverTarget: [[CoverTargetSlack?]] = []
    /// Each LA AMHP's contract row (`contract(id)`): hours + toil + under − over = goal, in hours.
    var contractSlack: [Int: CommitmentSlack] = [:]
    /// Each NHS AMHP's agreement row (`nhsCommitment(id)`): shifts + under − over = goal, in shifts.
    var agreementSlack: [Int: CommitmentSlack] = [:]
    /// Each soft rule's penalty as an expression.
    public internal(set) var penaltyTerms: [SoftRule: LinearExpression]
    /// Each AMHP's own penalties (hours, commitments, fairness, requests), to aim the search.
    var personalPenalties: [LinearExpression]
    /// Each day's cover penalties, to aim the search.
    var dailyPenalties: [LinearExpression]

    struct CoverTargetSlack: Sendable {
        let target: Double
        let under: Variable
        let over: Variable
    }

    struct CommitmentSlack: Sendable {
        let goal: Double
        let over: Variable
    }

    init(instance: RotaInstance) {
        self.instance = instance
        linear = LinearModel(name: "rota")
        assignment = []
        restDay = Array(repeating: [:], count: instance.amhps.count)
        penaltyTerms = Dictionary(uniqueKeysWithValues: SoftRule.allCases.map { ($0, LinearExpression()) })
        personalPenalties = Array(repeating: LinearExpression(), count: instance.amhps.count)
        dailyPenalties = Array(repeating: LinearExpression(), count: instance.dayCount)
    }

    /// Adds the rule's weight × `scale` × `expression` to the rule's penalty (and so to the objective).
    /// `person` and `day` say whose or which day's penalty it is, when it is one person's or one day's.
    mutating func addPenalty(_ rule: SoftRule, _ expression: LinearExpression, scale: Double = 1, person: Int? = nil, day: Int? = nil) {
        let weight = instance.hub.rules.weights[rule] * scale
        guard weight != 0 else { return }
        penaltyTerms[rule, default: LinearExpression()].add(expression, scaledBy: weight)
        linear.objective.add(expression, scaledBy: weight)
        if let person { personalPenalties[person].add(expression, scaledBy: weight) }
        if let day { dailyPenalties[day].add(expression, scaledBy: weight) }
    }

    /// Every assignment variable that exists for AMHP `a` on day `d` (empty when off by eligibility).
    func variables(_ a: Int, day d: Int) -> [(shift: Int, variable: Variable)] {
        guard d >= 0 && d < instance.dayCount else { return [] }
        return assignment[a][d].enumerated().compactMap { s, v in v.map { (s, $0) } }
    }

    /// Reads a rota from a solution vector, marking one coordinator per shift where someone can.
    public func rota(from values: [Double]) -> Rota {
        var assignments: [Assignment] = []
        for a in instance.amhps.indices {
            for d in 0..<instance.dayCount {
                for (s, variable) in variables(a, day: d) where values[variable.index] > 0.5 {
                    assignments.append(Assignment(amhpID: instance.amhps[a].id, date: instance.dates[d],
                                                  shiftCode: instance.shifts[s].code))
                }
            }
        }
        return CoordinatorChoice.mark(Rota(month: instance.month, assignments: assignments), instance: instance)
    }

    /// Each soft rule's penalty under a solution.
    public func penalties(_ values: [Double]) -> [SoftRule: Double] {
        penaltyTerms.mapValues { $0.value(values) }
    }

    /// How many soft breaches a solution has: the penalised variables with a value, each counted
    /// once (a short shift, an unmet request, a fairness deviation), for the manager's progress bar.
    public func softBreaches(_ values: [Double]) -> Int {
        var broken = Set<Int>()
        for term in penaltyTerms.values {
            for (variable, coefficient) in zip(term.variables, term.coefficients)
            where coefficient > 0 && variable.index < values.count && values[variable.index] > 1e-6 {
                broken.insert(variable.index)
            }
        }
        return broken.count
    }
}

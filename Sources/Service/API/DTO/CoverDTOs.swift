import RotaReports
import Vapor
import Workforce

/// "Who can cover" one shift: who is on it, who may take it cheapest first, who cannot and why.
struct CoverOptionsDTO: Content {
    let date: String
    let shift: String
    let shiftName: String
    let assigned: Int
    let minimum: Int
    let shortBy: Int
    let onShift: [CoverPersonDTO]
    let candidates: [CoverCandidateDTO]
    let cannot: [CoverRefusalDTO]

    init(_ options: CoverOptions, hub: Hub) {
        date = "\(options.date)"
        shift = options.shiftCode
        shiftName = options.shiftName
        assigned = options.assigned
        minimum = options.minimum
        shortBy = options.shortBy
        onShift = options.onShift.map { CoverPersonDTO(amhpID: $0, name: hub.amhp($0)?.name ?? $0) }
        candidates = options.candidates.map { CoverCandidateDTO(amhpID: $0.amhpID, name: $0.name, effect: $0.effect) }
        cannot = options.cannot.map(CoverRefusalDTO.init)
    }
}

struct CoverPersonDTO: Content {
    let amhpID: String
    let name: String
}

/// An AMHP who may take the shift: the change in the checker's objective, and the soft rules it strains.
struct CoverCandidateDTO: Content {
    let amhpID: String
    let name: String
    let objectiveChange: Double
    let strains: [RuleStrainDTO]

    init(amhpID: String, name: String, effect: ChangeEffect) {
        self.amhpID = amhpID
        self.name = name
        objectiveChange = effect.objectiveChange
        strains = effect.strains.map(RuleStrainDTO.init)
    }
}

/// An AMHP who cannot take the shift: the reason in words, and the hard rule when one is the reason.
struct CoverRefusalDTO: Content {
    let amhpID: String
    let name: String
    let reason: String
    let rule: String?
    let message: String?

    init(_ candidate: ShortfallExplanation.Candidate) {
        amhpID = candidate.amhpID
        name = candidate.name
        reason = candidate.reason.phrase
        if case .hardRule(let broken, let text) = candidate.reason {
            rule = broken.key
            message = text
        } else {
            rule = nil
            message = nil
        }
    }
}

struct RuleStrainDTO: Content {
    let rule: String
    let penaltyChange: Double

    init(_ strain: ChangeEffect.Strain) {
        rule = strain.rule.key
        penaltyChange = strain.penaltyChange
    }
}

struct BrokenRuleDTO: Content {
    let rule: String
    let message: String
}

/// The picker's choices for one cell: each shift type and off, with what it would break or cost.
struct CellChoicesDTO: Content {
    let amhpID: String
    let date: String
    /// The shift in the cell now, or nil for off.
    let current: String?
    let choices: [CellChoiceDTO]
}

struct CellChoiceDTO: Content {
    /// The shift code, or nil for off.
    let shift: String?
    /// Hard rules the choice would newly break; empty when it is legal.
    let breaks: [BrokenRuleDTO]
    let objectiveChange: Double
    let strains: [RuleStrainDTO]

    init(_ effect: ChangeEffect) {
        shift = effect.choice.shiftCode
        breaks = effect.newHardViolations.map { BrokenRuleDTO(rule: $0.rule, message: $0.message) }
        objectiveChange = effect.objectiveChange
        strains = effect.strains.map(RuleStrainDTO.init)
    }
}

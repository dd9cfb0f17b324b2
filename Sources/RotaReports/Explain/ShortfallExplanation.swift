import Workforce

/// Why a shift is short: for every AMHP who counts towards cover, the reason they are not on it.
public struct ShortfallExplanation: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case notApproved(String)
        case absent(Absence.Kind, note: String)
        case doesNotWorkNights
        case worksOnlyNights
        case onAnotherShift(shiftName: String)
        /// A trainee: on a shift only beside their practice educator, and never counted towards cover.
        case doesNotCountTowardsCover
        /// Working this shift would break a hard rule; the checker's sentence says which.
        case hardRule(HardRule, message: String)
        /// Free and within the law, but the rota would then exceed their contract or commitment.
        case atCommitment(String)
        /// Free, within the law and under contract: the search left them off (time limit or weights).
        case couldHaveWorked
    }

    public struct Candidate: Sendable, Hashable {
        public let amhpID: String
        public let name: String
        public let reason: Reason
    }

    public let date: LocalDate
    public let shiftCode: String
    public let shiftName: String
    public let minimum: Int
    public let assigned: Int
    /// Also (or only) missing a coordinator.
    public let missingCoordinator: Bool
    public let candidates: [Candidate]

    public var shortBy: Int { max(0, minimum - assigned) }
}

extension ShortfallExplanation.Reason {
    /// A short phrase for reports: "annual leave", "daily rest (WTR reg. 10)".
    public var phrase: String {
        switch self {
        case .notApproved(let detail): detail
        case .absent(let kind, _): switch kind {
            case .annual: "annual leave"
            case .sickness: "sick"
            case .training: "training"
            case .toil: "taking TOIL"
            case .other: "absent"
            }
        case .doesNotWorkNights: "does not work nights"
        case .worksOnlyNights: "works nights only"
        case .onAnotherShift(let name): "on the \(name.lowercased()) shift"
        case .doesNotCountTowardsCover: "a trainee, who does not count towards cover"
        case .hardRule(let rule, _): rule.shortfallPhrase
        case .atCommitment: "at their contracted hours or agreed shifts"
        case .couldHaveWorked: "could have worked"
        }
    }

    /// Groups reasons for a one-line summary ("annual leave: 6").
    public var category: String {
        switch self {
        case .hardRule(let rule, _): "hard:\(rule.rawValue)"
        case .absent(let kind, _): "absent:\(kind.rawValue)"
        case .onAnotherShift: "another shift"
        case .atCommitment: "at commitment"
        default: phrase
        }
    }
}

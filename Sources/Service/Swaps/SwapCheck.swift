import Foundation
import RotaCheck
import Storage
import Workforce

/// What the independent checker finds in the published rota with a swap's exchange made: the
/// hard and soft rules it newly breaks (a breach the rota had already is not the swap's), or why
/// the rota no longer holds the shifts. The manager sees this before approving.
struct SwapFindings: Sendable {
    struct Finding: Hashable, Sendable {
        let rule: String
        let severity: Severity
        let amhpID: String?
        let date: LocalDate?
        let message: String
    }

    /// Hard rules the exchange breaks that the published rota keeps.
    let hard: [Finding]
    /// Soft rules it newly strains (cover, fairness, requests...).
    let soft: [Finding]
    /// Why the published rota no longer holds the shifts; nil when it does.
    let stale: String?
    /// The published version checked against.
    let version: Int?

    var breaksHardRules: Bool { !hard.isEmpty }
}

enum SwapCheck {
    /// Checks `rota` (the month's published rota) with the swap's exchange made, against `hub`
    /// (chained to the months before).
    static func findings(of swap: SwapRecord, published: SavedRota, hub: Hub) -> SwapFindings {
        if let stale = SwapExchange.mismatch(of: swap, in: published.rota, hub: hub) {
            return SwapFindings(hard: [], soft: [], stale: stale, version: published.record.version)
        }
        guard let after = SwapExchange.assignments(after: swap, in: published.rota) else {
            return SwapFindings(hard: [], soft: [], stale: nil, version: published.record.version)
        }
        let checker = RotaChecker(hub: hub, month: published.record.month)
        let before = Set(checker.check(published.rota).violations.map(Key.init))
        let report = checker.check(Rota(month: published.record.month, assignments: after))
        let new = report.violations.filter { !before.contains(Key($0)) }.map {
            SwapFindings.Finding(rule: $0.rule, severity: $0.severity, amhpID: $0.amhpID, date: $0.date, message: $0.message)
        }
        return SwapFindings(hard: new.filter { $0.severity == .hard }, soft: new.filter { $0.severity == .soft }, stale: nil,
                            version: published.record.version)
    }

    /// A breach by what it is about, not its wording: a rolling rule's message carries numbers
    /// that move with the change although the breach is one the rota had already.
    private struct Key: Hashable {
        let rule: String
        let amhpID: String?
        let date: LocalDate?
        let shiftCode: String?

        init(_ violation: Violation) {
            (rule, amhpID, date, shiftCode) = (violation.rule, violation.amhpID, violation.date, violation.shiftCode)
        }
    }
}

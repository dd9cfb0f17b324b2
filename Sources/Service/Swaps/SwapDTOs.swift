import Foundation
import RotaCheck
import Storage
import Vapor
import Workforce

/// A swap request as the API writes it (`Swap` in /openapi.json).
struct SwapDTO: Content {
    let id: UUID
    let month: String
    let kind: String
    let status: String
    let offererID: String
    let offererName: String
    let date: String
    let shift: String
    let colleagueID: String?
    let colleagueName: String?
    let theirDate: String?
    let theirShift: String?
    let notes: String
    let createdBy: String
    let createdAt: Date
    let updatedAt: Date
    let acceptedBy: String?
    let acceptedAt: Date?
    let decidedBy: String?
    let decidedAt: Date?
    let decisionNote: String?
    let overrode: Bool
    let basedOn: UUID
    let versionID: UUID?

    init(_ swap: SwapRecord, hub: Hub) {
        (id, month, kind, status) = (swap.id, "\(swap.month)", swap.kind.rawValue, swap.status.rawValue)
        (offererID, offererName) = (swap.offered.amhpID, hub.amhp(swap.offered.amhpID)?.name ?? swap.offered.amhpID)
        (date, shift) = ("\(swap.offered.date)", swap.offered.shiftCode)
        colleagueID = swap.colleagueID
        colleagueName = swap.colleagueID.map { hub.amhp($0)?.name ?? $0 }
        (theirDate, theirShift) = (swap.wanted.map { "\($0.date)" }, swap.wanted?.shiftCode)
        (notes, createdBy, createdAt, updatedAt) = (swap.notes, swap.createdBy, swap.createdAt, swap.updatedAt)
        (acceptedBy, acceptedAt, decidedBy, decidedAt) = (swap.acceptedBy, swap.acceptedAt, swap.decidedBy, swap.decidedAt)
        (decisionNote, overrode, basedOn, versionID) = (swap.decisionNote, swap.overrode, swap.basedOn, swap.versionID)
    }
}

/// `POST /api/swaps`: offer one of my shifts, or ask a named colleague to exchange it for one of theirs.
struct NewSwapDTO: Content {
    let kind: String?
    let date: String?
    let shift: String?
    let colleagueID: String?
    let theirDate: String?
    let theirShift: String?
    let notes: String?
}

/// `decline` and `reject`: why.
struct SwapDecisionDTO: Content {
    let note: String?
}

/// `approve`: the manager's note, and the tick that approves an exchange breaking a hard rule.
struct SwapApprovalDTO: Content {
    let note: String?
    let override: Bool?
}

/// `GET /api/swaps/{id}/check`: the checker's findings on the published rota with the exchange made.
struct SwapCheckDTO: Content {
    struct Finding: Content {
        let rule: String
        let severity: String
        let amhpID: String?
        let date: String?
        let message: String
    }

    let swapID: UUID
    /// The published version checked.
    let version: Int?
    /// Why the published rota no longer holds the shifts (the swap cannot be approved); null when it does.
    let stale: String?
    let breaksHardRules: Bool
    let hard: [Finding]
    let soft: [Finding]

    init(swapID: UUID, _ findings: SwapFindings) {
        (self.swapID, version, stale, breaksHardRules) = (swapID, findings.version, findings.stale, findings.breaksHardRules)
        hard = findings.hard.map(Self.finding)
        soft = findings.soft.map(Self.finding)
    }

    private static func finding(_ finding: SwapFindings.Finding) -> Finding {
        Finding(rule: finding.rule, severity: finding.severity.rawValue, amhpID: finding.amhpID, date: finding.date.map { "\($0)" },
                message: finding.message)
    }
}

/// `POST /api/swaps/{id}/approve`: the swap approved and the rota version it made.
struct SwapApprovedDTO: Content {
    let swap: SwapDTO
    let rota: RotaSummaryDTO
}

extension SwapError {
    /// The refusal as the service answers it: 404 for an unknown request, 409 for one in the wrong state.
    var abort: Abort {
        switch self {
        case .unknownSwap: Abort(.notFound, reason: description)
        case .wrongStatus: Abort(.conflict, reason: description)
        }
    }
}

import Foundation
import RotaReports
import Storage
import Workforce

/// What `cover.leaf` shows: one shift's candidates ranked by what assigning them would cost, and
/// who cannot take it and why. A manager on a draft gets an Assign button per candidate, which makes
/// the grid's own cell edit (PUT /api/rotas/{id}/assignments) and returns to the grid re-checked.
struct CoverPageView: Encodable {
    struct Candidate: Encodable {
        let rank: Int
        let amhpID: String
        let name: String
        /// "+12.5", "-50", "0".
        let change: String
        /// "cover_above_target +10, unfair_nights +2.5", or "none".
        let strains: String
    }

    struct Refusal: Encodable {
        let amhpID: String
        let name: String
        let reason: String
        /// The checker's sentence when a hard rule is the reason; empty otherwise.
        let detail: String
    }

    let rotaID: String
    let monthName: String
    let status: String
    let date: String
    let shift: String
    let heading: String
    let cover: String
    let onShift: String
    /// A manager on a draft: each candidate has an Assign button.
    let canAssign: Bool
    /// A published rota: why there is no Assign button yet.
    let publishedNote: String?
    let candidates: [Candidate]
    let cannot: [Refusal]

    init(_ options: CoverOptions, rota: SavedRotaSummary, hub: Hub, canAssign: Bool) {
        rotaID = rota.id
        monthName = rota.monthName
        status = rota.status
        date = "\(options.date)"
        shift = options.shiftCode
        heading = "Who can cover \(options.shiftName) (\(options.shiftCode)) on \(PageText.day("\(options.date)"))"
        cover = "\(options.assigned) on the shift, minimum \(options.minimum)" + (options.shortBy > 0 ? ": short by \(options.shortBy)." : ".")
        onShift = options.onShift.isEmpty ? "nobody"
            : options.onShift.map { id in "\(hub.amhp(id)?.name ?? id) (\(id))" }.joined(separator: ", ")
        self.canAssign = canAssign && rota.status != RotaStatus.superseded.rawValue
        publishedNote = switch rota.status {
        case RotaStatus.published.rawValue:
            "This rota is published: Assign makes its next version at once, and the AMHP sees the change."
        case RotaStatus.superseded.rawValue: "This version has been superseded; cover the shift on the month's published rota."
        default: nil
        }
        candidates = options.candidates.enumerated().map { index, candidate in
            Candidate(rank: index + 1, amhpID: candidate.amhpID, name: candidate.name,
                      change: CoverText.change(candidate.effect.objectiveChange), strains: CoverText.strains(candidate.effect))
        }
        cannot = options.cannot.map { person in
            let detail: String
            if case .hardRule(_, let message) = person.reason { detail = message } else { detail = "" }
            return Refusal(amhpID: person.amhpID, name: person.name, reason: person.reason.phrase, detail: detail)
        }
    }

    /// The few facts of the stored rota the page names.
    struct SavedRotaSummary {
        let id: String
        let monthName: String
        let status: String
    }
}

import Foundation
import RotaCheck
import Storage
import Workforce

/// A change a published version made to one AMHP's shifts: what the notices on /my, the
/// `GET /api/my/changes` route and the e-mail of changes all list.
struct ShiftNotice: Hashable, Sendable {
    let month: Month
    /// The version that made the change, and why (`RotaChangeKind`, the reason in words).
    let version: Int
    let kind: RotaChangeKind
    let reason: String
    /// When that version was published.
    let at: Date
    let date: LocalDate
    /// The shift codes before and after, "*" marking a coordinator; nil for none.
    let before: String?
    let after: String?
}

/// Works out an AMHP's notices from the stored versions: each version after the first, compared
/// cell by cell with the one it replaced (`RotaDiff`, coordinators included).
///
/// Notices are derived, not stored as rows when a version is published: the versions already hold
/// every change, so a notice cannot disagree with the rota, and a version made by any path (an
/// absence, cover, a re-plan) needs no extra write. Only when each user last looked is stored
/// (`users.changes_seen_at`).
enum ShiftNotices {
    /// The most notices /my and the API list.
    static let limit = 50

    /// The changes `versions` (one month, version 1 first) made to `amhpID`'s shifts, newest first.
    static func notices(of amhpID: String, versions: [SavedRota], hub: Hub) -> [ShiftNotice] {
        zip(versions, versions.dropFirst()).flatMap { old, new in
            notices(of: amhpID, from: old.rota, to: new, hub: hub)
        }.sorted(by: newestFirst)
    }

    /// The changes `new` made to `amhpID`'s shifts against `old`; empty when it made none.
    static func notices(of amhpID: String, from old: Rota, to new: SavedRota, hub: Hub) -> [ShiftNotice] {
        RotaDiff(before: old, after: new.rota, hub: hub, includingCoordinators: true).changes.filter { $0.amhpID == amhpID }.map { change in
            ShiftNotice(month: new.record.month, version: new.record.version ?? 0, kind: new.record.changeKind ?? .publish,
                        reason: new.record.changeReason ?? "", at: PublishedVersions.moment(new.record), date: change.date,
                        before: change.before, after: change.after)
        }
    }

    /// The AMHP's notices in every published month, newest first, at most `limit`.
    static func load(_ rotas: any RotaStore, amhpID: String, hub: Hub) async throws -> [ShiftNotice] {
        var notices: [ShiftNotice] = []
        // A month published once has changed nobody's shifts: its rota is not read at all.
        let records = try await rotas.headers()
        let published = Set(records.filter { $0.status == .published }.map(\.month))
        let superseded = Set(records.filter { $0.status == .superseded }.map(\.month))
        for month in published.intersection(superseded).sorted() {
            notices += Self.notices(of: amhpID, versions: try await PublishedVersions.load(rotas, month: month), hub: hub)
        }
        return Array(notices.sorted(by: newestFirst).prefix(limit))
    }

    /// Newest version first; within one, by day.
    static func newestFirst(_ a: ShiftNotice, _ b: ShiftNotice) -> Bool {
        (a.at, b.date) > (b.at, a.date)
    }
}

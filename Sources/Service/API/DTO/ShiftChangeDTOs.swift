import Foundation
import Vapor

/// One change a published version made to the AMHP's shifts.
struct ShiftChangeDTO: Content {
    let month: String
    let version: Int
    let kind: String
    let reason: String
    let publishedAt: Date
    let date: String
    /// Shift codes before and after, "*" marking a coordinator; nil for none.
    let before: String?
    let after: String?
    /// Published after the AMHP last looked.
    let isNew: Bool

    init(_ notice: ShiftNotice, seenAt: Date?) {
        month = "\(notice.month)"
        version = notice.version
        kind = notice.kind.rawValue
        reason = notice.reason
        publishedAt = notice.at
        date = "\(notice.date)"
        before = notice.before
        after = notice.after
        isNew = seenAt.map { notice.at > $0 } ?? true
    }
}

/// The AMHP's recent changes, newest first, and when they last looked.
struct MyChangesDTO: Content {
    let seenAt: Date?
    let newCount: Int
    let changes: [ShiftChangeDTO]

    init(_ notices: [ShiftNotice], seenAt: Date?) {
        self.seenAt = seenAt
        changes = notices.map { ShiftChangeDTO($0, seenAt: seenAt) }
        newCount = changes.filter(\.isNew).count
    }
}

import Foundation
import Workforce

/// What `my.leaf` shows of the changes later versions made to an AMHP's shifts: those since they
/// last looked, and the recent notices, newest first.
struct MyChangesView: Encodable {
    struct Line: Encodable {
        let day: String
        let before: String
        let after: String
        /// "Version 2 (absence): Helen Whitfield (A01): sickness 2026-12-15".
        let version: String
        let when: String
        let isNew: Bool
    }

    let new: [Line]
    let notices: [Line]

    static let none = MyChangesView(new: [], notices: [])

    init(new: [Line], notices: [Line]) {
        self.new = new
        self.notices = notices
    }

    init(_ notices: [ShiftNotice], seenAt: Date?, hub: Hub) {
        let lines = notices.map { notice in
            Line(day: PageText.day("\(notice.date)"), before: Self.shift(notice.before, hub: hub), after: Self.shift(notice.after, hub: hub),
                 version: "Version \(notice.version) (\(notice.kind.rawValue))" + (notice.reason.isEmpty ? "" : ": \(notice.reason)"),
                 when: PageText.moment(notice.at), isNew: seenAt.map { notice.at > $0 } ?? true)
        }
        self.init(new: lines.filter(\.isNew), notices: lines)
    }

    /// "Day (D), coordinator" for "D*"; "none" for no shift.
    static func shift(_ cell: String?, hub: Hub) -> String {
        guard let cell else { return "none" }
        return cell.split(separator: "+").map { part in
            let code = String(part.hasSuffix("*") ? part.dropLast() : part)
            let name = hub.shiftType(code).map { "\($0.name) (\(code))" } ?? code
            return part.hasSuffix("*") ? "\(name), coordinator" : name
        }.joined(separator: " and ")
    }
}

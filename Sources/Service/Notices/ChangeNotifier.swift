import Foundation
import Storage
import Workforce

/// The e-mail a new version sends: one message to each AMHP whose shifts it changed and who has
/// an address, listing their changes. An AMHP it changed nothing of gets nothing.
enum ChangeNotifier {
    static func messages(from old: Rota?, to new: SavedRota, users: [UserAccount], hub: Hub) -> [MailMessage] {
        guard let old else { return [] }  // A month's first publication changes nobody's shifts.
        return users.compactMap { user -> MailMessage? in
            guard user.role == .amhp, let amhpID = user.amhpID, let email = user.email else { return nil }
            let notices = ShiftNotices.notices(of: amhpID, from: old, to: new, hub: hub)
            guard !notices.isEmpty else { return nil }
            return message(to: email, name: user.displayName, notices: notices, record: new.record, hub: hub)
        }
    }

    static func message(to email: String, name: String, notices: [ShiftNotice], record: RotaRecord, hub: Hub) -> MailMessage {
        let month = PageText.monthName(record.month)
        let version = "version \(record.version ?? 0)"
        var lines = ["Dear \(name),", "",
                     "\(hub.rules.hubName) has published \(version) of the \(month) AMHP rota, and it changes your shifts:", ""]
        for notice in notices.sorted(by: { $0.date < $1.date }) {
            lines.append("  \(PageText.day("\(notice.date)")): \(MyChangesView.shift(notice.before, hub: hub)) -> "
                         + MyChangesView.shift(notice.after, hub: hub))
        }
        lines += ["", "Why: \(record.changeKind?.rawValue ?? "publish")" + (record.changeReason.map { ": \($0)" } ?? ""),
                  "", "Your rota page (/my) and calendar subscription show the rota as it now stands."]
        return MailMessage(to: email, subject: "AMHP rota: your shifts changed in \(month) (\(version))",
                           body: lines.joined(separator: "\n"))
    }
}

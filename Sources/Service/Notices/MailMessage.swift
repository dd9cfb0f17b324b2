import Foundation

/// A plain-text e-mail as `sendmail -t -i` reads it: headers, a blank line, the body.
///
/// Header injection is impossible by construction: the recipient must pass `EmailAddress`, and
/// `text` refuses (nil) any header value with a character below U+0020 or DEL, so no value can end
/// its line and start another header. The body's line breaks are all written CRLF-free as "\n".
struct MailMessage: Hashable, Sendable {
    let to: String
    let subject: String
    let body: String

    /// The message ready for sendmail; nil when a header value could end its line.
    var text: String? {
        let headers = [("To", to), ("Subject", subject), ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
                       ("Content-Transfer-Encoding", "8bit"), ("Auto-Submitted", "auto-generated")]
        guard headers.allSatisfy({ Self.isSafeHeaderValue($0.1) }) else { return nil }
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return headers.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\n\n" + lines + "\n"
    }

    static func isSafeHeaderValue(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
    }
}

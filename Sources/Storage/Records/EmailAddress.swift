/// An e-mail address as the service keeps one: checked once, here, wherever it comes from (the
/// users API, `amhp users email`), so that one written into a message header can never carry a
/// line break or anything but the address.
public enum EmailAddress {
    /// RFC 5321's limit on a whole address.
    public static let maximumLength = 254

    /// What is wrong with `text` as an address, nil when it will do: one `@`, a local part of at most
    /// 64 characters, a domain with a dot, and only printable ASCII without spaces, quotes, angle
    /// brackets or other characters that mean something in a header.
    public static func problem(with text: String) -> String? {
        guard !text.isEmpty else { return "is empty; give an address such as helen.whitfield@example.gov.uk, or none." }
        guard text.utf8.count <= maximumLength else { return "is longer than \(maximumLength) characters." }
        let forbidden = Set("<>()[]\\,;:\"' ")
        guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }), !text.contains(where: forbidden.contains) else {
            return "may hold only letters, digits and . _ % + - @ (no spaces, line breaks, quotes or brackets)."
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.count <= 64,
              domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains("..") else {
            return "is not an address; write it as name@domain, such as helen.whitfield@example.gov.uk."
        }
        return nil
    }
}

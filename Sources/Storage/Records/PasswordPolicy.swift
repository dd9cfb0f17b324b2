import Foundation

/// What makes a password acceptable, after the NCSC's password guidance: long enough, not one of
/// the passwords attackers try first, and never silently shortened.
///
/// - At least 8 characters (no composition rules: they push people to predictable patterns).
/// - At most 72 bytes of UTF-8: bcrypt reads no further, so a longer password would be cut short
///   without anyone knowing; it is refused instead.
/// - Not in the deny list of common passwords (`Resources/common-passwords.txt`, the passwords of
///   8 or more characters from zxcvbn's frequency list, MIT licence, Dropbox), in any case, and not
///   the user name itself.
public enum PasswordPolicy {
    public static let minimumLength = 8
    public static let maximumBytes = 72

    /// Why `password` is refused for `username`, as "problem. Fix: fix"; nil when it is acceptable.
    public static func problem(with password: String, username: String) -> String? {
        if password.count < minimumLength {
            return "is shorter than \(minimumLength) characters. Fix: choose a longer one; three random words make a strong password."
        }
        if password.utf8.count > maximumBytes {
            return "is longer than \(maximumBytes) bytes, the most bcrypt reads. Fix: choose a shorter one."
        }
        let lowered = password.lowercased()
        if lowered == username.lowercased() {
            return "is the user name. Fix: choose a password that is not the user name."
        }
        if commonPasswords.contains(lowered) {
            return "is one of the most common passwords, which attackers try first. Fix: choose a less common one; three random words work well."
        }
        return nil
    }

    /// The deny list, lower-cased; empty if the resource is missing (the length rules still hold).
    static let commonPasswords: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map { $0.lowercased() })
    }()
}

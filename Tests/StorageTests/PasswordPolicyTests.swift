import Storage
import Testing

/// The NCSC-style password rules: long enough, not too long for bcrypt, not common, not the name.
@Suite struct PasswordPolicyTests {
    @Test func acceptsALongUncommonPassword() {
        #expect(PasswordPolicy.problem(with: "Mersey-ferry-4417", username: "sam") == nil)
        #expect(PasswordPolicy.problem(with: "three random words", username: "sam") == nil)
    }

    @Test(arguments: [("short", "shorter than 8"), ("password123", "most common"), ("PASSWORD1", "most common"), ("iloveyou", "most common"),
                      ("samantha-p", "user name"), (String(repeating: "é", count: 40), "72 bytes")])
    func refuses(password: String, reason: String) {
        let problem = PasswordPolicy.problem(with: password, username: "samantha-p")
        #expect(problem?.contains(reason) == true, "\(password): \(problem ?? "accepted")")
        #expect(problem?.contains("Fix:") == true)
    }
}

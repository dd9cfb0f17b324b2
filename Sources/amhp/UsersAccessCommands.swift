import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp users role`: gives a user another role.
struct UsersRoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Give a user another role (role amhp needs --amhp-id).",
        discussion: """
            The hub always keeps one enabled manager: the last one cannot be given another role.
            Exit status: 0 when changed, 2 when a detail is malformed, 1 when refused otherwise (the message says why).
            """)

    @Option(help: "The user's name.")
    var username: String

    @Option(help: "manager, lead, hr or amhp.")
    var role: UserRole

    @Option(name: .customLong("amhp-id"), help: "For role amhp: the AMHP's id, as in amhps.csv.")
    var amhpID: String?

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            if let amhpID, let hub = try await HubRepository(database: store.database).load(), hub.amhp(amhpID) == nil {
                throw DatabaseFailure.report("\(amhpID) is not an AMHP of \(hub.rules.hubName). Fix: use an id from amhps.csv (capitals matter).")
            }
            try await UserRepository(database: store.database).changeRole(username: username, to: role, amhpID: amhpID,
                                                                          by: CommandLineUser.name)
            print("\(username) is now \(role.rawValue)\(amhpID.map { ", AMHP \($0)" } ?? "").")
        }
    }
}

/// `amhp users reset-password`: sets a temporary password and ends the user's sign-ins.
struct UsersResetPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-password",
        abstract: "Set a temporary password for a user, read from standard input; their sign-ins end.",
        discussion: """
            The password is read from standard input (its first line), checked by the password policy, and kept only \
            as a bcrypt hash. The user's calendar link is kept.
            Exit status: 0 when reset, 2 when the password is too weak, 1 when refused otherwise (an unknown user).
            """)

    @Option(help: "The user's name.")
    var username: String

    @Flag(name: .customLong("password-stdin"), help: "Read the password from standard input (required).")
    var passwordFromStandardInput = false

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        guard passwordFromStandardInput else {
            throw ValidationError("give --password-stdin and pass the password on standard input, so it stays out of the shell history.")
        }
    }

    func run() async throws {
        let password = readLine(strippingNewline: true) ?? ""
        try await databaseOptions.withDatabase { store in
            try await UserRepository(database: store.database).resetPassword(username: username, to: password, by: CommandLineUser.name)
            print("\(username)'s password is reset; their sign-ins have ended.")
        }
    }
}

/// `amhp users disable`: stops a user signing in and ends their sessions.
struct UsersDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: "Stop a user signing in; their sessions (and calendar link) end at once.",
        discussion: """
            No one disables themself (the login name counts as the actor), and the last enabled manager stays enabled.
            Exit status: 0 when disabled, 1 when refused (the message names the rule).
            """)

    @Option(help: "The user's name.")
    var username: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            try await UserRepository(database: store.database).setEnabled(username: username, enabled: false, by: CommandLineUser.name)
            print("\(username) is disabled; their sessions have ended.")
        }
    }
}

/// `amhp users enable`: lets a disabled user sign in again.
struct UsersEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable",
        abstract: "Let a disabled user sign in again.",
        discussion: "Exit status: 0 when enabled, 1 when refused (an unknown user).")

    @Option(help: "The user's name.")
    var username: String

    @OptionGroup var databaseOptions: DatabaseOptions

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            try await UserRepository(database: store.database).setEnabled(username: username, enabled: true, by: CommandLineUser.name)
            print("\(username) may sign in again.")
        }
    }
}

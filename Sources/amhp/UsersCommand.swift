import ArgumentParser
import Foundation
import Storage
import Workforce

/// `amhp users`: the people who may sign in to the service.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the people who may sign in to the service.",
        subcommands: [UsersAddCommand.self, UsersEmailCommand.self, UsersRoleCommand.self, UsersResetPasswordCommand.self,
                      UsersDisableCommand.self, UsersEnableCommand.self])
}

/// `amhp users add`: adds a user, reading the password from standard input.
struct UsersAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user who may sign in to the service.",
        discussion: """
            Roles: manager (plans and publishes rotas), lead (sufficiency and succession), hr (the TOIL ledger and \
            payroll), amhp (their own rota and requests; needs --amhp-id). The password is read from standard \
            input (its first line) and kept only as a bcrypt hash.
            Exit status: 0 when added, 2 when a detail is malformed or the password too weak, 1 when refused otherwise (the message says why).
            """)

    @Option(help: "The name to sign in with (no spaces).")
    var username: String

    @Option(name: .customLong("display-name"), help: "The name the service shows (default: the user name).")
    var displayName: String?

    @Option(help: "manager, lead, hr or amhp.")
    var role: UserRole

    @Option(name: .customLong("amhp-id"), help: "For role amhp: the AMHP's id, as in amhps.csv.")
    var amhpID: String?

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
            if let amhpID, let hub = try await HubRepository(database: store.database).load(), hub.amhp(amhpID) == nil {
                throw DatabaseFailure.report("\(amhpID) is not an AMHP of \(hub.rules.hubName). Fix: use an id from amhps.csv (capitals matter).")
            }
            let user = try await UserRepository(database: store.database).create(
                username: username, displayName: displayName ?? username, password: password, role: role, amhpID: amhpID,
                by: CommandLineUser.name)
            print("Added \(user.username) (\(user.displayName)) as \(user.role.rawValue)\(user.amhpID.map { ", AMHP \($0)" } ?? "").")
        }
    }
}

/// `amhp users email`: sets or clears the address a user's changed shifts are mailed to.
struct UsersEmailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email",
        abstract: "Set (--email) or clear (--none) the address a user's changed shifts are mailed to.",
        discussion: """
            When a new version of a published rota changes an AMHP's shifts, the service mails them the changes \
            through the host's sendmail (amhp serve --sendmail, or AMHP_SENDMAIL), if they have an address.
            Exit status: 0 when set, 2 when the address is malformed, 1 when refused otherwise (an unknown user).
            """)

    @Option(help: "The user's name.")
    var username: String

    @Option(help: "The address, such as helen.whitfield@example.gov.uk.")
    var email: String?

    @Flag(name: .customLong("none"), help: "Clear the address: no e-mail for this user.")
    var clear = false

    @OptionGroup var databaseOptions: DatabaseOptions

    func validate() throws {
        guard (email != nil) != clear else { throw ValidationError("give either --email ADDRESS or --none.") }
        if let email, let problem = EmailAddress.problem(with: email) { throw ValidationError("--email \(problem)") }
    }

    func run() async throws {
        try await databaseOptions.withDatabase { store in
            try await UserRepository(database: store.database).changeEmail(username: username, to: email, by: CommandLineUser.name)
            print(email.map { "\(username)'s changed shifts will be mailed to \($0)." } ?? "\(username) will get no e-mail.")
        }
    }
}

extension UserRole: ExpressibleByArgument {}

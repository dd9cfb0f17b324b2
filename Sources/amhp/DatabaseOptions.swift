import ArgumentParser
import Foundation
import Storage
import Workforce

/// The `--database` option every command that reads or writes the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The database: an SQLite file, or a postgres:// URL.",
        discussion: "Default: AMHP_DATABASE if set, else DATABASE_URL if it names a PostgreSQL database, else amhp.sqlite in the current folder. An SQLite file is created and set up on first use.",
        valueName: "path-or-url"))
    var database: String?

    /// Where the data lives, from the option and the environment.
    func location() throws -> DatabaseLocation {
        do {
            return try DatabaseLocation.resolve(option: database, environment: ProcessInfo.processInfo.environment)
        } catch let error as StorageError {
            throw DatabaseFailure.report(error)
        }
    }

    /// Opens and migrates the database, runs `body`, and closes it, whether or not `body` throws.
    ///
    /// Storage errors and TOIL ledger refusals are printed with their fix and end the command with
    /// exit status 1.
    func withDatabase<Result>(_ body: (PlannerDatabase) async throws -> Result) async throws -> Result {
        let store = try await DatabaseFailure.reporting { try await PlannerDatabase.open(try location()) }
        do {
            let result = try await DatabaseFailure.reporting { try await body(store) }
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }
}

/// Turns the errors storage and the ledger explain (cause and fix) into a message and an exit
/// status: 2 when the input itself is malformed (a user's details), 1 when a rule refuses it or
/// the database cannot do it.
enum DatabaseFailure {
    static func reporting<Result>(_ body: () async throws -> Result) async throws -> Result {
        do {
            return try await body()
        } catch let error as StorageError {
            throw report(error)
        } catch let error as TOILLedgerError {
            throw report(error)
        } catch let error as UserAccessRefusal {
            throw report(error)
        }
    }

    static func report(_ error: some CustomStringConvertible) -> ExitCode {
        FileHandle.standardError.write(Data("\(error.description)\n".utf8))
        if let storage = error as? StorageError, storage.isInputError { return ExitCode(.inputError) }
        return ExitCode(.refused)
    }
}

/// Who is running the command, for the audit log and for `recorded_by`: the login name.
enum CommandLineUser {
    static var name: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "amhp"
    }
}

import FluentKit

/// Every migration, oldest first, and the way storage runs them.
///
/// A shipped migration is never edited: a change to the schema is a new migration at the end.
public enum StorageMigrations {
    /// The migrations in the order they run; the service may also add them to `app.migrations`.
    public static var all: [any Migration] {
        [
            CreateHubTables(),
            CreateTOILEntries(),
            CreateUsers(),
            CreateAuditLog(),
            CreateRotas(),
            CreateSolveJobs(),
            ProtectAppendOnlyTables(),
            CreateSessions(),
            CreateSignInFailures(),
            MoveWorkingTimeToSettings(),
            AddDutyShiftsAndCoverMaxima(),
            AddRotaVersions(),
            AddUserNotices(),
            CreateRotaPins(),
            AddUserDisabled(),
            CreateSwapRequests(),
            AddPayrollNumbersAndTOILEarnedDates(),
            CreateLeaveRequests(),
            AddSolveJobProgressDetail(),
            CreateTOILTotals(),
            AddSolveJobLeases(),
            CreateScenarioRuns(),
            CreateStandardsAssessments(),
        ]
    }

    /// Brings the database to the current schema in one write transaction, so that two processes
    /// starting together cannot both run a migration, and a failed migration leaves nothing behind.
    public static func migrate(_ database: any Database) async throws {
        try await StorageTransaction.write(on: database) { transaction in
            let migrator = makeMigrator(on: transaction)
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        }
    }

    /// Reverts every migration, newest first: for tests, and for starting again from nothing.
    public static func revertAll(_ database: any Database) async throws {
        try await StorageTransaction.write(on: database) { transaction in
            let migrator = makeMigrator(on: transaction)
            try await migrator.setupIfNeeded().get()
            try await migrator.revertAllBatches().get()
        }
    }

    /// The names of the migrations this database has run, in the order they run.
    public static func applied(_ database: any Database) async throws -> [String] {
        let names = Set(try await MigrationLog.query(on: database).all().map(\.name))
        return all.map(\.name).filter(names.contains)
    }

    private static func makeMigrator(on transaction: any Database) -> Migrator {
        let migrations = Migrations()
        migrations.add(all)
        return Migrator(databaseFactory: { _ in transaction }, migrations: migrations, on: transaction.eventLoop,
                        migrationLogLevel: .debug)
    }
}

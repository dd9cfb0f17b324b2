import Storage
import Testing

/// Says plainly when the PostgreSQL runs of the repository tests are skipped.
@Suite struct PostgreSQLAvailabilityTests {
    @Test(.enabled(if: TestBackend.postgresURL != nil,
                   "PostgreSQL tests skipped: set DATABASE_URL=postgres://user:password@localhost:5432/database to run every repository test against PostgreSQL too."))
    func postgresIsReachableAndMigrates() async throws {
        try await TestBackend.postgres.withDatabase { store async throws in
            #expect(try await StorageMigrations.applied(store.database) == MigrationTests.names)
        }
    }
}

import Foundation
import Testing

/// The service on PostgreSQL, as several instances would share it; says plainly when it is skipped.
@Suite struct ServicePostgreSQLTests {
    @Test(.enabled(if: ServiceHarness.Backend.postgresURL != nil,
                   "PostgreSQL end-to-end tests of the service skipped: set DATABASE_URL=postgres://user:password@localhost:5432/database (Scripts/test does when it can install PostgreSQL)."))
    func theServiceRunsOnPostgreSQL() async throws {
        try await ServiceHarness.with(.postgres) { service in
            let me = try await service.send(.GET, "/api/me", as: "sam")
            #expect(me.status == .ok)
            let amhps = try ServiceHarness.array(try await service.send(.GET, "/api/amhps", as: "jo"))
            #expect(amhps.count == 38)
        }
    }
}

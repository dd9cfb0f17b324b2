import Foundation
import Storage
import Testing
import Workforce

/// The hub cache (`HubCache`): a repository with one reads the same hub as one without, and sees
/// at once a change made through another repository on the same database (another instance), since
/// every change stores the hub under a new revision.
@Suite struct HubCacheTests {
    @Test(arguments: TestBackend.available)
    func aCachedHubIsTheStoredHubAndFollowsChangesMadeElsewhere(backend: TestBackend) async throws {
        let demo = try DemoHub.load(), smaller = try DemoHub.smaller()
        try await backend.withDatabase { store async throws in
            let cached = HubRepository(database: store.database, cache: HubCache())
            let elsewhere = HubRepository(database: store.database)
            #expect(try await cached.load() == nil)
            #expect(try await cached.revision() == nil)

            try await elsewhere.replace(with: demo, by: "sam")
            let first = try #require(try await cached.revision())
            #expect(try await cached.load() == demo)
            #expect(try await cached.load() == demo, "read again from the cache")

            // A change (one absence fewer) is a new revision, and the cached repository reads it.
            let changed = try await elsewhere.update(by: "sam", action: "leave.delete", subject: "leave:1", detail: [:]) { hub in
                hub.replacing(absences: Array(hub.absences.dropFirst()))
            }
            let second = try #require(try await cached.revision())
            #expect(second != first)
            #expect(try await cached.load() == changed)
            #expect(try await cached.load()?.absences.count == demo.absences.count - 1)

            try await elsewhere.replace(with: smaller, by: "sam")
            #expect(try await cached.require() == smaller)
            #expect(try await elsewhere.require() == smaller)
        }
    }
}

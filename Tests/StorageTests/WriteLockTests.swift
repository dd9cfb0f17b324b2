import FluentKit
import Foundation
@testable import Storage
import Testing

/// The PostgreSQL write lock (`StorageTransaction.write`): writers to one schema take turns, as
/// instances of one service must; writers to different schemas (each test suite's) do not wait.
@Suite(.enabled(if: TestBackend.postgresURL != nil, "needs PostgreSQL: set DATABASE_URL"))
struct WriteLockTests {
    /// Events in the order they happened, from several tasks.
    actor Events {
        private(set) var order: [String] = []
        func note(_ event: String) { order.append(event) }
    }

    struct TimedOut: Error {}

    /// Waits for the first value of a stream, or throws after `seconds` (so a broken lock fails
    /// the test instead of hanging it).
    static func first(of stream: AsyncStream<Void>, within seconds: UInt64) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { for await _ in stream { return true }; return false }
            group.addTask { try await Task.sleep(nanoseconds: seconds * 1_000_000_000); return false }
            let arrived = try await group.next() ?? false
            group.cancelAll()
            if !arrived { throw TimedOut() }
        }
    }

    @Test func writersToOneSchemaTakeTurns() async throws {
        try await TestBackend.postgres.withDatabase { store async throws in
            try await Self.expectWritersTakeTurns(store.database, store.database)
        }
    }

    /// A write on `second` begun while one on `first` is held starts only once that one commits.
    static func expectWritersTakeTurns(_ first: any Database, _ second: any Database,
                                       sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let events = Events()
        let (held, holding) = AsyncStream<Void>.makeStream()
        let writer = Task {
            try await StorageTransaction.write(on: first) { _ in
                holding.yield()
                try await Task.sleep(nanoseconds: 300_000_000)
                await events.note("first commits")
            }
        }
        try await Self.first(of: held, within: 60)
        try await StorageTransaction.write(on: second) { _ in await events.note("second begins") }
        try await writer.value
        #expect(await events.order == ["first commits", "second begins"], sourceLocation: sourceLocation)
    }

    @Test func writersToOtherSchemasDoNotWait() async throws {
        try await TestBackend.postgres.withDatabase { one async throws in
            try await TestBackend.postgres.withDatabase { other async throws in
                try await Self.expectWritersDoNotWait(one.database, other.database)
            }
        }
    }

    /// Holds a write on `one` until a write on `other` has committed: one lock for both would leave
    /// both waiting, and the timeout fails the test.
    static func expectWritersDoNotWait(_ one: any Database, _ other: any Database,
                                       sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let (done, finishing) = AsyncStream<Void>.makeStream()
        let events = Events()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await StorageTransaction.write(on: one) { _ in
                    await events.note("one holds its lock")
                    try await Self.first(of: done, within: 60)
                    await events.note("one commits")
                }
            }
            group.addTask {
                while await events.order.isEmpty { try await Task.sleep(nanoseconds: 10_000_000) }
                try await StorageTransaction.write(on: other) { _ in await events.note("other writes") }
                finishing.yield()
            }
            try await group.waitForAll()
        }
        #expect(await events.order == ["one holds its lock", "other writes", "one commits"], sourceLocation: sourceLocation)
    }
}

import FluentKit
import Foundation
@testable import Storage
import Testing

/// The SQLite write gate (`WriteGate`, `StorageTransaction.write`): writers to one file take turns
/// in this process, whatever the path they opened it by; writers to other files never wait for
/// them, so one database's long write holds up no other (a job's lease renewal least of all).
@Suite struct SQLiteWriteGateTests {
    typealias Events = WriteLockTests.Events

    @Test func writersToOneFileTakeTurnsWhateverPathTheyOpenedItBy() async throws {
        let scratch = try Scratch("gate-one")
        defer { scratch.remove() }
        let one = try await PlannerDatabase.open(.sqlite(path: scratch.url("hub.sqlite").path))
        // The same file by another spelling, opened separately (as a tool beside the service would).
        let again = try await PlannerDatabase.open(.sqlite(path: scratch.folder.appendingPathComponent("./sub/../hub.sqlite").path))
        do {
            let events = Events()
            let (held, holding) = AsyncStream<Void>.makeStream()
            let first = Task {
                try await StorageTransaction.write(on: one.database) { _ in
                    holding.yield()
                    try await Task.sleep(nanoseconds: 300_000_000)
                    await events.note("first commits")
                }
            }
            try await WriteLockTests.first(of: held, within: 60)
            try await StorageTransaction.write(on: again.database) { _ in await events.note("second begins") }
            try await first.value
            #expect(await events.order == ["first commits", "second begins"])
        } catch {
            await one.close(); await again.close()
            throw error
        }
        await one.close(); await again.close()
    }

    @Test func writersToOtherFilesDoNotWait() async throws {
        let scratch = try Scratch("gate-two")
        defer { scratch.remove() }
        let one = try await PlannerDatabase.open(.sqlite(path: scratch.url("one.sqlite").path))
        let other = try await PlannerDatabase.open(.sqlite(path: scratch.url("other.sqlite").path))
        do {
            let (done, finishing) = AsyncStream<Void>.makeStream()
            let events = Events()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await StorageTransaction.write(on: one.database) { _ in
                        await events.note("one holds its gate")
                        // Holds the gate until the other file's write has committed; one gate for
                        // both files would leave both waiting, and the timeout fails the test.
                        try await WriteLockTests.first(of: done, within: 60)
                        await events.note("one commits")
                    }
                }
                group.addTask {
                    while await events.order.isEmpty { try await Task.sleep(nanoseconds: 10_000_000) }
                    try await StorageTransaction.write(on: other.database) { _ in await events.note("other writes") }
                    finishing.yield()
                }
                try await group.waitForAll()
            }
            #expect(await events.order == ["one holds its gate", "other writes", "one commits"])
        } catch {
            await one.close(); await other.close()
            throw error
        }
        await one.close(); await other.close()
    }
}

import FluentKit
import Foundation
@testable import Storage
import Testing

/// The SQLite write gate (`WriteGate`, `StorageTransaction.write`): writers to one file take turns
/// in this process, whatever the path they opened it by; writers to other files never wait for
/// them, so one database's long write holds up no other (a job's lease renewal least of all).
@Suite struct SQLiteWriteGateTests {
    @Test func writersToOneFileTakeTurnsWhateverPathTheyOpenedItBy() async throws {
        let scratch = try Scratch("gate-one")
        defer { scratch.remove() }
        let one = try await PlannerDatabase.open(.sqlite(path: scratch.url("hub.sqlite").path))
        // The same file by another spelling, opened separately (as a tool beside the service would).
        let again = try await PlannerDatabase.open(.sqlite(path: scratch.folder.appendingPathComponent("./sub/../hub.sqlite").path))
        do {
            try await WriteLockTests.expectWritersTakeTurns(one.database, again.database)
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
            try await WriteLockTests.expectWritersDoNotWait(one.database, other.database)
        } catch {
            await one.close(); await other.close()
            throw error
        }
        await one.close(); await other.close()
    }
}

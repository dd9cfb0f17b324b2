import Foundation
@testable import Storage
import Testing
import Workforce

/// `WALCheckpoint.passive` copies every frame of SQLite's write-ahead log into the database file,
/// read from the log's shared index itself (asking SQLite would checkpoint as it answered).
@Suite struct WALCheckpointTests {
    /// The frames in the log and those copied into the database: the index header's `mxFrame`
    /// (byte 16) and the checkpoint record's `nBackfill` (byte 96), in the machine's byte order.
    static func frames(_ path: String) throws -> (inLog: UInt32, copied: UInt32) {
        let index = try Data(contentsOf: URL(fileURLWithPath: path + "-shm"))
        func word(_ offset: Int) -> UInt32 { index.subdata(in: offset..<offset + 4).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) } }
        return (word(16), word(96))
    }

    @Test func aPassiveCheckpointCopiesEveryFrame() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            guard case .sqlite(let path) = store.location else { return }
            let day = try #require(LocalDate("2026-10-01"))
            let repository = TOILLedgerRepository(database: store.database)
            for index in 0..<5 {
                try await repository.append(TOILEntry(id: "e\(index)", amhpID: "A01", kind: .accrued, date: day, hours: 1,
                                                      reason: "Late assessment", recordedBy: "hr.jo", approvedBy: "Sam (TM)",
                                                      recordedOn: day), hubAMHPIDs: ["A01"])
            }
            let before = try Self.frames(path)
            #expect(before.inLog > before.copied, "the appends are in the log, not yet in the file")
            try await WALCheckpoint.passive(on: store.database)
            let after = try Self.frames(path)
            #expect(after.inLog == after.copied && after.copied > 0)
        }
        // PostgreSQL has no such log: nothing to do, and no error.
        if TestBackend.postgresURL != nil {
            try await TestBackend.postgres.withDatabase { store async throws in try await WALCheckpoint.passive(on: store.database) }
        }
    }
}

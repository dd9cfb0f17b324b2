import FluentKit
import Foundation
import NIOPosix
import Storage
import Testing

/// An SQLite file that is empty, not SQLite or damaged is refused with the file named and the fix;
/// it never silently becomes a new, empty database. A path with no file still gets a new one.
@Suite struct SQLiteFileTests {
    static let fix = "Fix: restore it from a backup, or remove it to start a new database."

    /// Opens `path` expecting a refusal naming the file; returns the problem.
    static func refusal(_ path: String) async throws -> String {
        do {
            let store = try await PlannerDatabase.open(.sqlite(path: path))
            await store.close()
            Issue.record("\(path) was opened")
            return ""
        } catch let StorageError.damagedDatabaseFile(refused, problem) {
            #expect(refused == path)
            #expect(StorageError.damagedDatabaseFile(path: refused, problem: problem).description.hasSuffix(fix))
            return problem
        }
    }

    @Test func anEmptyFileIsRefusedAndLeftAsItIs() async throws {
        let scratch = try Scratch("empty")
        defer { scratch.remove() }
        let path = scratch.url("amhp.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try await Self.refusal(path).hasPrefix("is empty (0 bytes)"))
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(size == 0, "the empty file should be left for the person to look at")
    }

    @Test func aFileThatIsNotSQLiteIsRefused() async throws {
        let scratch = try Scratch("notsqlite")
        defer { scratch.remove() }
        let path = scratch.url("amhp.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("month,amhp_id\n2026-10,A01\n".utf8)))
        #expect(try await Self.refusal(path).contains("does not start with the SQLite header"))
        #expect(try await Self.refusal(scratch.folder.path).hasPrefix("is a folder"))
    }

    @Test func aFileFailingTheQuickCheckIsRefused() async throws {
        let scratch = try Scratch("damaged")
        defer { scratch.remove() }
        let path = scratch.url("amhp.sqlite").path
        let store = try await PlannerDatabase.open(.sqlite(path: path))
        try await HubRepository(database: store.database).replace(with: try DemoHub.load(), by: "sam")
        await store.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closing should have written the log back into the file")
        // Scribble over a page in the middle: the header is intact, a table is not.
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let pages = try handle.seekToEnd() / 4096
        try handle.seek(toOffset: (pages / 2) * 4096)
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 4096))
        try handle.close()
        let problem = try await Self.refusal(path)
        #expect(problem.contains("integrity check") || problem.contains("cannot be read by SQLite"), "\(problem)")
    }

    @Test func theServicesPrepareRefusesAnEmptyFileToo() async throws {
        let scratch = try Scratch("prepare")
        defer { scratch.remove() }
        let path = scratch.url("amhp.sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let location = DatabaseLocation.sqlite(path: path)
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: .singleton, on: group)
        databases.use(try location.configurationFactory(), as: .amhp, isDefault: true)
        let database = try #require(databases.database(.amhp, logger: PlannerDatabase.quietLogger, on: group.any()))
        await #expect(throws: StorageError.damagedDatabaseFile(path: path, problem: "is empty (0 bytes), so it holds no database; it may have been cut short while being copied or written.")) {
            try await PlannerDatabase.prepare(database, location: location)
        }
        await databases.shutdownAsync()
    }

    @Test func aPathWithNoFileStillGetsANewDatabase() async throws {
        let scratch = try Scratch("new")
        defer { scratch.remove() }
        let path = scratch.url("amhp.sqlite").path
        let store = try await PlannerDatabase.open(.sqlite(path: path))
        await store.close()
        let start = try #require(FileHandle(forReadingAtPath: path)).readData(ofLength: 16)
        #expect(start == Data("SQLite format 3\u{0}".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.hasSuffix(".new") }
        #expect(leftovers.isEmpty)
        let again = try await PlannerDatabase.open(.sqlite(path: path))
        await again.close()
    }
}

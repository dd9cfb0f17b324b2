import FluentKit
import FluentSQLiteDriver
import Foundation

/// The checks that keep an SQLite file that is empty, not SQLite, or damaged from being used, or
/// from silently becoming a new, empty database in its place.
///
/// A file that exists must start with SQLite's header and pass `PRAGMA quick_check`; a path with no
/// file is given a new database, made under another name and linked into place in one step, so no
/// other process opening the same path at that moment can meet a file of zero bytes.
enum SQLiteFile {
    /// The first 16 bytes of every SQLite database file.
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// Before SQLite opens `path`: checks the file there, or creates a new database when there is none.
    ///
    /// - Throws: `StorageError.damagedDatabaseFile` for a folder, an empty file, or one without SQLite's header.
    static func prepare(path: String) async throws {
        guard path != ":memory:" else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard !isFolder.boolValue else { throw damaged(path, "is a folder, not a file.") }
            try checkHeader(path)
        } else {
            try await create(path)
        }
    }

    /// After the database is registered: applies the durability settings and runs SQLite's quick
    /// integrity check, naming the file if SQLite finds it damaged.
    ///
    /// - Throws: `StorageError.damagedDatabaseFile` when SQLite cannot read the file or the check fails.
    static func setUp(_ database: any Database, path: String) async throws {
        do {
            try await SQLiteSettings.apply(to: database)
            let lines = try await StorageTransaction.read(on: database) { snapshot in
                try await SQLFlavour.sql(snapshot).raw("PRAGMA quick_check").all().map { try $0.decode(column: "quick_check", as: String.self) }
            }
            guard lines == ["ok"] else {
                throw damaged(path, "fails SQLite's integrity check (PRAGMA quick_check): \(lines.prefix(3).joined(separator: "; ")).")
            }
        } catch let error as SQLiteError where [.corrupt, .notADatabase, .format].contains(error.reason) {
            throw damaged(path, "cannot be read by SQLite: \(error.message).")
        }
    }

    private static func checkHeader(_ path: String) throws {
        // A file that cannot be opened for reading is left for SQLite to report (permissions, say).
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? nil
        guard let start, !start.isEmpty else {
            throw damaged(path, "is empty (0 bytes), so it holds no database; it may have been cut short while being copied or written.")
        }
        guard Array(start) == header else {
            throw damaged(path, "does not start with the SQLite header (\"SQLite format 3\"), so it is not an SQLite database or its start is damaged.")
        }
    }

    /// Makes a new, empty database in WAL mode beside `path` and links it into place; if another
    /// process has put one there first, theirs is used.
    private static func create(_ path: String) async throws {
        let target = URL(fileURLWithPath: path)
        let scratch = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).new")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let connection = try await SQLiteConnection.open(storage: .file(path: scratch.path))
        do {
            // Switching to WAL writes the header, so the file is a database from its first byte.
            _ = try await connection.query("PRAGMA journal_mode = WAL")
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
        do {
            try FileManager.default.linkItem(at: scratch, to: target)
        } catch where FileManager.default.fileExists(atPath: path) {
            return
        } catch {
            // A file system without hard links: a rename, which the check above makes safe enough.
            try FileManager.default.moveItem(at: scratch, to: target)
        }
    }

    private static func damaged(_ path: String, _ problem: String) -> StorageError {
        StorageError.damagedDatabaseFile(path: path, problem: problem)
    }
}

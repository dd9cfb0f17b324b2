import Foundation
import Testing

/// A database file that is empty or not SQLite: every command prints the file, the problem and the
/// fix, exits 1, and leaves the file as it was.
@Suite(.serialized) struct DamagedDatabaseCommandTests {
    @Test func importToilAndServeRefuseAnEmptyFile() throws {
        let runner = try StorageCommandRunner("empty-file")
        defer { runner.remove() }
        #expect(FileManager.default.createFile(atPath: runner.databasePath, contents: Data()))
        let hub = CLIRunner.packageRoot.appendingPathComponent("Data/demo-hub").path
        let message = "The SQLite database file \(runner.databasePath) is empty (0 bytes)"
        let fix = "Fix: restore it from a backup, or remove it to start a new database.\n"
        for arguments in [["import", "--hub", hub], ["toil", "balances"], ["toil", "repair"], ["serve", "--port", "18739", "--no-solve-jobs"]] {
            let result = try runner.run(arguments)
            #expect(result.status == 1, "amhp \(arguments.joined(separator: " ")): \(result.output)")
            #expect(result.errors.contains(message) && result.errors.hasSuffix(fix), "amhp \(arguments[0]): \(result.errors)")
        }
        let size = try FileManager.default.attributesOfItem(atPath: runner.databasePath)[.size] as? Int
        #expect(size == 0)
    }

    @Test func aFileThatIsNotSQLiteIsRefused() throws {
        let runner = try StorageCommandRunner("not-sqlite")
        defer { runner.remove() }
        #expect(FileManager.default.createFile(atPath: runner.databasePath, contents: Data("hello".utf8)))
        let result = try runner.run(["toil", "balances"])
        #expect(result.status == 1 && result.errors.contains("does not start with the SQLite header"), "\(result.errors)")
    }
}

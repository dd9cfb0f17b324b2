import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Runs `amhp` for the storage commands: with a database in a temporary folder, text on standard
/// input, and (for the crash test) a shell loop in a process group of its own that can be killed whole.
struct StorageCommandRunner {
    /// A temporary folder holding the database, removed by `remove()`.
    let folder: URL

    init(_ label: String) throws {
        folder = try CLIRunner.temporaryFolder(label)
    }

    var databasePath: String { folder.appendingPathComponent("amhp.sqlite").path }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `amhp` with `--database` added, `input` on standard input, and the environment less
    /// the database variables (so a developer's own settings cannot leak in).
    func run(_ arguments: [String], input: String = "") throws -> CLIRunner.Result {
        var environment = ProcessInfo.processInfo.environment
        for name in ["DATABASE_URL", "AMHP_DATABASE"] { environment[name] = nil }
        environment["USER"] = "tester"
        return try ProgramRun.run(CLIRunner.executable, arguments + ["--database", databasePath], in: folder, input: input,
                                  environment: environment)
    }

    /// Starts `/bin/sh -c script` as the leader of a new process group, its standard output appended
    /// to `outputPath`; returns its process id, which is also the group's id.
    ///
    /// The shell runs at the lowest priority (`nice -n 19`, which then becomes the shell), so a
    /// loop of commands does not slow tests that run beside it and measure time, such as the solver's.
    static func spawnGroup(script: String, outputPath: String) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let words: [String] = ["/usr/bin/nice", "-n", "19", "/bin/sh", "-c", script]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let environment: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { name, value in
            strdup("\(name)=\(value)")
        } + [nil]
        defer { (arguments + environment).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/usr/bin/nice", &actions, &attributes, arguments, environment)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
        return pid
    }

    /// Sends SIGKILL to every process of the group and waits for its leader; true if it died of the signal.
    static func killGroup(_ pid: pid_t) -> Bool {
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        // The shell's child (an `amhp` mid-command) was killed too; wait until the group is gone.
        for _ in 0..<200 where kill(-pid, 0) == 0 { usleep(10_000) }
        return (status & 0x7f) == SIGKILL
    }
}

import CSpawn
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with `posix_spawn`, its standard output and error read on a thread of
/// its own until both end, then waited for.
///
/// Foundation's `Process` is not used because of three races it has on Linux when several children
/// start at once, as they do in the service: its pipes and its exit-watching socket are opened
/// without close-on-exec, so a child started at the same moment by another thread inherits them and
/// the first child's end is not seen until that other child ends (a cancelled solve reported a
/// minute late); and a failed `waitpid` is reported as exit code 0. Here every descriptor the parent
/// opens is close-on-exec, the child closes all but its three, and the status is the kernel's.
struct SpawnedChild: Sendable {
    let pid: pid_t
    /// The read ends of the child's standard output and error, close-on-exec.
    let output: Int32
    let errors: Int32

    enum SpawnError: Error, CustomStringConvertible {
        case failed(executable: String, errno: Int32)

        var description: String {
            switch self {
            case .failed(let executable, let code):
                "Could not start \(executable): \(String(cString: strerror(code))). Check that it exists and may be run."
            }
        }
    }

    /// Starts `executable` (an absolute path) with `arguments`, in `workingDirectory`, with standard
    /// input from /dev/null and every signal at its default (so a SIGTERM ignored by the parent is
    /// not ignored by the child), in a process group of its own (a terminal's Ctrl-C is the
    /// service's to handle, not its children's).
    static func spawn(executable: String, arguments: [String], environment: [String: String],
                      workingDirectory: String) throws -> SpawnedChild {
        let output = try pipe(), errors = try pipe()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output.write, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errors.write, STDERR_FILENO)
        posix_spawn_file_actions_addclosefrom_np(&actions, 3)
        posix_spawn_file_actions_addchdir_np(&actions, workingDirectory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), noneBlocked = sigset_t()
        sigemptyset(&defaults)
        for signal in Int32(1)..<32 where signal != SIGKILL && signal != SIGSTOP { sigaddset(&defaults, signal) }
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(output.write)
        close(errors.write)
        guard code == 0 else {
            close(output.read)
            close(errors.read)
            throw SpawnError.failed(executable: executable, errno: code)
        }
        return SpawnedChild(pid: pid, output: output.read, errors: errors.read)
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe2(&ends, O_CLOEXEC) == 0 else { throw SpawnError.failed(executable: "a pipe", errno: errno) }
        return (ends[0], ends[1])
    }

    /// On a thread of its own: hands over standard output and error as they come, until both have
    /// ended; then waits until the child has ended, calls `ending` with how (the child is not yet
    /// reaped, so its process id cannot have been reused while `ending` runs), and reaps it.
    func monitor(output takeOutput: @escaping @Sendable (Data) -> Void,
                 errors takeErrors: @escaping @Sendable (Data) -> Void,
                 ending: @escaping @Sendable (ChildJobExit.Ending) -> Void) {
        let (pid, output, errors) = (pid, self.output, self.errors)
        Thread.detachNewThread {
            Self.read(output, takeOutput, errors, takeErrors)
            ending(Self.waitWithoutReaping(pid))
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        }
    }

    /// Reads both descriptors until each is at its end, then closes them.
    private static func read(_ output: Int32, _ takeOutput: @escaping @Sendable (Data) -> Void,
                             _ errors: Int32, _ takeErrors: @escaping @Sendable (Data) -> Void) {
        var open = [(output, takeOutput), (errors, takeErrors)]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var watched = open.map { pollfd(fd: $0.0, events: Int16(POLLIN), revents: 0) }
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 || errno == EINTR else { break }
            for (position, watch) in watched.enumerated().reversed() where watch.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(watch.fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    open[position].1(Data(buffer[0..<count]))
                } else if count == 0 || errno != EINTR {
                    close(watch.fd)
                    open.remove(at: position)
                }
            }
        }
        open.forEach { close($0.0) }
    }

    /// Waits until the child has ended and says how, leaving it a zombie until reaped.
    private static func waitWithoutReaping(_ pid: pid_t) -> ChildJobExit.Ending {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1 {
            // Only EINTR is expected; any other failure (the child reaped elsewhere) loses its
            // status, said as a code no command exits with rather than as a success.
            guard errno == EINTR else { return .exited(code: -1) }
        }
        let status = info._sifields._sigchld.si_status
        return info.si_code == CLD_EXITED ? .exited(code: status) : .signalled(status)
    }
}

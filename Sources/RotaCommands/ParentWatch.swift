import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Ends this process when the process that started it has gone: a solve the service started must
/// not run on (holding a core for minutes) after the service was killed.
///
/// The service names itself in `AMHP_PARENT_PID`; when our parent is no longer that process (it
/// died and we were re-parented), we exit.
enum ParentWatch {
    static func startIfRequested() {
        guard let text = ProcessInfo.processInfo.environment["AMHP_PARENT_PID"], let parent = Int32(text) else { return }
        let thread = Thread {
            // Re-parented, or the parent is gone (or a zombie no one has reaped yet).
            while getppid() == parent && kill(parent, 0) == 0 && !isZombie(parent) { Thread.sleep(forTimeInterval: 0.5) }
            // Nothing is written first: with the reader gone, a write to the pipe could block for ever.
            _exit(4)   // at once: exit() would run teardown while GLPK is mid-solve on another thread
        }
        thread.start()
    }

    private static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return false }
        let fields = String(decoding: stat, as: UTF8.self).split(separator: ")").last?.split(separator: " ")
        return fields?.first == "Z"
    }
}

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
            while getppid() == parent { Thread.sleep(forTimeInterval: 0.5) }
            FileHandle.standardError.write(Data("The service that started this solve has stopped; stopping too.\n".utf8))
            _exit(4)   // at once: exit() would run teardown while GLPK is mid-solve on another thread
        }
        thread.start()
    }
}

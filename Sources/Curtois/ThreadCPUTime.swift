#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds of processor time the calling thread has used: a measure of work that other processes on a
/// busy machine do not inflate, as they do the wall clock.
enum ThreadCPUTime {
    /// Nil when the system cannot tell.
    static func seconds() -> Double? {
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return nil }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's peak resident memory, as the operating system counts it.
enum PeakMemory {
    static func megabytes() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        #if canImport(Darwin)
        return Int(usage.ru_maxrss) / (1024 * 1024) // bytes on macOS
        #else
        return Int(usage.ru_maxrss) / 1024 // kilobytes on Linux
        #endif
    }
}

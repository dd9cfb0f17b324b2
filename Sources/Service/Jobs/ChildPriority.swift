import Foundation

/// How far below the service's own the CPU priority of its background child processes is (`amhp
/// serve --child-nice`): a solve job or scenario run uses every core the web requests leave idle, but
/// the kernel serves the requests first, so reads keep their speed while a long solve runs. A child
/// someone's page waits for (sufficiency, succession) runs at the service's own priority instead.
///
/// The child is started through coreutils' `nice`, which sets the niceness before `amhp` starts any
/// thread; setting it from the parent after the start would miss threads the child had already made
/// (on Linux niceness is per thread).
public struct ChildPriority: Hashable, Sendable {
    /// `nice` values a process may raise itself by without privileges.
    public static let range: ClosedRange<Int> = 0...19
    public static let `default` = ChildPriority(checked: 19)
    /// The service's own priority: for a child someone's page is waiting for.
    public static let service = ChildPriority(checked: 0)
    /// Where Debian (and every Linux with coreutils) keeps `nice`.
    static let niceExecutable = URL(fileURLWithPath: "/usr/bin/nice")

    public let niceness: Int

    /// Nil for a niceness outside `range`.
    public init?(niceness: Int) {
        guard Self.range.contains(niceness) else { return nil }
        self.init(checked: niceness)
    }

    private init(checked niceness: Int) {
        self.niceness = niceness
    }

    /// The executable and arguments that run `executable` with `arguments` at this priority:
    /// unchanged at niceness 0, or when this machine has no `nice` (the child then runs at the service's priority).
    func launch(_ executable: URL, arguments: [String]) -> (executable: URL, arguments: [String]) {
        guard niceness > 0, FileManager.default.isExecutableFile(atPath: Self.niceExecutable.path) else {
            return (executable, arguments)
        }
        return (Self.niceExecutable, ["-n", String(niceness), executable.path] + arguments)
    }
}

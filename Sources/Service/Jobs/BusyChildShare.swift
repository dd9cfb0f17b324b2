/// The share of its time a background child (a solve job, a scenario run) may run while the service
/// is busy answering requests (`amhp serve --busy-child-share`, `BackgroundThrottle`), in percent:
/// 10 by default; 100 never holds it back; 0 stops it until the surge has passed.
public struct BusyChildShare: Hashable, Sendable {
    public static let percentRange: ClosedRange<Int> = 0...100
    public static let `default` = BusyChildShare(checked: 10)
    /// Never held back.
    public static let unlimited = BusyChildShare(checked: 100)

    public let percent: Int

    /// Nil outside `percentRange`.
    public init?(percent: Int) {
        guard Self.percentRange.contains(percent) else { return nil }
        self.init(checked: percent)
    }

    private init(checked percent: Int) {
        self.percent = percent
    }
}

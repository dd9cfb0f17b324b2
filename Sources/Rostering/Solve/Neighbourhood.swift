/// A part of the rota freed for re-optimisation while everything else stays as it is.
enum Neighbourhood: Sendable, Hashable, CustomStringConvertible {
    /// Every AMHP on the days `first...last`.
    case days(first: Int, last: Int)
    /// These AMHPs on every day.
    case people([Int])
    /// One shift type on the days `first...last` (and days either side, so swaps can happen).
    case shift(Int, first: Int, last: Int)

    /// Whether the assignment of AMHP `a` to shift `s` on day `d` is free.
    func frees(_ a: Int, day d: Int, shift s: Int) -> Bool {
        switch self {
        case .days(let first, let last): (first...last).contains(d)
        case .people(let people): people.contains(a)
        case .shift(let shift, let first, let last): (first...last).contains(d) && (s == shift || d == first || d == last)
        }
    }

    var description: String {
        switch self {
        case .days(let first, let last): "days \(first + 1)-\(last + 1)"
        case .people(let people): "\(people.count) AMHPs"
        case .shift(let shift, let first, let last): "shift \(shift) days \(first + 1)-\(last + 1)"
        }
    }
}

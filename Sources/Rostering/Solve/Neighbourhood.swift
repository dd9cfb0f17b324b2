/// A block of the rota freed for re-optimisation while everything else stays as it is:
/// some AMHPs, on some days, on some shift types.
struct Neighbourhood: Sendable, Hashable, CustomStringConvertible {
    enum Kind: Sendable, Hashable { case days, people, shift }

    let kind: Kind
    /// Free AMHPs (all when nil).
    let people: Set<Int>?
    let firstDay: Int
    let lastDay: Int
    /// Free shift types (all when nil).
    let shifts: Set<Int>?

    /// Whether the assignment of AMHP `a` to shift `s` on day `d` is free.
    func frees(_ a: Int, day d: Int, shift s: Int) -> Bool {
        d >= firstDay && d <= lastDay && (people?.contains(a) ?? true) && (shifts?.contains(s) ?? true)
    }

    /// Whether every assignment `other` frees, this one frees too: once this one is proved to hold
    /// nothing better, neither does `other`, around the same rota.
    func covers(_ other: Neighbourhood) -> Bool {
        guard other.firstDay >= firstDay, other.lastDay <= lastDay else { return false }
        func within(_ inner: Set<Int>?, _ outer: Set<Int>?) -> Bool {
            guard let outer else { return true }
            return inner.map { $0.isSubset(of: outer) } ?? false
        }
        return within(other.people, people) && within(other.shifts, shifts)
    }

    var description: String {
        let who = people.map { "\($0.count) AMHPs" } ?? "everyone"
        let which = shifts.map { "shift \($0.sorted().map(String.init).joined(separator: ","))" } ?? "all shifts"
        return "\(kind): \(who), days \(firstDay + 1)-\(lastDay + 1), \(which)"
    }
}

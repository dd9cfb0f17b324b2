/// Replays one AMHP's entries in the order they take effect: credits add lots, plans reserve hours,
/// debits use the oldest lots first and takings release the plans they fulfil.
///
/// Order of effect: by day (a plan's reservation starts on the day it is recorded, every other entry on
/// its date), then credits before plans before debits, then ledger order. Corrections and the entries
/// they cancel are left out, so a correction restates the past as if the cancelled entry never existed;
/// voids, which move nothing, are left out too.
struct TOILTimeline {
    /// Hours a plan still reserves.
    struct Reservation {
        let entryID: String
        let date: LocalDate
        let sequence: Int
        var hours: TOILHours
    }

    /// The first entry that wanted more hours than were available.
    struct Shortfall: Equatable {
        let entryID: String
        let date: LocalDate
        let needed: TOILHours
        let held: TOILHours
        let planned: TOILHours
    }

    /// Where an entry falls in the order of effect, before ledger order breaks ties.
    struct EffectKey: Comparable {
        let day: Int
        let phase: Int

        static func < (lhs: EffectKey, rhs: EffectKey) -> Bool { (lhs.day, lhs.phase) < (rhs.day, rhs.phase) }
    }

    private(set) var lots: [TOILLot] = []
    private(set) var reservations: [Reservation] = []
    private(set) var held: TOILHours = .zero
    private(set) var planned: TOILHours = .zero
    /// The key of the last entry applied: an entry whose key is not before it, appended to the ledger
    /// after every entry applied, takes effect after them all and may be applied without a replay.
    private(set) var lastApplied: EffectKey?

    /// The effective day of an entry in the replay.
    static func effectiveDay(_ entry: TOILEntry) -> LocalDate {
        entry.kind == .planned ? entry.recordedOn : entry.date
    }

    static func key(_ entry: TOILEntry) -> EffectKey {
        EffectKey(day: effectiveDay(entry).dayNumber, phase: phase(entry))
    }

    /// Whether every entry applied takes effect by `lastDay` (all of them when nil): the timeline is
    /// then the replay through that day.
    func isComplete(through lastDay: LocalDate?) -> Bool {
        guard let lastDay, let lastApplied else { return true }
        return lastApplied.day <= lastDay.dayNumber
    }

    /// Whether `entry`, appended after every entry applied, takes effect after them all.
    func follows(_ entry: TOILEntry) -> Bool {
        lastApplied.map { Self.key(entry) >= $0 } ?? true
    }

    /// Replays `entries` (one AMHP's, in ledger order) through `lastDay` (all when nil), stopping at a shortfall.
    static func replay(_ entries: [TOILEntry], voided: Set<String>, through lastDay: LocalDate? = nil)
        -> (timeline: TOILTimeline, shortfall: Shortfall?) {
        // Sorted as (day, phase, ledger order) keys, so the entries themselves are never copied to sort them.
        var events: [(key: EffectKey, sequence: Int)] = []
        events.reserveCapacity(entries.count)
        for (sequence, entry) in entries.enumerated()
        where entry.kind.correctedEntryID == nil && entry.kind.voidedEntryID == nil && !voided.contains(entry.id) {
            let key = key(entry)
            if let lastDay, key.day > lastDay.dayNumber { continue }
            events.append((key, sequence))
        }
        events.sort { $0.key != $1.key ? $0.key < $1.key : $0.sequence < $1.sequence }
        var timeline = TOILTimeline()
        for event in events {
            if let shortfall = timeline.apply(entries[event.sequence], sequence: event.sequence) { return (timeline, shortfall) }
        }
        return (timeline, nil)
    }

    private static func phase(_ entry: TOILEntry) -> Int {
        entry.isCredit ? 0 : entry.kind == .planned ? 1 : 2
    }

    /// Applies one entry; returns the shortfall and leaves the timeline unchanged if the hours are not available.
    mutating func apply(_ entry: TOILEntry, sequence: Int) -> Shortfall? {
        if let shortfall = shortfall(applying: entry) { return shortfall }
        lastApplied = Self.key(entry)
        if entry.isCredit {
            lots.append(TOILLot(accrualDate: entry.date, hours: entry.hours, sourceEntryID: entry.id))
            held += entry.hours
        } else if entry.kind == .planned {
            let reservation = Reservation(entryID: entry.id, date: entry.date, sequence: sequence, hours: entry.hours)
            let index = reservations.firstIndex { ($0.date, $0.sequence) > (entry.date, sequence) } ?? reservations.endIndex
            reservations.insert(reservation, at: index)
            planned += entry.hours
        } else {
            let (remainingPlans, released) = releasing(entry)
            reservations = remainingPlans.filter { $0.hours.isPositive }
            planned -= released
            consumeOldestFirst(entry.hours)
        }
        return nil
    }

    /// The shortfall applying `entry` now would meet, if any, without applying it.
    func shortfall(applying entry: TOILEntry) -> Shortfall? {
        if entry.isCredit { return nil }
        if entry.kind == .planned {
            return entry.hours <= held - planned ? nil : shortfall(entry, planned: planned)
        }
        let released = releasing(entry).released
        return entry.hours <= held - (planned - released) ? nil : shortfall(entry, planned: planned - released)
    }

    /// The reservations left once a debit has released the plans it fulfils (a taking releases plans
    /// dated on or before it, earliest first), and the hours released.
    private func releasing(_ entry: TOILEntry) -> (remaining: [Reservation], released: TOILHours) {
        guard entry.kind == .taken else { return (reservations, .zero) }
        var remainingPlans = reservations
        var released = TOILHours.zero
        for index in remainingPlans.indices where remainingPlans[index].date <= entry.date && released < entry.hours {
            let release = TOILHours.min(remainingPlans[index].hours, entry.hours - released)
            remainingPlans[index].hours -= release
            released += release
        }
        return (remainingPlans, released)
    }

    private func shortfall(_ entry: TOILEntry, planned: TOILHours) -> Shortfall {
        Shortfall(entryID: entry.id, date: entry.date, needed: entry.hours, held: held, planned: planned)
    }

    /// Uses `hours` from the oldest lots first; the caller has checked that enough are held.
    private mutating func consumeOldestFirst(_ hours: TOILHours) {
        var remaining = hours
        while remaining.isPositive, let oldest = lots.first {
            let used = TOILHours.min(oldest.hours, remaining)
            remaining -= used
            if used == oldest.hours {
                lots.removeFirst()
            } else {
                lots[0] = TOILLot(accrualDate: oldest.accrualDate, hours: oldest.hours - used, sourceEntryID: oldest.sourceEntryID)
            }
        }
        held -= hours
    }
}

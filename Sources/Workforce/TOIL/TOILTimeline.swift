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

    private(set) var lots: [TOILLot] = []
    private(set) var reservations: [Reservation] = []
    private(set) var held: TOILHours = .zero
    private(set) var planned: TOILHours = .zero

    /// The effective day of an entry in the replay.
    static func effectiveDay(_ entry: TOILEntry) -> LocalDate {
        entry.kind == .planned ? entry.recordedOn : entry.date
    }

    /// Replays `entries` (one AMHP's, in ledger order) through `lastDay` (all when nil), stopping at a shortfall.
    static func replay(_ entries: [TOILEntry], voided: Set<String>, through lastDay: LocalDate? = nil)
        -> (timeline: TOILTimeline, shortfall: Shortfall?) {
        // Sorted as (day, phase, ledger order) keys, so the entries themselves are never copied to sort them.
        var events: [(day: Int, phase: Int, sequence: Int)] = []
        events.reserveCapacity(entries.count)
        for (sequence, entry) in entries.enumerated()
        where entry.kind.correctedEntryID == nil && entry.kind.voidedEntryID == nil && !voided.contains(entry.id) {
            let day = effectiveDay(entry)
            if let lastDay, day > lastDay { continue }
            events.append((day.dayNumber, phase(entry), sequence))
        }
        events.sort { ($0.day, $0.phase, $0.sequence) < ($1.day, $1.phase, $1.sequence) }
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
        if entry.isCredit {
            lots.append(TOILLot(accrualDate: entry.date, hours: entry.hours, sourceEntryID: entry.id))
            held += entry.hours
            return nil
        }
        if entry.kind == .planned {
            guard entry.hours <= held - planned else { return shortfall(entry, planned: planned) }
            let reservation = Reservation(entryID: entry.id, date: entry.date, sequence: sequence, hours: entry.hours)
            let index = reservations.firstIndex { ($0.date, $0.sequence) > (entry.date, sequence) } ?? reservations.endIndex
            reservations.insert(reservation, at: index)
            planned += entry.hours
            return nil
        }
        var remainingPlans = reservations
        var released = TOILHours.zero
        if entry.kind == .taken {
            for index in remainingPlans.indices where remainingPlans[index].date <= entry.date && released < entry.hours {
                let release = TOILHours.min(remainingPlans[index].hours, entry.hours - released)
                remainingPlans[index].hours -= release
                released += release
            }
        }
        guard entry.hours <= held - (planned - released) else { return shortfall(entry, planned: planned - released) }
        reservations = remainingPlans.filter { $0.hours.isPositive }
        planned -= released
        consumeOldestFirst(entry.hours)
        return nil
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

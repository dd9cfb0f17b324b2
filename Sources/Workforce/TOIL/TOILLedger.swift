/// The append-only record of every AMHP's time off in lieu: entries are added, never edited or removed.
///
/// A mistake is put right by appending a `correction` (which cancels the wrong entry) and, if needed,
/// the right entry. Balances are worked out from the entries whenever asked, in the order the entries
/// take effect, so a back-dated entry or a correction restates every balance after its date.
/// Takings, forfeits, payouts and debits use the oldest hours first. Taking more than is available
/// (held − planned) on the day is refused, so no balance and no lot is ever negative.
///
///     var ledger = TOILLedger(amhpIDs: ["A01"])
///     try ledger.append(TOILEntry(id: "e1", amhpID: "A01", kind: .accrued, date: oct1, hours: 5,
///                                 reason: "Assessment overran", recordedBy: "hr", approvedBy: "Sam"))
///     ledger.balance(of: "A01", asOf: oct1).held   // 5 h
///
/// - Complexity: an entry that takes effect after all of its AMHP's (the usual one: recorded on its
///   day) is checked and applied in O(1) amortised, and a balance as of a day after them all is read
///   in O(1), from the AMHP's replay kept up to date. A back-dated entry or a correction restates the
///   past: the AMHP's entries are replayed again, O(n log n), when next needed (`refreshReplays(of:)`
///   does it ahead).
public struct TOILLedger: Sendable {
    /// One AMHP's entries replayed in their order of effect, kept while each new entry takes effect
    /// after those before it; `stale` once one does not (a back-dated entry, a correction).
    enum Replay {
        case current(TOILTimeline)
        case stale
    }

    /// Every entry in the order it was appended (recording order); an entry's position is its sequence number.
    public private(set) var entries: [TOILEntry] = []
    /// When set, entries for other AMHP ids are refused.
    public private(set) var amhpIDs: Set<String>?
    /// Position of each entry by id.
    private(set) var positions: [String: Int] = [:]
    /// Positions of each AMHP's entries, in ledger order.
    private(set) var positionsByAMHP: [String: [Int]] = [:]
    /// The correction of each corrected entry, by the corrected entry's id.
    private(set) var corrections: [String: String] = [:]
    /// The void that set each stored entry aside, by the voided entry's id (which is not in `entries`).
    private(set) var voids: [String: String] = [:]
    /// When the ledger holds only some AMHPs' entries, the recording day of the whole ledger's last
    /// entry: a new entry recorded before it is refused, as it would be by the whole ledger.
    private(set) var lastRecordedOutside: LocalDate?
    /// Each AMHP's replay (none yet: no entry that moves hours).
    private(set) var replays: [String: Replay] = [:]

    /// An empty ledger; give `amhpIDs` to refuse entries for anyone else.
    public init(amhpIDs: Set<String>? = nil) {
        self.amhpIDs = amhpIDs
    }

    /// A ledger of stored entries, each checked as `append` checks it, in their recorded order.
    public init(entries: [TOILEntry], amhpIDs: Set<String>? = nil) throws(TOILLedgerError) {
        self.init(amhpIDs: amhpIDs)
        for entry in entries { try append(entry) }
    }

    /// Entries checked when they were appended (read back from storage), indexed without checking
    /// them again: O(n), where `init(entries:)` replays an AMHP's entries at every debit.
    ///
    /// Storage gives the entries of the AMHPs a write concerns, with `lastRecordedOn` the recording
    /// day of the whole ledger's last entry; such a ledger checks a new entry for those AMHPs as the
    /// whole ledger would, but for an id used by someone else's entry, which storage checks itself.
    public init(checkedEntries entries: [TOILEntry], amhpIDs: Set<String>? = nil, lastRecordedOn: LocalDate? = nil) {
        self.init(amhpIDs: amhpIDs)
        lastRecordedOutside = lastRecordedOn
        self.entries.reserveCapacity(entries.count)
        positions.reserveCapacity(entries.count)
        for entry in entries { index(entry) }
    }

    /// The same entries answering for other AMHPs and another whole-ledger recording day (see
    /// `init(checkedEntries:amhpIDs:lastRecordedOn:)`): how storage reuses a ledger it keeps.
    public mutating func rescope(amhpIDs: Set<String>?, lastRecordedOn: LocalDate?) {
        self.amhpIDs = amhpIDs
        lastRecordedOutside = lastRecordedOn
    }

    /// Replays again the entries of those of `amhpIDs` whose replay a back-dated entry or a correction
    /// made stale, so their next check and balance need no replay.
    public mutating func refreshReplays(of amhpIDs: Set<String>) {
        for amhpID in amhpIDs {
            guard case .stale? = replays[amhpID] else { continue }
            let replay = TOILTimeline.replay(entries(of: amhpID), voided: Set(corrections.keys))
            // A shortfall in stored entries (checked when appended) leaves the replay to each question.
            if replay.shortfall == nil { replays[amhpID] = .current(replay.timeline) }
        }
    }

    /// The recording day of the last entry, in this ledger or (for part of one) the whole ledger.
    var lastRecordedOn: LocalDate? {
        [entries.last?.recordedOn, lastRecordedOutside].compactMap { $0 }.max()
    }

    /// Adds an entry after checking it against every earlier entry; on error the ledger is unchanged.
    ///
    /// - Throws: `TOILLedgerError` naming the entry, the cause and a fix.
    public mutating func append(_ entry: TOILEntry) throws(TOILLedgerError) {
        try validate(entry)
        index(entry)
    }

    private mutating func index(_ entry: TOILEntry) {
        let position = entries.count
        entries.append(entry)
        positions[entry.id] = position
        // A void whose entry could not be read may not know the AMHP; it then belongs to no one's history.
        if !entry.amhpID.isEmpty { positionsByAMHP[entry.amhpID, default: []].append(position) }
        if let corrected = entry.kind.correctedEntryID { corrections[corrected] = entry.id }
        if let voided = entry.kind.voidedEntryID { voids[voided] = entry.id }
        extendReplay(with: entry)
    }

    /// Applies a new entry to its AMHP's replay when it takes effect after every entry applied;
    /// otherwise the replay is stale. A void moves nothing.
    private mutating func extendReplay(with entry: TOILEntry) {
        if let correctedID = entry.kind.correctedEntryID {
            replays[entry.amhpID] = .stale
            if let corrected = self.entry(id: correctedID), !corrected.amhpID.isEmpty { replays[corrected.amhpID] = .stale }
            return
        }
        guard entry.kind.voidedEntryID == nil, !entry.amhpID.isEmpty else { return }
        // Taken out while applied, so the timeline is changed in place rather than copied.
        guard case .current(var timeline) = replays.removeValue(forKey: entry.amhpID) ?? .current(TOILTimeline()),
              timeline.follows(entry),
              timeline.apply(entry, sequence: (positionsByAMHP[entry.amhpID]?.count ?? 1) - 1) == nil else {
            replays[entry.amhpID] = .stale
            return
        }
        replays[entry.amhpID] = .current(timeline)
    }

    /// The AMHPs with at least one entry, in id order.
    public var amhpIDsWithEntries: [String] { positionsByAMHP.keys.sorted() }

    /// The entry with this id, if any.
    public func entry(id: String) -> TOILEntry? { positions[id].map { entries[$0] } }

    /// The 0-based sequence number of an entry: its position in recording order.
    public func sequence(of id: String) -> Int? { positions[id] }

    /// The correction that cancelled the entry with this id, if one did.
    public func correction(of id: String) -> TOILEntry? { corrections[id].flatMap(entry(id:)) }

    /// The void that set aside the stored entry with this id, if one did.
    public func void(of id: String) -> TOILEntry? { voids[id].flatMap(entry(id:)) }

    /// Whether the entry still counts (it is not a correction or a void, and no correction cancelled it).
    public func counts(_ entry: TOILEntry) -> Bool {
        entry.kind.correctedEntryID == nil && entry.kind.voidedEntryID == nil && corrections[entry.id] == nil
    }

    /// Every entry of one AMHP, in recording order.
    public func entries(of amhpID: String) -> [TOILEntry] {
        (positionsByAMHP[amhpID] ?? []).map { entries[$0] }
    }

    /// An entry's effect on held hours: its own signed hours, or for a correction the reverse of the entry it cancels.
    ///
    /// The signed hours of all entries add up to the hours held at the end: nothing is ever lost.
    public func signedHours(of entry: TOILEntry) -> TOILHours {
        guard let corrected = entry.kind.correctedEntryID.flatMap(entry(id:)) else { return entry.ownSignedHours }
        return -corrected.ownSignedHours
    }

    /// One AMHP's entries replayed through `lastDay` (all when nil): their kept replay when it is
    /// current and every entry takes effect by then.
    func timeline(of amhpID: String, through lastDay: LocalDate? = nil) -> TOILTimeline {
        switch replays[amhpID] {
        case nil:
            return TOILTimeline()
        case .current(let timeline)? where timeline.isComplete(through: lastDay):
            return timeline
        default:
            return TOILTimeline.replay(entries(of: amhpID), voided: Set(corrections.keys), through: lastDay).timeline
        }
    }

    /// The AMHP's replay when current and `entry`, appended now, would take effect after all it holds.
    func currentReplay(followedBy entry: TOILEntry) -> TOILTimeline? {
        guard case .current(let timeline)? = replays[entry.amhpID], timeline.follows(entry) else { return nil }
        return timeline
    }
}

/// Where an AMHP's request for leave stands: the one vocabulary the store, the API and the pages use.
public enum LeaveRequestStatus: String, CaseIterable, Codable, Hashable, Sendable {
    /// Asked for, waiting for a manager.
    case pending
    /// A manager approved it: it became an absence (`LeaveRequestRecord.absenceID`).
    case approved
    /// A manager declined it, with their note.
    case declined
    /// The AMHP took it back while it was pending.
    case withdrawn

    /// Whether a manager may still decide it, or the AMHP withdraw it.
    public var isOpen: Bool { self == .pending }
}

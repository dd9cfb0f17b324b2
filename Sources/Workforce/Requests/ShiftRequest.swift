/// A wish about one day: a day off, a particular shift, or not a particular shift.
public struct ShiftRequest: Hashable, Sendable {
    public enum Preference: String, CaseIterable, Sendable {
        case want
        case avoid
    }

    public let amhpID: String
    public let date: LocalDate
    /// A shift code, or nil for "any shift": `avoid` with no shift is a request for the day off.
    public let shiftCode: String?
    public let preference: Preference
    /// How much the request matters, 1 (nice to have) to 10 (important).
    public let weight: Int
    /// Why `amhp` may not ask to work `shift`, or nil: an NHS AMHP cannot be given duty (`eligibility.duty`),
    /// so such a request could never be honoured.
    public static func unworkable(_ preference: Preference, amhp: AMHP, shift: ShiftType?) -> String? {
        guard preference == .want, let shift, !amhp.mayWork(kind: shift.kind) else { return nil }
        return "\(amhp.name) is employed by \(amhp.employment.employerName), and duty (\(shift.code)) is for LA AMHPs only."
    }

    /// Weights run from 1 to this (`requests.csv`).
    public static let weights = 1...10

    public init(amhpID: String, date: LocalDate, shiftCode: String?, preference: Preference, weight: Int) {
        self.amhpID = amhpID
        self.date = date
        self.shiftCode = shiftCode
        self.preference = preference
        self.weight = weight
    }

    /// Whether a day's assignment (a shift code, or nil for a day off) honours the request.
    public func isMet(byShift assigned: String?) -> Bool {
        switch (preference, shiftCode) {
        case (.want, nil): assigned != nil
        case (.want, let wanted?): assigned == wanted
        case (.avoid, nil): assigned == nil
        case (.avoid, let avoided?): assigned != avoided
        }
    }
}

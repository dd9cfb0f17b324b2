/// Where the hours go that LA AMHPs are contracted for and the rota does not need (`hub.surplus_hours`).
///
/// Never onto a rota shift above its target: that costs enhancements, idles people on nights and
/// weekends and takes them from the weekdays when referrals come.
public enum SurplusHours: String, CaseIterable, Sendable, Codable {
    /// Planned as weekday duty: the hub's duty shift (`kind = duty` in `shifts.csv`).
    case duty
    /// Left as unplanned working time, which the AMHP's team plans outside the rota.
    case unplanned

    /// The hub's choice: as written in the rules file, or duty exactly when shifts.csv has a duty shift.
    public static func resolved(_ written: SurplusHours?, shifts: [ShiftType]) -> SurplusHours {
        written ?? (shifts.contains(where: \.isDuty) ? .duty : .unplanned)
    }
}

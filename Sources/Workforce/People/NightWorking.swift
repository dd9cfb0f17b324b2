/// Whether an AMHP works night shifts: some cannot (health, caring duties), some work only nights.
public enum NightWorking: String, CaseIterable, Sendable, Hashable {
    case yes
    case no
    case only
}

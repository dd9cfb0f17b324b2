import Workforce

/// A what-if: people removed or added, demand changed, cover or working-time rules changed.
/// Read from a small YAML file (`scenarios/*.yaml`, docs/planning.md) and run through the real
/// rota model by `ScenarioRunner`.
public struct Scenario: Hashable, Sendable {
    public var name: String
    public var description = ""
    /// The file it came from, for messages.
    public var fileName: String
    public var removals: [Removal] = []
    public var additions: [Addition] = []
    /// Demand changed by this many percent (10 = a tenth more referrals).
    public var demandChangePercent = 0.0
    /// Replace cover.csv's minimums with the cover the demand needs (the sufficiency model).
    public var coverFromDemand = false
    public var coverChanges: [CoverChange] = []
    public var workingTime = WorkingTimeChanges()

    public init(name: String, fileName: String) {
        self.name = name
        self.fileName = fileName
    }

    /// Whether the scenario needs the demand model (and so referrals.csv).
    public var usesDemand: Bool { demandChangePercent != 0 || coverFromDemand }

    /// AMHPs taken off the rota: one by id, or a number of one kind.
    public enum Removal: Hashable, Sendable {
        case id(String)
        case kind(AMHPKind, count: Int)
    }

    /// A description of AMHPs: every condition given must hold.
    public struct AMHPKind: Hashable, Sendable {
        /// `LA`, `NHS` (any trust) or a trust's name.
        public var employer: String?
        public var profession: Profession?
        public var nights: NightWorking?
        /// `days`, `nights`, `any` (either) or `none`.
        public var coordinates: String?
        public init() {}

        public func matches(_ amhp: AMHP) -> Bool {
            if amhp.isTrainee { return false }
            if let employer {
                let upper = employer.uppercased()
                switch upper {
                case "LA": if amhp.employment.isNHS { return false }
                case "NHS": if !amhp.employment.isNHS { return false }
                default: if amhp.employment.employerName.uppercased() != upper { return false }
                }
            }
            if let profession, amhp.profession != profession { return false }
            if let nights, amhp.nightWorking != nights { return false }
            switch coordinates {
            case "days": if !amhp.canCoordinateDays { return false }
            case "nights": if !amhp.canCoordinateNights { return false }
            case "any": if !(amhp.canCoordinateDays || amhp.canCoordinateNights) { return false }
            case "none": if amhp.canCoordinateDays || amhp.canCoordinateNights { return false }
            default: break
            }
            return true
        }

        /// In words: `NHS nurses who coordinate nights`.
        public var words: String {
            var parts: [String] = []
            if let employer { parts.append(employer) }
            parts.append(profession.map { $0.displayName.lowercased() } ?? "AMHPs")
            if let nights { parts.append(nights == .only ? "working only nights" : (nights == .no ? "not working nights" : "working any shift")) }
            if let coordinates { parts.append(coordinates == "none" ? "who do not coordinate" : "who coordinate \(coordinates == "any" ? "shifts" : coordinates)") }
            return parts.joined(separator: " ")
        }
    }

    /// New AMHPs: copies of an existing one (`like`), or described in full.
    public struct Addition: Hashable, Sendable {
        public var count = 1
        public var like: String?
        public var employment: Employment = .localAuthority(fte: 1.0)
        public var profession: Profession = .socialWorker
        public var nights: NightWorking = .yes
        public var coordinateDays = false
        public var coordinateNights = false
        public init() {}
    }

    /// A change to cover.csv's rows: absolute `minimum`/`target`, or both moved by `change`.
    public struct CoverChange: Hashable, Sendable {
        /// Nil for every kind of day.
        public var dayType: DayType?
        /// Nil for every shift.
        public var shiftCode: String?
        public var minimum: Int?
        public var target: Int?
        public var change: Int?
        public init() {}
    }

    /// Working-time settings the scenario overrides (nil keeps the hub's).
    public struct WorkingTimeChanges: Hashable, Sendable {
        public var minimumRestHours: Double?
        public var maximumConsecutiveNights: Int?
        public var maximumConsecutiveWorkingDays: Int?
        public var average48HourWeek: Bool?
        public init() {}

        public var isEmpty: Bool {
            minimumRestHours == nil && maximumConsecutiveNights == nil && maximumConsecutiveWorkingDays == nil && average48HourWeek == nil
        }
    }
}

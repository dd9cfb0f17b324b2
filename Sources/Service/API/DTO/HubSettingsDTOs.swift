import Vapor
import Workforce

/// The hub's rota settings as a manager sees them: each shift type with its kind, the cover table
/// (minimum, target and maximum per day type and shift), where surplus hours go and the pay for
/// unsocial hours. The same settings as `shifts.csv`, `cover.csv` and `rules.yaml` hold.
struct HubSettingsDTO: Content {
    let shiftTypes: [ShiftTypeDTO]
    let cover: [CoverRuleDTO]
    /// As set: `duty`, `unplanned`, or nil to follow the shift types.
    let surplusHours: String?
    /// What applies: `surplusHours`, or duty exactly when a shift type is a duty shift.
    let surplusHoursInEffect: String
    let unsocialHours: UnsocialHoursDTO

    init(_ hub: Hub) {
        shiftTypes = hub.shiftTypes.map(ShiftTypeDTO.init)
        cover = hub.coverRules.map(CoverRuleDTO.init)
        surplusHours = hub.rules.surplusHours?.rawValue
        surplusHoursInEffect = SurplusHours.resolved(hub.rules.surplusHours, shifts: hub.shiftTypes).rawValue
        unsocialHours = UnsocialHoursDTO(hub.rules.unsocialHours)
    }
}

/// A change to the rota settings: the whole document, each part replacing what the hub has.
struct HubSettingsEditDTO: Content {
    /// Every shift type of the hub once, with its kind.
    let shiftKinds: [ShiftKindDTO]
    /// The whole cover table: a row for every rota shift on every day type, and one for a duty
    /// shift on each day type it runs.
    let cover: [CoverRuleDTO]
    /// `duty`, `unplanned`, or null (or left out) to follow the shift types.
    let surplusHours: String?
    let unsocialHours: UnsocialHoursDTO
}

/// One shift type's kind, as a manager sets it.
struct ShiftKindDTO: Content {
    let shift: String
    /// `rota` or `duty`.
    let kind: String
}

/// One row of the cover table (`cover.csv`). Optional when sent only so that a missing number is
/// named as missing rather than refused as unreadable; the service always sends each.
struct CoverRuleDTO: Content {
    let dayType: String
    let shift: String
    let minimum: Int?
    let target: Int?
    /// The most AMHPs on the shift; for a duty shift, the day's cap on people on duty. Left out when
    /// sent: the target plus one.
    let maximum: Int?
    let coordinator: Bool?
    /// Left out when sent: no.
    let secondWorker: Bool?

    init(dayType: String, shift: String, minimum: Int?, target: Int?, maximum: Int?, coordinator: Bool?, secondWorker: Bool?) {
        (self.dayType, self.shift, self.minimum, self.target) = (dayType, shift, minimum, target)
        (self.maximum, self.coordinator, self.secondWorker) = (maximum, coordinator, secondWorker)
    }

    init(_ rule: CoverRule) {
        self.init(dayType: rule.dayType.rawValue, shift: rule.shiftCode, minimum: rule.minimum, target: rule.target,
                  maximum: rule.maximum, coordinator: rule.coordinatorRequired, secondWorker: rule.secondWorkerAvailable)
    }
}

/// The pay for unsocial hours (`unsocial_hours:` in rules.yaml).
struct UnsocialHoursDTO: Content {
    /// Night hours for pay start at this time (`HH:MM`) and end at `nightEnd` the next morning.
    let nightStart: String
    let nightEnd: String
    /// Local-authority AMHPs (NJC terms unless the council's own differ).
    let la: EnhancementRatesDTO
    /// NHS AMHPs (Agenda for Change).
    let nhs: EnhancementRatesDTO

    init(nightStart: String, nightEnd: String, la: EnhancementRatesDTO, nhs: EnhancementRatesDTO) {
        (self.nightStart, self.nightEnd, self.la, self.nhs) = (nightStart, nightEnd, la, nhs)
    }

    init(_ terms: UnsocialHoursTerms) {
        self.init(nightStart: "\(terms.nightStart)", nightEnd: "\(terms.nightEnd)",
                  la: EnhancementRatesDTO(terms.localAuthority), nhs: EnhancementRatesDTO(terms.nhs))
    }
}

/// One employer's basic hourly pay (pounds) and each enhancement as a share of it (0.5 = time and a half).
struct EnhancementRatesDTO: Content {
    let hourlyPay: Double
    let night: Double
    let saturday: Double
    let sunday: Double
    let bankHoliday: Double

    init(hourlyPay: Double, night: Double, saturday: Double, sunday: Double, bankHoliday: Double) {
        (self.hourlyPay, self.night, self.saturday, self.sunday, self.bankHoliday) = (hourlyPay, night, saturday, sunday, bankHoliday)
    }

    init(_ rates: EnhancementRates) {
        self.init(hourlyPay: rates.hourlyPay, night: rates.night, saturday: rates.saturday, sunday: rates.sunday,
                  bankHoliday: rates.bankHoliday)
    }
}

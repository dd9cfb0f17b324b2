import Workforce

/// What one full-time AMHP gives the rota in a year, after abstractions, and so what any AMHP's
/// contract or NHS agreement is worth in rota FTE.
///
/// An LA contract's rota hours are FTE × the standard day (37 / 5 = 7.4 hours) × the working
/// weekdays of the year (bank holidays fall outside them, as in `MonthlyCommitment`). From those
/// come annual leave, sickness, training, supervision, other duties and TOIL taken back; what is left is delivered
/// to the rota. **1 rota FTE** is what a 1.0 FTE LA AMHP delivers. An NHS AMHP's agreed shifts a
/// month, reduced pro rata for their leave and sickness as the rota reduces them, are converted
/// to rota FTE by the same yardstick; their training and supervision come out of NHS time.
public struct RotaFTEBasis: Hashable, Sendable {
    public let workingDays: Int
    public let dayHours: Double
    public let annualLeaveHours: Double
    public let sicknessHours: Double
    public let trainingHours: Double
    public let supervisionHours: Double
    public let otherDutiesHours: Double
    /// TOIL taken back out of rota time for overrun assessments (`TOILGivenBack`, or the setting).
    public let toilHours: Double
    /// Mean length of the hub's rota shifts, the yardstick for NHS shifts (as `MonthlyCommitment`).
    public let meanShiftHours: Double

    /// The basis for the 365 days from `first`.
    public init(hub: Hub, abstractions: PlanningSettings.Abstractions, from first: LocalDate) {
        let calendar = HubCalendar(addedDays: hub.rules.addedBankHolidays, removedDays: hub.rules.removedBankHolidays,
                                   years: (first.year - 1)...(first.year + 2))
        workingDays = (0..<365).filter { calendar.isWorkingWeekday(first.adding(days: $0)) }.count
        dayHours = hub.rules.standardDayHours
        annualLeaveHours = abstractions.annualLeaveDays * dayHours
        sicknessHours = abstractions.sicknessDays * dayHours
        trainingHours = abstractions.trainingHours
        supervisionHours = abstractions.supervisionHoursPerMonth * 12
        otherDutiesHours = abstractions.otherDutiesShare * Double(workingDays) * dayHours
        toilHours = abstractions.toilHours
        meanShiftHours = hub.meanRotaShiftHours
    }

    /// A 1.0 FTE contract's hours in the year.
    public var contractedHours: Double { Double(workingDays) * dayHours }

    /// Hours a 1.0 FTE AMHP gives the rota in the year: 1 rota FTE.
    public var deliveredHoursPerFTE: Double {
        max(contractedHours - annualLeaveHours - sicknessHours - trainingHours - supervisionHours - otherDutiesHours - toilHours, 1)
    }

    /// The share of the year an NHS AMHP is not on leave or sick, by which their shifts are reduced.
    public var nhsAvailableShare: Double {
        max(0, 1 - (annualLeaveHours + sicknessHours) / contractedHours)
    }

    /// Hours a year an AMHP gives the rota while approved.
    public func deliveredHours(_ employment: Employment) -> Double {
        switch employment {
        case .localAuthority(let fte): fte * deliveredHoursPerFTE
        case .nhs(_, let shiftsPerMonth): shiftsPerMonth * 12 * meanShiftHours * nhsAvailableShare
        }
    }

    /// An AMHP's contract or agreement in rota FTE.
    public func rotaFTE(_ employment: Employment) -> Double {
        deliveredHours(employment) / deliveredHoursPerFTE
    }
}

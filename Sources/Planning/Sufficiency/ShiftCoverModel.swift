import LinearProgramming
import Workforce

/// Turns hourly demand into cover per kind of day and shift, with GLPK.
///
/// Shifts overlap (a late joins the day shift at 13:00) and one weekday row in cover.csv serves
/// Monday to Friday, so the cover of every row is chosen together: the fewest AMHP-hours a week
/// that meet the response target.
///
///     minimise   Σ teams[t,s] × AMHPs per assessment × hours(s) × days of type t in the year
///                + Σ staffed[t,s] × hours(s) × days, for shifts whose coordinator stays at base
///     subject to on_duty[h] = Σ teams of the shifts covering hour h          (168 hours)
///                on_duty[h] + short[h] ≥ 1           a 24-hour service always has a team
///     overall:   Σ_c atLeast[g,c] ≤ on_duty[g],  atLeast[g,c] ≤ atLeast[g,c−1]    (binary)
///                Σ_g Σ_c Σ_{h in g} assessments[h] × (share(h,c) − share(h,c−1))·atLeast[g,c]
///                    ≥ target × Σ_h assessments[h]
///                and the same over a period's hours ≥ its minimum (out of hours, nights), if set,
///                and over a priority class's assessments ≥ its own share, if set
///     every_hour: on_duty[h] + short[h] ≥ teams needed in hour h alone
///
/// `share(h,c)` is Erlang C's share picked up in time with c teams in hour h. A group g
/// (`CoverHourGroup`) is the hours with the same shifts on duty and in the same periods, so the
/// same teams; `atLeast[g,c]` says that they have c teams or more, and each hour's share is built
/// from its increments. One ladder a group in place of one an hour took the demo hub's 881 binaries
/// to 69 and its LP bound from 79% of the optimum to 91%: with one AMHP per assessment GLPK had
/// needed 20 s to 6 min, and now needs a few hundredths of a second. `short` is priced prohibitively and
/// is non-zero only in hours that no shift covers, so the model is always feasible and such hours
/// are reported. Bank holidays take Sunday's cover: two years of referrals hold too few bank
/// holidays to estimate their own pattern, and their demand resembles a Sunday's. Only rota shifts
/// take teams: a duty shift (`kind = duty`) is time off the rota and answers no referral.
public enum ShiftCoverModel {
    static let dayTypes: [DayType] = [.weekday, .saturday, .sunday]

    /// `from`: the first of the 365 days whose AMHP-hours are minimised, coordinators included, so
    /// the objective is the FTE reported (issue 18 found two covers equal in a week of 5/1/1 days
    /// but 0.1 FTE apart over the year); without it, an ordinary week.
    public static func solve(hub: Hub, requirement: HourlyRequirement, settings: PlanningSettings, from first: LocalDate? = nil) throws -> CoverPlan {
        let days = first.map { CoverPlan.daysByType(from: $0, hub: hub) } ?? [.weekday: 5, .saturday: 1, .sunday: 1]
        let shifts = hub.rotaShiftTypes
        let week = WeekShifts(shifts: shifts)
        var model = LinearModel(name: "shift-cover")
        var teams: [DayType: [Variable]] = [:]
        var objective = LinearExpression()
        // No shift needs more teams than the busiest hour's levels go to (`levels`): a bound that
        // keeps the coordinator's on/off link tight.
        let most = Double((requirement.teamsNeeded.max() ?? 1) + 3)
        for dayType in dayTypes {
            // A bank holiday takes Sunday's cover, so Sunday's row stands for both.
            let standsFor: [DayType] = dayType == .sunday ? [.sunday, .bankHoliday] : [dayType]
            let daysAYear = standsFor.reduce(0.0) { $0 + Double(days[$1] ?? 0) }
            teams[dayType] = shifts.map { shift in
                let variable = model.addVariable(name: "teams(day_type=\(dayType.rawValue),shift=\(shift.code))", kind: .integer,
                                                 lowerBound: 0, upperBound: most)
                objective.add(variable, Double(settings.workload.amhpsPerAssessment) * shift.hours * daysAYear)
                // The coordinator who stays at base is one AMHP more on any such shift that has a
                // team at all: priced too, so the hours minimised are the hours the FTE counts.
                let coordinatorDays = standsFor.reduce(0.0) { total, type in
                    let atBase = (hub.coverRule(for: type, shift: shift.code)?.coordinatorRequired ?? false)
                        && settings.coverModel.coordinatorAtBase.contains(shift.code)
                    return total + (atBase ? Double(days[type] ?? 0) : 0)
                }
                if coordinatorDays > 0 {
                    let staffed = model.addVariable(name: "staffed(day_type=\(dayType.rawValue),shift=\(shift.code))", kind: .binary)
                    model.addConstraint(LinearExpression(variable) - LinearExpression(staffed, most), atMost: 0,
                                        name: "coordinator(day_type=\(dayType.rawValue),shift=\(shift.code))")
                    objective.add(staffed, shift.hours * coordinatorDays)
                }
                return variable
            }
        }
        var shorts: [Variable] = []
        var onDutyByHour: [LinearExpression] = []
        for hour in 0..<168 {
            var onDuty = LinearExpression()
            for slot in week.onDuty[hour] { if let team = teams[slot.dayType]?[slot.shiftIndex] { onDuty.add(team) } }
            onDutyByHour.append(onDuty)
            let short = model.addVariable(name: "short(hour=\(hour))", lowerBound: 0)
            shorts.append(short)
            objective.add(short, 1_000_000)
            let floor = settings.response.measure == .everyHour ? requirement.teamsNeeded[hour] : 1
            model.addConstraint(onDuty + short, atLeast: Double(floor), name: "teams_on_duty(hour=\(hour))")
        }
        var served = LinearExpression()
        let ownTargets = requirement.classes.indices.filter { requirement.classes[$0].share != nil }
        var classServed = Dictionary(uniqueKeysWithValues: ownTargets.map { ($0, LinearExpression()) })
        var servedByPeriod = Dictionary(uniqueKeysWithValues: ResponsePeriod.allCases.map { ($0, LinearExpression()) })
        if settings.response.measure == .overall {
            for group in CoverHourGroup.groups(week: week) {
                let groupServed = levels(group, onDuty: onDutyByHour[group.hours[0]], requirement: requirement, ownTargets: ownTargets,
                                         model: &model)
                served.add(groupServed.all)
                for period in group.periods { servedByPeriod[period]?.add(groupServed.all) }
                for (index, expression) in groupServed.byClass { classServed[index]?.add(expression) }
            }
        }
        if settings.response.measure == .overall {
            let total = requirement.assessmentsPerHour.reduce(0, +)
            model.addConstraint(served, atLeast: settings.response.share * total, name: "share_in_time")
            // A period's own minimum (out of hours, nights), so the week's share cannot hide it.
            for period in ResponsePeriod.allCases {
                guard let minimum = settings.response.minimum(for: period) else { continue }
                guard let periodServed = servedByPeriod[period] else { continue }
                let periodTotal = period.hours.reduce(0.0) { $0 + requirement.assessmentsPerHour[$1] }
                model.addConstraint(periodServed, atLeast: minimum * periodTotal, name: "share_in_time(period=\(period.rawValue))")
            }
            // A priority class's own target, so the urgent few are not averaged away either.
            for index in ownTargets {
                guard let share = requirement.classes[index].share, let expression = classServed[index] else { continue }
                let classTotal = requirement.classAssessments[index].reduce(0, +)
                model.addConstraint(expression, atLeast: share * classTotal, name: "share_in_time(class=\(requirement.classes[index].name))")
            }
        }
        model.objective = objective
        var parameters = SolverParameters()
        // The model is small; the node limit only guards against a pathological week (the result then
        // meets the target, within a small margin of the fewest hours). Nodes, not seconds, so the
        // FTE reported is the same on a busy machine as on an idle one.
        parameters.timeLimit = nil
        parameters.nodeLimit = 20_000
        parameters.relativeGap = 1e-4
        let result = try GLPKSolver().solve(model, parameters: parameters)
        guard let values = result.values else { throw PlanningError.solverFailed(model: "shift cover", status: result.rawStatus) }
        return plan(hub: hub, shifts: shifts, week: week, teams: teams, shorts: shorts, values: values, requirement: requirement,
                    settings: settings)
    }

    /// The "at least c teams" variables of a group of hours (`CoverHourGroup`: the same shifts on duty,
    /// so the same teams); returns its assessments picked up in time, in all and in each class of
    /// `ownTargets`. One ladder for the group is exact, since more teams never pick up fewer, and its
    /// relaxation is tighter than a ladder an hour: the concave envelope of a sum lies below the sum
    /// of the envelopes.
    private static func levels(_ group: CoverHourGroup, onDuty: LinearExpression, requirement: HourlyRequirement, ownTargets: [Int],
                               model: inout LinearModel) -> (all: LinearExpression, byClass: [(Int, LinearExpression)]) {
        // Beyond a few teams more than an hour needs alone, the share is 1 to many decimals.
        let highest = (group.hours.map { requirement.teamsNeeded[$0] }.max() ?? 0) + 3
        let hourGains = group.hours.map { requirement.sharesGained(hour: $0, upTo: highest) }
        // Assessments picked up in time that the c-th team adds, summed over the group's hours.
        func gains(_ assessments: [Double], _ shares: (HourlyRequirement.SharesGained) -> [Double]) -> [Double] {
            zip(group.hours, hourGains).reduce(into: Array(repeating: 0.0, count: highest)) { total, pair in
                for (position, gain) in shares(pair.1).enumerated() { total[position] += assessments[pair.0] * gain }
            }
        }
        let gained = gains(requirement.assessmentsPerHour) { $0.overall }
        let classGained = ownTargets.map { index in gains(requirement.classAssessments[index]) { $0.byClass[index] } }
        var teamsUsed = LinearExpression(), served = LinearExpression()
        var byClass = ownTargets.map { ($0, LinearExpression()) }
        var previous: Variable?
        for count in 1...highest {
            let atLeast = model.addVariable(name: "at_least(group=\(group.hours[0]),teams=\(count))", kind: .binary)
            teamsUsed.add(atLeast)
            served.add(atLeast, gained[count - 1])
            for position in byClass.indices { byClass[position].1.add(atLeast, classGained[position][count - 1]) }
            if let previous {
                model.addConstraint(LinearExpression(atLeast) - previous, atMost: 0, name: "in_order(group=\(group.hours[0]),teams=\(count))")
            }
            previous = atLeast
        }
        model.addConstraint(teamsUsed - onDuty, atMost: 0, name: "within_teams(group=\(group.hours[0]))")
        return (served, byClass)
    }

    /// `shifts` are the rota shifts `teams` were made for, in the same order.
    private static func plan(hub: Hub, shifts rotaShifts: [ShiftType], week: WeekShifts, teams: [DayType: [Variable]], shorts: [Variable],
                             values: [Double], requirement: HourlyRequirement, settings: PlanningSettings) -> CoverPlan {
        let teamCounts = teams.reduce(into: [WeekShifts.Team: Int]()) { counts, row in
            for (index, variable) in row.value.enumerated() {
                counts[WeekShifts.Team(dayType: row.key, shiftIndex: index)] = Int(values[variable.index].rounded())
            }
        }
        var shifts: [ShiftCover] = []
        for dayType in DayType.allCases {
            let source = dayType == .bankHoliday ? DayType.sunday : dayType
            for (index, shift) in rotaShifts.enumerated() {
                let count = teamCounts[WeekShifts.Team(dayType: source, shiftIndex: index)] ?? 0
                let rule = hub.coverRule(for: dayType, shift: shift.code)
                let atBase = count > 0 && (rule?.coordinatorRequired ?? false) && settings.coverModel.coordinatorAtBase.contains(shift.code)
                shifts.append(ShiftCover(dayType: dayType, shiftCode: shift.code, teams: count,
                                         amhps: count * settings.workload.amhpsPerAssessment + (atBase ? 1 : 0),
                                         hubMinimum: rule?.minimum ?? 0, hubTarget: rule?.target ?? 0))
            }
        }
        let onDuty = week.onDutyByHour(byTeam: { teamCounts[$0] ?? 0 })
        let uncovered = shorts.enumerated().compactMap { hour, variable -> (hourOfWeek: Int, teams: Int)? in
            let short = Int(values[variable.index].rounded())
            return short > 0 ? (hour, short) : nil
        }
        return CoverPlan(shifts: shifts, teamsOnDuty: onDuty, shareInTime: requirement.overallShareInTime(teamsOnDuty: onDuty),
                         uncoveredHours: uncovered)
    }
}

import Workforce

extension CheckContext {
    /// NHS AMHPs: per shift below their commitment, max(0, committed − rostered shifts), where
    /// committed = agreed shifts a month × available days / days in month (their agreement with the hub).
    func nhsShiftsUnder(_ amhp: AMHP) -> [Violation] {
        guard let position = nhsPosition(amhp), position.committed - position.rostered > Self.tolerance else { return [] }
        let under = position.committed - position.rostered
        let penalty = weight(.nhsShiftsUnder) * under
        return [.soft(.nhsShiftsUnder, amhpID: amhp.id, penalty: penalty,
                      "\(Wording.person(amhp)) (\(amhp.employment.employerName)) owes \(Wording.number(position.committed)) shifts this month (\(describe(position))) but is rostered \(Wording.number(position.rostered)): \(Wording.number(under)) under (penalty \(Wording.number(penalty))).")]
    }

    /// NHS AMHPs: per shift above their commitment, max(0, rostered − committed); their trust needs them too.
    func nhsShiftsOver(_ amhp: AMHP) -> [Violation] {
        guard let position = nhsPosition(amhp), position.rostered - position.committed > Self.tolerance else { return [] }
        let over = position.rostered - position.committed
        let penalty = weight(.nhsShiftsOver) * over
        return [.soft(.nhsShiftsOver, amhpID: amhp.id, penalty: penalty,
                      "\(Wording.person(amhp)) (\(amhp.employment.employerName)) owes \(Wording.number(position.committed)) shifts this month (\(describe(position))) but is rostered \(Wording.number(position.rostered)): \(Wording.number(over)) over (penalty \(Wording.number(penalty))).")]
    }

    /// LA AMHPs: per hour over contract, max(0, rostered hours − contracted hours).
    func contractedHoursOver(_ amhp: AMHP) -> [Violation] {
        guard let position = laPosition(amhp), position.over > Self.tolerance else { return [] }
        let penalty = weight(.contractedHoursOver) * position.over
        return [.soft(.contractedHoursOver, amhpID: amhp.id, penalty: penalty,
                      "\(Wording.person(amhp)) is rostered \(Wording.hours(position.rostered)) hours against \(Wording.hours(position.contracted)) contracted: \(Wording.hours(position.over)) hours over (penalty \(Wording.number(penalty))).")]
    }

    /// LA AMHPs: per hour under contract, max(0, contracted hours − TOIL to plan back − rostered hours).
    func contractedHoursUnder(_ amhp: AMHP) -> [Violation] {
        guard let position = laPosition(amhp), position.under > Self.tolerance else { return [] }
        let penalty = weight(.contractedHoursUnder) * position.under
        return [.soft(.contractedHoursUnder, amhpID: amhp.id, penalty: penalty,
                      "\(Wording.person(amhp)) is rostered \(Wording.hours(position.rostered)) hours against \(Wording.hours(position.contracted)) contracted less \(Wording.hours(position.planBack)) TOIL to plan back: \(Wording.hours(position.under)) hours under (penalty \(Wording.number(penalty))).")]
    }

    /// LA AMHPs: per hour of TOIL not planned back, plan back − min(plan back, max(0, contracted − rostered))
    /// (Service Standard 4.2: TOIL is taken back as soon as possible).
    func toilNotPlanned(_ amhp: AMHP) -> [Violation] {
        guard let position = laPosition(amhp), position.notPlanned > Self.tolerance else { return [] }
        let penalty = weight(.toilNotPlanned) * position.notPlanned
        return [.soft(.toilNotPlanned, amhpID: amhp.id, penalty: penalty,
                      "\(Wording.person(amhp)) has \(Wording.hours(position.planBack)) hours of TOIL to plan back, but rostered \(Wording.hours(position.rostered)) of \(Wording.hours(position.contracted)) contracted hours leaves room for only \(Wording.hours(position.planned)): \(Wording.hours(position.notPlanned)) hours not planned (penalty \(Wording.number(penalty))).")]
    }

    /// An LA AMHP's hours this month: what the contract asks, what the rota gives, and the TOIL between.
    struct ContractPosition {
        let contracted: Double
        let rostered: Double
        let planBack: Double

        var over: Double { max(0, rostered - contracted) }
        var under: Double { max(0, contracted - planBack - rostered) }
        /// TOIL fits only in contracted hours the rota leaves free.
        var planned: Double { min(planBack, max(0, contracted - rostered)) }
        var notPlanned: Double { planBack - planned }
    }

    /// An NHS AMHP's shifts this month against their pro-rata commitment.
    struct ShiftPosition {
        let agreed: Double
        let availableDays: Int
        let daysInMonth: Int
        let committed: Double
        let rostered: Double
    }

    /// Nil for NHS AMHPs, whose TOIL is taken back in their NHS role and only reported.
    func laPosition(_ amhp: AMHP) -> ContractPosition? {
        guard case .localAuthority = amhp.employment, let contracted = commitment(of: amhp).contractedHours else { return nil }
        return ContractPosition(contracted: contracted, rostered: rosteredHours(of: amhp.id),
                                planBack: hub.toilPlan(for: amhp.id)?.planBackHours ?? 0)
    }

    /// Nil for LA AMHPs.
    func nhsPosition(_ amhp: AMHP) -> ShiftPosition? {
        guard case .nhs(_, let agreed) = amhp.employment else { return nil }
        let commitment = commitment(of: amhp)
        guard let committed = commitment.committedShifts else { return nil }
        return ShiftPosition(agreed: agreed, availableDays: commitment.availableDays, daysInMonth: commitment.daysInMonth,
                             committed: committed, rostered: Double(shifts(of: amhp.id).count))
    }

    /// "4 agreed × 26 available of 31 days".
    private func describe(_ position: ShiftPosition) -> String {
        "\(Wording.number(position.agreed)) agreed × \(position.availableDays) available of \(position.daysInMonth) days"
    }
}

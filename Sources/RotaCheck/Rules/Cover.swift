import Workforce

extension CheckContext {
    /// One line per date × shift type: cover against the rule for that kind of day.
    ///
    /// A shift type with no cover rule for the day type is treated as not running (minimum and target 0),
    /// which is what the hub's cover file says with a `0,0,no` row; a duty shift without one has no
    /// duty that day (maximum 0).
    func coverageLines() -> [CoverageLine] {
        month.dates.flatMap { date in
            let dayType = calendar.dayType(date)
            return hub.shiftTypes.map { shift in
                let rule = hub.coverRule(for: dayType, shift: shift.code)
                let onShift = people(on: date, shift: shift.code)
                return CoverageLine(date: date, shiftCode: shift.code, dayType: dayType,
                                    minimum: rule?.minimum ?? 0, target: rule?.target ?? 0,
                                    maximum: rule?.maximum ?? (shift.isDuty ? 0 : nil), isDuty: shift.isDuty,
                                    assigned: onShift.filter(\.countsTowardsCover).count,
                                    trainees: onShift.filter(\.isTrainee).count,
                                    coordinatorRequired: rule?.coordinatorRequired ?? false,
                                    coordinatorPresent: onShift.contains { $0.canCoordinate(night: shift.isNight) })
            }
        }
    }

    /// No shift has more AMHPs counting towards cover than its maximum; no duty shift more than its cap (hard).
    func shiftsOverMaximum(_ coverage: [CoverageLine]) -> [Violation] {
        coverage.filter { $0.assigned > $0.maximum }.map { line in
            let what = line.isDuty ? "\(Wording.count(line.assigned, "AMHP")) on duty; the cap is \(line.maximum)"
                : "\(Wording.count(line.assigned, "AMHP")) counting towards cover; the maximum is \(line.maximum)"
            return .hard(.coverMaximum, amhpID: nil, date: line.date, shiftCode: line.shiftCode,
                         "\(describe(line)) has \(what) (cover.csv).")
        }
    }

    /// Per AMHP short of a shift's minimum cover: max(0, minimum − AMHPs counting towards cover).
    /// This is the sufficiency gap (MHA 1983; Service Standard 4.1: never lone-working).
    func coverBelowMinimum(_ coverage: [CoverageLine]) -> [Violation] {
        let weight = weight(.coverBelowMinimum)
        return coverage.filter { !$0.isDuty && $0.assigned < $0.minimum }.map { line in
            let short = line.minimum - line.assigned
            let penalty = weight * Double(short)
            return .soft(.coverBelowMinimum, date: line.date, shiftCode: line.shiftCode, penalty: penalty,
                         "\(describe(line)) has \(Wording.count(line.assigned, "AMHP")) counting towards cover; the minimum is \(line.minimum), so it is \(short) short (penalty \(Wording.number(penalty))).")
        }
    }

    /// Per shift whose cover rule requires a coordinator and on which nobody can coordinate
    /// that kind of shift, day or night (Service Standard 2.1).
    func missingCoordinator(_ coverage: [CoverageLine]) -> [Violation] {
        let weight = weight(.missingCoordinator)
        return coverage.filter { $0.coordinatorRequired && !$0.coordinatorPresent }.map { line in
            let kind = hub.shiftType(line.shiftCode)?.isNight == true ? "nights" : "days"
            return .soft(.missingCoordinator, date: line.date, shiftCode: line.shiftCode, penalty: weight,
                         "\(describe(line)) needs a coordinator but nobody on it can coordinate \(kind) (Service Standard 2.1; penalty \(Wording.number(weight))).")
        }
    }

    /// Per AMHP below a shift's target cover: max(0, target − AMHPs counting towards cover);
    /// a shift below its minimum pays this as well (Service Standard 2.3: contingency).
    func coverBelowTarget(_ coverage: [CoverageLine]) -> [Violation] {
        let weight = weight(.coverBelowTarget)
        return coverage.filter { !$0.isDuty && $0.assigned < $0.target }.map { line in
            let short = line.target - line.assigned
            let penalty = weight * Double(short)
            return .soft(.coverBelowTarget, date: line.date, shiftCode: line.shiftCode, penalty: penalty,
                         "\(describe(line)) has \(Wording.count(line.assigned, "AMHP")) counting towards cover; the target is \(line.target), so it is \(short) below target (penalty \(Wording.number(penalty))).")
        }
    }

    /// Per AMHP above a shift's target cover: max(0, AMHPs counting towards cover − target).
    func coverAboveTarget(_ coverage: [CoverageLine]) -> [Violation] {
        let weight = weight(.coverAboveTarget)
        return coverage.filter { !$0.isDuty && $0.assigned > $0.target }.map { line in
            let extra = line.assigned - line.target
            let penalty = weight * Double(extra)
            return .soft(.coverAboveTarget, date: line.date, shiftCode: line.shiftCode, penalty: penalty,
                         "\(describe(line)) has \(Wording.count(line.assigned, "AMHP")) counting towards cover; the target is \(line.target), so it has \(extra) more than needed (penalty \(Wording.number(penalty))).")
        }
    }

    /// "The Day (D, 09:00-17:00) on Sat 2026-12-05".
    private func describe(_ line: CoverageLine) -> String {
        let shift = hub.shiftType(line.shiftCode).map(Wording.shift) ?? line.shiftCode
        return "The \(shift) on \(Wording.day(line.date, calendar: calendar))"
    }
}

import Foundation
import Workforce

extension HubRows {
    /// The rows that hold `domain`, under a new hub id.
    init(_ domain: Hub, hubID: UUID, importedAt: Date, importedBy: String) {
        let rules = domain.rules
        let hub = StoredHub()
        hub.id = hubID
        hub.name = rules.hubName
        hub.standardWeekHours = rules.standardWeekHours
        hub.toilCapHundredths = rules.toil.capHours.hundredths
        hub.toilWindowDays = rules.toil.windowDays
        hub.toilBankHolidayCreditHundredths = rules.toil.bankHolidayCreditHours.hundredths
        hub.toilExpiry = rules.toil.expiry.rawValue
        hub.surplusHours = rules.surplusHours?.rawValue
        hub.importedAt = importedAt
        hub.importedBy = importedBy
        self.init(hub: hub)

        let workingTime = WorkingTimeRules.settings.map { ($0.key, $0.number(in: rules.workingTime)) }
        settings = (workingTime + UnsocialHoursSettings.values(of: rules.unsocialHours)).enumerated().map { position, setting in
            StoredHubSetting(hubID: hubID, position: position, key: setting.0, value: setting.1)
        }
        weights = ObjectiveWeights.keyPaths.enumerated().map { position, weight in
            StoredHubWeight(hubID: hubID, position: position, key: weight.key, value: rules.weights[keyPath: weight.path])
        }
        let added = rules.addedBankHolidays.map { ("add", $0.date, $0.name) }
        let removed = rules.removedBankHolidays.sorted().map { ("remove", $0, "") }
        bankHolidayChanges = (added + removed).enumerated().map { position, change in
            StoredBankHolidayChange(hubID: hubID, position: position, change: change.0, date: change.1.description, name: change.2)
        }
        amhps = domain.amhps.enumerated().map { Self.row(for: $1, hubID: hubID, position: $0) }
        suspensions = domain.amhps.flatMap { amhp in amhp.suspensions.map { (amhp.id, $0) } }.enumerated().map { position, suspension in
            StoredSuspension(hubID: hubID, position: position, amhpID: suspension.0,
                             firstDate: suspension.1.first.description, lastDate: suspension.1.last.description)
        }
        shiftTypes = domain.shiftTypes.enumerated().map { position, shift in
            let row = StoredShiftType()
            (row.$hub.id, row.position, row.code, row.name) = (hubID, position, shift.code, shift.name)
            (row.startMinutes, row.endMinutes, row.isNight, row.kind) = (shift.start.minutes, shift.end.minutes, shift.isNight, shift.kind.rawValue)
            return row
        }
        coverRules = domain.coverRules.enumerated().map { position, rule in
            let row = StoredCoverRule()
            (row.$hub.id, row.position, row.dayType, row.shiftCode) = (hubID, position, rule.dayType.rawValue, rule.shiftCode)
            (row.minimum, row.target, row.maximum) = (rule.minimum, rule.target, rule.maximum)
            (row.coordinatorRequired, row.secondWorkerAvailable) = (rule.coordinatorRequired, rule.secondWorkerAvailable)
            return row
        }
        absences = domain.absences.enumerated().map { position, absence in
            let row = StoredAbsence()
            (row.$hub.id, row.position, row.amhpID, row.kind) = (hubID, position, absence.amhpID, absence.kind.rawValue)
            (row.firstDate, row.lastDate, row.note) = (absence.dates.first.description, absence.dates.last.description, absence.note)
            return row
        }
        requests = domain.requests.enumerated().map { position, request in
            let row = StoredShiftRequest()
            (row.$hub.id, row.position, row.amhpID, row.date) = (hubID, position, request.amhpID, request.date.description)
            (row.shiftCode, row.preference, row.weight) = (request.shiftCode, request.preference.rawValue, request.weight)
            return row
        }
        toilPlans = domain.toil.enumerated().map { position, plan in
            let row = StoredTOILPlan()
            (row.$hub.id, row.position, row.amhpID) = (hubID, position, plan.amhpID)
            (row.balanceHours, row.planBackHours, row.earned) = (plan.balanceHours, plan.planBackHours, plan.earned?.description)
            return row
        }
        history = domain.history.enumerated().map { position, past in
            let row = StoredFairnessHistory()
            (row.$hub.id, row.position, row.amhpID, row.months) = (hubID, position, past.amhpID, past.months)
            (row.nights, row.weekendShifts, row.bankHolidayShifts) = (past.nights, past.weekendShifts, past.bankHolidayShifts)
            row.workedLastFestive = past.workedLastFestive
            return row
        }
        carryIn = domain.carryIn.enumerated().map { position, shift in
            let row = StoredCarryIn()
            (row.$hub.id, row.position, row.amhpID) = (hubID, position, shift.amhpID)
            (row.date, row.shiftCode, row.isCoordinator) = (shift.date.description, shift.shiftCode, shift.isCoordinator)
            return row
        }
    }

    private static func row(for amhp: AMHP, hubID: UUID, position: Int) -> StoredAMHP {
        let row = StoredAMHP()
        (row.$hub.id, row.position, row.amhpID, row.name) = (hubID, position, amhp.id, amhp.name)
        switch amhp.employment {
        case .localAuthority(let fte):
            (row.employment, row.trust, row.fte, row.shiftsPerMonth) = ("local_authority", nil, fte, nil)
        case .nhs(let trust, let shiftsPerMonth):
            (row.employment, row.trust, row.fte, row.shiftsPerMonth) = ("nhs", trust, nil, shiftsPerMonth)
        }
        (row.profession, row.grade) = (amhp.profession.rawValue, amhp.grade)
        (row.approvalStart, row.approvalEnd) = (amhp.approval?.first.description, amhp.approval?.last.description)
        (row.canCoordinateDays, row.canCoordinateNights) = (amhp.canCoordinateDays, amhp.canCoordinateNights)
        (row.nightWorking, row.isPracticeEducator) = (amhp.nightWorking.rawValue, amhp.isPracticeEducator)
        (row.educatorID, row.optedOutOf48HourWeek, row.payrollNumber) = (amhp.educatorID, amhp.optedOutOf48HourWeek, amhp.payrollNumber)
        return row
    }
}

import Foundation
import Workforce

extension HubRows {
    /// The hub these rows hold, equal to the one they were made from.
    ///
    /// - Throws: `StorageError.unreadableValue` naming the table and field of a value AMHP Planner cannot read.
    func rebuild() throws -> Hub {
        var suspensions: [String: [DateRange]] = [:]
        for row in self.suspensions {
            suspensions[row.amhpID, default: []].append(try Self.range(row.firstDate, row.lastDate, table: StoredSuspension.schema))
        }
        return Hub(
            amhps: try amhps.map { try Self.amhp($0, suspensions: suspensions[$0.amhpID] ?? []) },
            shiftTypes: try shiftTypes.map { row in
                guard let start = ClockTime(minutes: row.startMinutes), let end = ClockTime(minutes: row.endMinutes) else {
                    throw StorageError.unreadableValue(table: StoredShiftType.schema, field: "start_minutes",
                                                       value: "\(row.startMinutes)-\(row.endMinutes)")
                }
                return ShiftType(code: row.code, name: row.name, start: start, end: end, isNight: row.isNight,
                                 kind: try StoredValue.choice(row.kind, as: ShiftKind.self, table: StoredShiftType.schema, field: "kind"))
            },
            coverRules: try coverRules.map { row in
                CoverRule(dayType: try StoredValue.choice(row.dayType, as: DayType.self, table: StoredCoverRule.schema, field: "day_type"),
                          shiftCode: row.shiftCode, minimum: row.minimum, target: row.target, maximum: row.maximum,
                          coordinatorRequired: row.coordinatorRequired, secondWorkerAvailable: row.secondWorkerAvailable)
            },
            absences: try absences.map { row in
                Absence(amhpID: row.amhpID,
                        kind: try StoredValue.choice(row.kind, as: Absence.Kind.self, table: StoredAbsence.schema, field: "kind"),
                        dates: try Self.range(row.firstDate, row.lastDate, table: StoredAbsence.schema), note: row.note)
            },
            requests: try requests.map { row in
                ShiftRequest(amhpID: row.amhpID, date: try StoredValue.date(row.date, table: StoredShiftRequest.schema, field: "date"),
                             shiftCode: row.shiftCode,
                             preference: try StoredValue.choice(row.preference, as: ShiftRequest.Preference.self,
                                                                table: StoredShiftRequest.schema, field: "preference"),
                             weight: row.weight)
            },
            toil: try toilPlans.map { row in
                TOILPlan(amhpID: row.amhpID, balanceHours: row.balanceHours, planBackHours: row.planBackHours,
                         earned: try row.earned.map { text in
                             guard let date = LocalDate(text) else {
                                 throw StorageError.unreadableValue(table: StoredTOILPlan.schema, field: "earned", value: text)
                             }
                             return date
                         })
            },
            history: history.map {
                FairnessHistory(amhpID: $0.amhpID, months: $0.months, nights: $0.nights, weekendShifts: $0.weekendShifts,
                                bankHolidayShifts: $0.bankHolidayShifts, workedLastFestive: $0.workedLastFestive)
            },
            carryIn: try carryIn.map { row in
                Assignment(amhpID: row.amhpID, date: try StoredValue.date(row.date, table: StoredCarryIn.schema, field: "date"),
                           shiftCode: row.shiftCode, isCoordinator: row.isCoordinator)
            },
            rules: try rules())
    }

    /// `rules.yaml`: the hub row's settings, the working-time and unsocial-hours settings, the
    /// weights and the bank-holiday changes.
    private func rules() throws -> HubRules {
        var rules = HubRules()
        rules.hubName = hub.name
        rules.standardWeekHours = hub.standardWeekHours
        rules.surplusHours = try hub.surplusHours.map {
            try StoredValue.choice($0, as: SurplusHours.self, table: StoredHub.schema, field: "surplus_hours")
        }
        for setting in settings {
            let taken: Bool? = if let known = WorkingTimeRules.settings.first(where: { $0.key == setting.key }) {
                known.set(setting.value, in: &rules.workingTime)
            } else {
                UnsocialHoursSettings.set(setting.key, setting.value, in: &rules.unsocialHours)
            }
            guard let taken else { throw StorageError.unreadableValue(table: StoredHubSetting.schema, field: "key", value: setting.key) }
            guard taken else {
                throw StorageError.unreadableValue(table: StoredHubSetting.schema, field: setting.key, value: "\(setting.value)")
            }
        }
        rules.toil = TOILPolicy(
            capHours: TOILHours(hundredths: hub.toilCapHundredths), windowDays: hub.toilWindowDays,
            bankHolidayCreditHours: TOILHours(hundredths: hub.toilBankHolidayCreditHundredths),
            expiry: try StoredValue.choice(hub.toilExpiry, as: TOILPolicy.Expiry.self, table: StoredHub.schema, field: "toil_expiry"))
        for weight in weights {
            guard let path = ObjectiveWeights.keyPaths.first(where: { $0.key == weight.key })?.path else {
                throw StorageError.unreadableValue(table: StoredHubWeight.schema, field: "key", value: weight.key)
            }
            rules.weights[keyPath: path] = weight.value
        }
        for change in bankHolidayChanges {
            let date = try StoredValue.date(change.date, table: StoredBankHolidayChange.schema, field: "date")
            switch change.change {
            case "add": rules.addedBankHolidays.append(BankHolidays.Holiday(date: date, name: change.name))
            case "remove": rules.removedBankHolidays.insert(date)
            default: throw StorageError.unreadableValue(table: StoredBankHolidayChange.schema, field: "change", value: change.change)
            }
        }
        return rules
    }

    private static func amhp(_ row: StoredAMHP, suspensions: [DateRange]) throws -> AMHP {
        let table = StoredAMHP.schema
        let employment: Employment
        switch (row.employment, row.fte, row.trust, row.shiftsPerMonth) {
        case ("local_authority", let fte?, _, _): employment = .localAuthority(fte: fte)
        case ("nhs", _, let trust?, let shifts?): employment = .nhs(trust: trust, shiftsPerMonth: shifts)
        default: throw StorageError.unreadableValue(table: table, field: "employment", value: row.employment)
        }
        var approval: DateRange?
        if let start = row.approvalStart, let end = row.approvalEnd { approval = try range(start, end, table: table) }
        return AMHP(id: row.amhpID, name: row.name, employment: employment,
                    profession: try StoredValue.choice(row.profession, as: Profession.self, table: table, field: "profession"),
                    grade: row.grade, approval: approval, suspensions: suspensions,
                    canCoordinateDays: row.canCoordinateDays, canCoordinateNights: row.canCoordinateNights,
                    nightWorking: try StoredValue.choice(row.nightWorking, as: NightWorking.self, table: table, field: "night_working"),
                    isPracticeEducator: row.isPracticeEducator, educatorID: row.educatorID,
                    optedOutOf48HourWeek: row.optedOutOf48HourWeek, payrollNumber: row.payrollNumber)
    }

    private static func range(_ first: String, _ last: String, table: String) throws -> DateRange {
        let start = try StoredValue.date(first, table: table, field: "first_date")
        let end = try StoredValue.date(last, table: table, field: "last_date")
        guard let range = DateRange(first: start, last: end) else {
            throw StorageError.unreadableValue(table: table, field: "last_date", value: last)
        }
        return range
    }
}

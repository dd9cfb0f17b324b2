import Foundation
import Testing
@testable import Workforce

/// The demo hub in `Data/demo-hub` loads and looks like a real county AMHP hub in December 2026.
@Suite struct DemoHubTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let december = Month(year: 2026, month: 12)!

    let hub: Hub

    init() throws {
        hub = try HubLoader.load(folder: Self.packageRoot.appendingPathComponent("Data/demo-hub"))
    }

    var approved: [AMHP] { hub.amhps.filter { !$0.isTrainee } }
    var nightOnly: [AMHP] { approved.filter { $0.nightWorking == .only } }
    var laHubStaff: [AMHP] { approved.filter { !$0.employment.isNHS && $0.nightWorking != .only } }
    var nhs: [AMHP] { approved.filter(\.employment.isNHS) }
    var trainees: [AMHP] { hub.amhps.filter(\.isTrainee) }

    private func date(_ text: String) -> LocalDate { LocalDate(text)! }

    @Test func headcountByKind() {
        #expect((36...40).contains(approved.count))
        #expect(trainees.count == 2)
        let people = Double(hub.amhps.count)
        #expect((0.45...0.55).contains(Double(laHubStaff.count) / people), "roughly half are LA hub staff")
        #expect((0.28...0.40).contains(Double(nhs.count) / people), "about a third are NHS-employed")
        #expect((3...4).contains(nightOnly.count))
        #expect(approved.filter { $0.nightWorking == .no }.count >= 2, "a few cannot work nights")
    }

    @Test func localAuthorityFTEMix() {
        var ftes: [Double] = []
        for amhp in laHubStaff {
            guard case .localAuthority(let fte) = amhp.employment else { continue }
            ftes.append(fte)
        }
        #expect(Set(ftes) == [1.0, 0.8, 0.6])
        for amhp in nightOnly {
            guard case .localAuthority(let fte) = amhp.employment else {
                Issue.record("night-only \(amhp.id) is not LA")
                continue
            }
            #expect(fte == 1.0 || fte == 0.8)
        }
    }

    @Test func nhsAMHPsOfferTwoToFourShifts() {
        let trusts = Set(nhs.map(\.employment.employerName))
        #expect(trusts.count == 2)
        #expect(trusts.allSatisfy { $0.contains("NHS") })
        for amhp in nhs {
            guard case .nhs(_, let shifts) = amhp.employment else { continue }
            #expect((2...4).contains(shifts), "\(amhp.id) offers \(shifts) shifts")
        }
    }

    @Test func traineesAreWithPracticeEducators() throws {
        for trainee in trainees {
            #expect(trainee.approval == nil)
            #expect(!trainee.canCoordinateDays && !trainee.canCoordinateNights)
            let educator = try #require(hub.amhp(trainee.educatorID ?? ""))
            #expect(educator.isPracticeEducator && !educator.isTrainee)
            #expect(educator.nightWorking != .only, "a trainee works days with the educator")
        }
        #expect(trainees.map(\.id).sorted() == ["T01", "T02"])
    }

    @Test func professionsAndGrades() {
        let professions = approved.map(\.profession)
        #expect(professions.filter { $0 == .socialWorker }.count > approved.count / 2)
        #expect(professions.contains(.nurse) && professions.contains(.occupationalTherapist))
        #expect(professions.filter { $0 == .psychologist }.count == 1)
        // Senior AMHPs coordinate days and nights; some AMHPs coordinate days only.
        #expect(approved.contains { $0.canCoordinateDays && !$0.canCoordinateNights })
        for amhp in approved where amhp.grade == "Senior AMHP" {
            #expect(amhp.canCoordinateDays && amhp.canCoordinateNights, "\(amhp.id)")
        }
        #expect(approved.allSatisfy { $0.nightWorking != .no || !$0.canCoordinateNights })
    }

    @Test func warrantsAcrossTheMonth() throws {
        let month = Self.december
        for amhp in approved {
            let approval = try #require(amhp.approval)
            let years = Double(approval.dayCount) / 365.25
            #expect((4.99...5.01).contains(years), "\(amhp.id) has a five-year warrant")
        }
        let expiring = approved.filter { month.range.contains($0.approval!.last) }
        #expect(expiring.count == 1)
        if let expiring = expiring.first {
            #expect((10...20).contains(expiring.approval!.last.day), "the warrant ends mid-December")
            #expect(expiring.isApproved(on: expiring.approval!.last))
            #expect(!expiring.isApproved(on: expiring.approval!.last.adding(days: 1)))
        }
        let newlyApproved = approved.filter { $0.approval!.first == date("2026-12-07") }
        #expect(newlyApproved.count == 1)
        #expect(hub.history(for: newlyApproved.first?.id ?? "") == nil, "no history before approval")
        let suspended = approved.filter { !$0.suspensions.isEmpty }
        #expect(suspended.count == 1)
        if let suspension = suspended.first?.suspensions.first {
            #expect(month.range.contains(suspension.first) && month.range.contains(suspension.last))
            #expect(suspension.dayCount < month.dayCount)
        }
    }

    @Test func shiftsAndCover() throws {
        #expect(hub.shiftTypes.map(\.code) == ["D", "L", "N", "DT"])
        #expect(hub.shiftTypes.map(\.hours) == [8, 8, 12, 8])
        #expect(hub.shiftTypes.map(\.isNight) == [false, false, true, false])
        #expect(hub.shiftTypes.map(\.kind) == [.rota, .rota, .rota, .duty])
        // Three rota shifts on four kinds of day, and duty on weekdays only.
        #expect(hub.coverRules.count == 13)
        let weekday = try #require(hub.coverRule(for: .weekday, shift: "D"))
        #expect(weekday.minimum == 3 && weekday.target == 4 && weekday.maximum == 5 && weekday.coordinatorRequired)
        for rule in hub.coverRules where rule.shiftCode != "DT" {
            #expect(rule.minimum >= 2 && rule.target >= rule.minimum && rule.coordinatorRequired)
            #expect(rule.maximum == rule.target + 1, "\(rule.dayType) \(rule.shiftCode): one AMHP of slack, never a stack")
        }
    }

    /// Surplus LA hours go to weekday duty, capped per day, and the weights never make stacking pay.
    @Test func surplusHoursGoToWeekdayDuty() throws {
        #expect(hub.rules.surplusHours == .duty)
        let duty = try #require(hub.coverRule(for: .weekday, shift: "DT"))
        #expect(duty.minimum == 0 && duty.target == 0 && duty.maximum == 15 && !duty.coordinatorRequired)
        for dayType in DayType.allCases where dayType != .weekday {
            #expect(hub.coverRule(for: dayType, shift: "DT") == nil, "no duty on \(dayType)")
        }
        #expect(!StackingCheck(hub: hub).stackingPays)
        #expect(hub.rules.unsocialHours.localAuthority.sunday == 0.5 && hub.rules.unsocialHours.nhs.sunday == 0.6)
    }

    @Test func decemberLeaveAndRequests() {
        let kinds = Set(hub.absences.map(\.kind))
        #expect(kinds.isSuperset(of: [.annual, .sickness, .training, .toil]))
        #expect(hub.absences.filter { $0.kind == .sickness }.count >= 2)
        let christmasEve = date("2026-12-24")
        let awayOnChristmasEve = hub.amhps.filter { hub.absence(of: $0.id, on: christmasEve) != nil }
        #expect(awayOnChristmasEve.count >= 8, "plenty of leave at Christmas")
        #expect(awayOnChristmasEve.count < hub.amhps.count / 2, "but not everyone")
        #expect((30...50).contains(hub.requests.count))
        #expect(hub.requests.allSatisfy { (1...10).contains($0.weight) && Self.december.range.contains($0.date) })
        #expect(hub.requests.contains { $0.shiftCode == nil && $0.preference == .avoid && $0.date == date("2026-12-25") })
        #expect(hub.requests.contains { $0.shiftCode == "N" && $0.preference == .avoid })
    }

    @Test func toilAndHistory() {
        #expect((6...10).contains(hub.toil.count))
        #expect(hub.toil.allSatisfy { $0.planBackHours <= $0.balanceHours })
        #expect(hub.toil.filter { $0.planBackHours > 0 }.count >= 3)
        for amhp in approved where amhp.approval!.first < date("2026-12-01") {
            #expect(hub.history(for: amhp.id) != nil, "\(amhp.id) was in post and has history")
        }
        #expect(hub.history.allSatisfy { $0.months <= 11 })
        #expect(hub.history.contains { $0.workedLastFestive })
        for entry in hub.history {
            guard let amhp = hub.amhp(entry.amhpID) else { continue }
            if amhp.nightWorking == .no { #expect(entry.nights == 0, "\(amhp.id) does not work nights") }
            if amhp.nightWorking == .only { #expect(entry.nights > entry.months * 8, "\(amhp.id) works nights") }
        }
    }

    /// The last week of November obeys the working-time rules and roughly meets cover.
    @Test func carryInIsConsistent() throws {
        let first = date("2026-11-24"), last = date("2026-11-30")
        #expect(hub.carryIn.allSatisfy { first <= $0.date && $0.date <= last })
        let rules = hub.rules.workingTime
        for amhp in hub.amhps {
            let worked = Dictionary(uniqueKeysWithValues: hub.carryIn.filter { $0.amhpID == amhp.id }.map { ($0.date, $0.shiftCode) })
            var nightsInRow = 0, daysInRow = 0
            for day in DateRange(first: first, last: last)!.dates {
                let code = worked[day]
                nightsInRow = code == "N" ? nightsInRow + 1 : 0
                daysInRow = code != nil ? daysInRow + 1 : 0
                #expect(nightsInRow <= rules.maximumConsecutiveNights)
                #expect(daysInRow <= rules.maximumConsecutiveWorkingDays)
                if let code {
                    let shift = try #require(hub.shiftType(code))
                    #expect(amhp.mayWork(night: shift.isNight), "\(amhp.id) on \(day)")
                    #expect(amhp.mayBeRostered(on: day))
                    if worked[day.adding(days: -1)] == "N" { #expect(code == "N", "\(amhp.id) rests after a night on \(day)") }
                    if amhp.isTrainee {
                        #expect(hub.carryIn.contains { $0.amhpID == amhp.educatorID && $0.date == day && $0.shiftCode == code })
                    }
                }
            }
        }
        let calendar = hub.calendar(for: Self.december)
        for day in DateRange(first: first, last: last)!.dates {
            // Duty is not cover, so it has no minimum or coordinator to meet.
            for shift in hub.shiftTypes where !shift.isDuty {
                let rule = try #require(hub.coverRule(for: calendar.dayType(day), shift: shift.code))
                let on = hub.carryIn.filter { $0.date == day && $0.shiftCode == shift.code }
                    .compactMap { hub.amhp($0.amhpID) }.filter(\.countsTowardsCover)
                #expect(on.count >= rule.minimum, "\(day) \(shift.code)")
                #expect(on.contains { $0.canCoordinate(night: shift.isNight) }, "\(day) \(shift.code) has a coordinator")
            }
        }
        // Some end November on nights, so 1 December is affected.
        #expect(hub.carryIn.filter { $0.date == last && $0.shiftCode == "N" }.count >= 2)
    }

    @Test func rulesAreTheDefaults() {
        #expect(hub.rules.hubName.contains("Northshire"))
        #expect(hub.rules.standardWeekHours == 37)
        #expect(hub.rules.workingTime == WorkingTimeRules())
        #expect(hub.rules.weights == ObjectiveWeights())
        #expect(hub.rules.addedBankHolidays.isEmpty && hub.rules.removedBankHolidays.isEmpty)
        let calendar = hub.calendar(for: Self.december)
        #expect(Self.december.dates.filter(calendar.isBankHoliday) == [date("2026-12-25"), date("2026-12-28")])
    }

    /// Contracted capacity (LA hours, NHS shifts at the mean shift length) is 105-120% of target cover hours.
    @Test func capacityBroadlyMatchesDemand() {
        let month = Self.december
        let calendar = hub.calendar(for: month)
        var targetHours = 0.0, minimumHours = 0.0
        for day in month.dates {
            for shift in hub.shiftTypes {
                guard let rule = hub.coverRule(for: calendar.dayType(day), shift: shift.code) else { continue }
                targetHours += Double(rule.target) * shift.hours
                minimumHours += Double(rule.minimum) * shift.hours
            }
        }
        let meanShiftHours = hub.shiftTypes.map(\.hours).reduce(0, +) / Double(hub.shiftTypes.count)
        var capacity = 0.0
        for amhp in approved {
            let commitment = MonthlyCommitment(amhp: amhp, hub: hub, month: month)
            capacity += commitment.contractedHours ?? (commitment.committedShifts ?? 0) * meanShiftHours
        }
        #expect(targetHours == 2320)
        #expect(minimumHours == 1904)
        #expect((1.05...1.20).contains(capacity / targetHours), "capacity \(capacity) h for \(targetHours) h of target cover")
    }

    /// Every date has enough people available to staff every shift at minimum cover with a coordinator.
    @Test func everyDateCanBeCovered() throws {
        let month = Self.december
        let calendar = hub.calendar(for: month)
        for day in month.dates {
            let available = approved.filter { MonthlyCommitment.isAvailable($0, on: day, hub: hub) }
            let needed = hub.shiftTypes.compactMap { hub.coverRule(for: calendar.dayType(day), shift: $0.code)?.minimum }.reduce(0, +)
            #expect(available.count >= needed * 2, "\(day): \(available.count) available for \(needed) places")
            #expect(available.filter { $0.canCoordinate(night: true) }.count >= 2, "\(day) night coordinators")
            #expect(available.filter { $0.canCoordinate(night: false) }.count >= 4, "\(day) day coordinators")
        }
    }
}

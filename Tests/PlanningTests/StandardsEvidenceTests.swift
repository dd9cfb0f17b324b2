import Foundation
import Testing
import Workforce
@testable import Planning

/// Each figure of the Service Standards evidence, with named people and a zero case.
struct StandardsEvidenceTests {
    typealias F = PlanningFixture
    static let december = Month(year: 2026, month: 12)!
    static let asOf = F.date("2026-12-31")

    /// Amira coordinates and Ben works beside her on every shift of December.
    static func fullRota(month: Month = december) -> Rota {
        Rota(month: month, assignments: month.dates.flatMap { date in
            F.shifts.flatMap { shift in
                [Assignment(amhpID: "AMIRA", date: date, shiftCode: shift.code, isCoordinator: true),
                 Assignment(amhpID: "BEN", date: date, shiftCode: shift.code)]
            }
        })
    }

    static func evidence(_ hub: Hub, rotas: [Rota], planning: PlanningData? = nil, minimum: Int = 6) -> StandardsEvidence {
        StandardsEvidenceBuilder.evidence(StandardsEvidenceInputs(asOf: asOf, hub: hub, rotas: rotas, planning: planning, toil: nil,
                                                                  practiceMinimumPerQuarter: minimum))
    }

    static func item(_ evidence: StandardsEvidence, _ key: String) -> StandardsEvidenceItem? { evidence.items.first { $0.key == key } }

    @Test func everyShiftCoordinatedAndPairedIsNoConcern() throws {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("BEN")])
        let evidence = Self.evidence(hub, rotas: [Self.fullRota()])
        let coordinator = try #require(Self.item(evidence, "coordinator_share"))
        #expect(coordinator.value == "100.0%")
        #expect(coordinator.detail == "93 of 93 shifts needing a coordinator, 2026-12.")
        #expect(!coordinator.concern)
        let pairs = try #require(Self.item(evidence, "two_or_more_share"))
        #expect((pairs.value, pairs.concern) == ("100.0%", false))
    }

    /// Ben is off the late of 2 December, so Amira is alone there; on the day of 1 December nobody coordinates.
    @Test func aLoneShiftAndAnUncoordinatedOneAreCounted() throws {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("BEN")])
        let first = F.date("2026-12-01"), second = F.date("2026-12-02")
        let assignments = Self.fullRota().assignments.compactMap { assignment -> Assignment? in
            if assignment.date == second && assignment.shiftCode == "L" && assignment.amhpID == "BEN" { return nil }
            var changed = assignment
            if assignment.date == first && assignment.shiftCode == "D" { changed.isCoordinator = false }
            return changed
        }
        let evidence = Self.evidence(hub, rotas: [Rota(month: Self.december, assignments: assignments)])
        let coordinator = try #require(Self.item(evidence, "coordinator_share"))
        #expect(coordinator.detail == "92 of 93 shifts needing a coordinator, 2026-12.")
        #expect(coordinator.value == "98.9%" && coordinator.concern)
        let pairs = try #require(Self.item(evidence, "two_or_more_share"))
        #expect(pairs.detail == "92 of 93 staffed rota shifts, 2026-12.")
        #expect(pairs.concern)
    }

    /// A trainee beside Amira is not a second AMHP.
    @Test func aTraineeIsNotASecondAMHP() throws {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("BEN", educator: "AMIRA")])
        let pairs = try #require(Self.item(Self.evidence(hub, rotas: [Self.fullRota()]), "two_or_more_share"))
        #expect(pairs.detail == "0 of 93 staffed rota shifts, 2026-12.")
    }

    @Test func withoutPublishedRotasTheRotaFiguresSayNone() throws {
        let hub = F.hub([F.amhp("AMIRA")])
        let evidence = Self.evidence(hub, rotas: [])
        #expect(Self.item(evidence, "published_rotas")?.value == "none")
        #expect(Self.item(evidence, "coordinator_share") == nil)
        #expect(Self.item(evidence, "practice_currency") == nil)
        // A rota of another year is not one of the three months.
        #expect(Self.item(Self.evidence(hub, rotas: [Self.fullRota(month: Month(year: 2025, month: 12)!)]), "published_rotas") != nil)
    }

    /// Over October to December (minimum 6 at full time): Amira (full time) works 5, Ben (half
    /// time, needs 3) works 3, Nadia (NHS, agreed 1 a month, so needs 3) works 3; Sam is suspended.
    @Test func practiceCurrencyIsProRataAndNamesWhoIsBelow() throws {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("BEN", employment: .localAuthority(fte: 0.5)),
                         F.amhp("NADIA", employment: .nhs(trust: "Trust", shiftsPerMonth: 1)),
                         F.amhp("SAM", suspensions: [F.range("2026-11-01", "2027-01-31")])])
        func shifts(_ id: String, _ count: Int, in month: Month) -> [Assignment] {
            (0..<count).map { Assignment(amhpID: id, date: month.firstDay.adding(days: $0), shiftCode: "D") }
        }
        let october = Month(year: 2026, month: 10)!, november = Month(year: 2026, month: 11)!
        let rotas = [Rota(month: october, assignments: shifts("AMIRA", 2, in: october) + shifts("BEN", 1, in: october) + shifts("NADIA", 1, in: october)),
                     Rota(month: november, assignments: shifts("AMIRA", 2, in: november) + shifts("BEN", 1, in: november) + shifts("NADIA", 1, in: november)),
                     Rota(month: Self.december, assignments: shifts("AMIRA", 1, in: Self.december) + shifts("BEN", 1, in: Self.december) + shifts("NADIA", 1, in: Self.december))]
        let currency = try #require(Self.item(Self.evidence(hub, rotas: rotas), "practice_currency"))
        #expect(currency.value == "1 of 3")
        #expect(currency.amhpIDs == ["AMIRA"])
        #expect(currency.concern)
        // With a minimum of 5, Amira reaches it too.
        let lower = try #require(Self.item(Self.evidence(hub, rotas: rotas, minimum: 5), "practice_currency"))
        #expect(lower.value == "0 of 3" && !lower.concern && lower.amhpIDs.isEmpty)
    }

    /// Nadia agreed 4 shifts a month and worked 3 in December; Omar agreed 2 and worked 2; Amira is LA.
    @Test func nhsAgreementsAgainstShiftsWorked() throws {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("NADIA", employment: .nhs(trust: "Trust", shiftsPerMonth: 4)),
                         F.amhp("OMAR", employment: .nhs(trust: "Trust", shiftsPerMonth: 2))])
        let first = Self.december.firstDay
        let rota = Rota(month: Self.december, assignments: (0..<3).map { Assignment(amhpID: "NADIA", date: first.adding(days: $0), shiftCode: "D") }
                        + (0..<2).map { Assignment(amhpID: "OMAR", date: first.adding(days: $0), shiftCode: "L") }
                        + [Assignment(amhpID: "AMIRA", date: first, shiftCode: "N")])
        let agreements = try #require(Self.item(Self.evidence(hub, rotas: [rota]), "nhs_agreements"))
        #expect(agreements.value == "5 of 6" && agreements.amhpIDs == ["NADIA"] && agreements.concern)
        // Without NHS AMHPs there is nothing to say.
        #expect(Self.item(Self.evidence(F.hub([F.amhp("AMIRA")]), rotas: [rota]), "nhs_agreements") == nil)
    }

    @Test func professionsAndEmployersAreCountedAmongApprovedAMHPs() throws {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("BEN", employment: .nhs(trust: "Trust", shiftsPerMonth: 4), profession: .nurse),
                         F.amhp("CARA", profession: .nurse), F.amhp("DAN", educator: "AMIRA"),
                         F.amhp("EVE", approval: F.range("2020-01-01", "2024-12-31"))])
        let evidence = Self.evidence(hub, rotas: [])
        let professions = try #require(Self.item(evidence, "professions"))
        #expect(professions.detail == "Social worker 1, Nurse 2, Occupational therapist 0, Psychologist 0.")
        #expect(professions.value == "2 professions" && !professions.concern)
        #expect(Self.item(evidence, "employers")?.detail == "LA 2, Trust 1.")
        let single = try #require(Self.item(Self.evidence(F.hub([F.amhp("AMIRA")]), rotas: []), "professions"))
        #expect(single.value == "one profession" && single.concern)
    }

    @Test func theChanceOfMoreWorkThanCoverIsAPoissonTail() {
        #expect(HourlyContingency.poissonAbove(0, mean: 1) == 1 - exp(-1))
        #expect(abs(HourlyContingency.poissonAbove(1, mean: 2) - (1 - 3 * exp(-2))) < 1e-12)
        #expect(HourlyContingency.poissonAbove(3, mean: 0) == 0)
    }

    /// Amira's night of 30 November covers 1 December from 00:00 to 09:00; Ben's day is 09:00–17:00.
    @Test func theNightBeforeTheMonthCountsInItsFirstMorning() {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("BEN")])
        let cover = HourlyContingency.onDuty(hub: hub, month: Self.december, assignments: [
            Assignment(amhpID: "AMIRA", date: F.date("2026-11-30"), shiftCode: "N"),
            Assignment(amhpID: "BEN", date: F.date("2026-12-01"), shiftCode: "D"),
        ], counting: ["AMIRA", "BEN"])
        #expect(Array(cover[0..<9]) == Array(repeating: 1, count: 9))
        #expect(Array(cover[9..<17]) == Array(repeating: 1, count: 8))
        #expect(cover[17...].allSatisfy { $0 == 0 })
    }

    /// With no referrals there is no demand, so the chance is nil; with cover nowhere, any demand exceeds it.
    @Test func contingencyWithAndWithoutCover() throws {
        let hub = F.hub([F.amhp("AMIRA"), F.amhp("BEN")])
        let data = F.data(hub, referrals: F.referrals(annual: 800))
        let none = HourlyContingency(hub: hub, rotas: [Rota(month: Self.december, assignments: [])], planning: data)
        #expect(none.hours == 744)
        #expect(none.meanChance > 0.3)
        let full = HourlyContingency(hub: hub, rotas: [Self.fullRota()], planning: data)
        #expect(full.meanChance < none.meanChance)
        let item = try #require(Self.item(Self.evidence(hub, rotas: [Self.fullRota()], planning: data), "demand_exceeds_cover"))
        #expect(item.value == NumberText.percent(full.meanChance))
    }
}

/// The evidence of the demo hub against figures worked out here from its CSV files directly.
struct DemoStandardsEvidenceTests {
    static let asOf = LocalDate("2026-12-05")!

    static func csv(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: PlanningFixture.demoHub.appendingPathComponent(name), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0 + Array(repeating: "", count: max(0, header.count - $0.count)))) }
    }

    @Test func registerCPDAndProfessionsMatchTheFiles() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        let evidence = StandardsEvidenceBuilder.evidence(StandardsEvidenceInputs(asOf: Self.asOf, hub: data.hub, rotas: [], planning: data, toil: nil))
        let amhps = try Self.csv("amhps.csv").filter { ($0["educator_id"] ?? "").isEmpty }
        let day = Self.asOf.description
        let current = amhps.filter { $0["approval_start"]! <= day && day <= $0["approval_end"]! }
        let suspended = current.filter { !$0["suspended_from"]!.isEmpty && $0["suspended_from"]! <= day && day <= $0["suspended_to"]! }
        let register = try #require(evidence.items.first { $0.key == "register" })
        #expect(register.value == "\(current.count - suspended.count) approved")
        #expect(register.detail == "\(suspended.count) suspended on 2026-12-05.")

        let yearAhead = "2027-12-05"
        let due = current.filter { $0["approval_end"]! <= yearAhead }.map { $0["id"]! }.sorted()
        #expect(try #require(evidence.items.first { $0.key == "warrants_due" }).amhpIDs == due)

        // 18 hours in the twelve months to 5 December 2026: from 6 December 2025.
        var hours: [String: Double] = [:]
        for row in try Self.csv("training_log.csv") where row["date"]! >= "2025-12-06" && row["date"]! <= day {
            hours[row["amhp_id"]!, default: 0] += Double(row["hours"]!) ?? 0
        }
        let under = current.map { $0["id"]! }.filter { hours[$0, default: 0] < 18 }.sorted()
        let cpd = try #require(evidence.items.first { $0.key == "cpd_under" })
        #expect(cpd.amhpIDs == under)
        #expect(cpd.value == "\(under.count) of \(current.count)")

        let approved = current.filter { row in !suspended.contains { $0["id"] == row["id"] } }
        let counts = Profession.allCases.map { profession in approved.filter { $0["profession"] == profession.rawValue }.count + suspended.filter { $0["profession"] == profession.rawValue }.count }
        let professions = try #require(evidence.items.first { $0.key == "professions" })
        #expect(professions.detail == zip(Profession.allCases, counts).map { "\($0.displayName) \($1)" }.joined(separator: ", ") + ".")
    }

    /// 1.3's succession figure is the projection's own: its first and last quarters' medians, from the
    /// same simulations and seed, and a fall of more than a tenth is a concern.
    @Test func successionIsTheProjectionWithoutMoreTraining() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        let item = StandardsEvidenceBuilder.succession(data, asOf: Self.asOf, simulations: 200)
        let periods = ProjectionPeriod.quarters(from: Self.asOf, years: data.settings.succession.years)
        let basis = RotaFTEBasis(hub: data.hub, abstractions: data.settings.abstractions, from: Self.asOf)
        let people = ProjectionPerson.currentAndBooked(data, asOf: Self.asOf, basis: basis)
        let fte = SuccessionProjection(periods: periods, people: people, assumptions: data.settings.succession).run(simulations: 200, seed: 1).fte
        let first = try #require(fte.first), last = try #require(fte.last)
        #expect(item.standard == "1.3" && item.value == "\(NumberText.fixed(last.median)) from \(NumberText.fixed(first.median))")
        #expect(item.concern == (last.median < first.median * 0.9))
        // The zero case: nobody leaves, retires or lapses, so nothing falls and nothing is a concern.
        var settings = data.settings
        settings.succession.leaverRates = []
        settings.succession.retirementRates = []
        settings.succession.latestRetirementAge = 80
        settings.succession.reapprovalRate = 1
        settings.succession.reapprovalPenaltyPerShortYear = 0
        #expect(!StandardsEvidenceBuilder.succession(data.with(settings: settings), asOf: Self.asOf, simulations: 50).concern)
    }
}

import Foundation
import Testing
import Workforce
@testable import HubGeneration

/// Generated hubs vary in shape (duty, maxima, surplus hours, pay for unsocial hours), stay valid
/// (every one loads back from its folder unchanged) and repeat exactly for a seed.
@Suite struct HubGeneratorTests {
    static let month = Month(containing: LocalDate(clampingYear: 2027, month: 3, day: 1))
    static let seeds: [UInt64] = Array(1...40)

    static func hub(_ seed: UInt64, amhps: Int = 12) -> Hub {
        HubGenerator(amhpCount: amhps, firstMonth: month, seed: seed).generate()
    }

    /// Small, typical and large hubs over many seeds: load → write → load gives the same hub.
    @Test(arguments: [(6, 1...12), (15, 13...24), (40, 25...30), (120, 31...33)] as [(Int, ClosedRange<UInt64>)])
    func everyGeneratedHubLoads(amhps: Int, seeds: ClosedRange<UInt64>) throws {
        for seed in seeds {
            let hub = Self.hub(seed, amhps: amhps)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try HubWriter.write(hub, to: folder)
            do {
                #expect(try HubLoader.load(folder: folder) == hub, "seed \(seed), \(amhps) AMHPs")
            } catch let errors as InputErrors {
                Issue.record("seed \(seed), \(amhps) AMHPs: \(errors.errors.map(\.description))")
            }
        }
    }

    @Test func theSameSeedGivesTheSameHub() {
        for seed in [1, 7, 29] as [UInt64] { #expect(Self.hub(seed) == Self.hub(seed)) }
        #expect(Self.hub(1) != Self.hub(2))
    }

    /// The shape has its own stream: the people of a seed do not depend on its shape.
    @Test func theShapeLeavesThePeopleAlone() {
        let hubs = Self.seeds.map { Self.hub($0) }
        let withDuty = hubs.filter { $0.shiftTypes.contains(where: \.isDuty) }
        #expect(!withDuty.isEmpty && withDuty.count < hubs.count)
        #expect(hubs.allSatisfy { $0.amhps.count == 12 })
        #expect(hubs.allSatisfy { Set($0.rotaShiftTypes.map(\.code)) == ["D", "L", "N"] })
    }

    /// The people vary from seed to seed (`PeopleMix`), so the solver is not tuned to one mix: the
    /// share of NHS AMHPs and the shifts they agree, part-time, night-only and no-nights staff,
    /// coordinators, trainees (each with a council educator), absences, requests and cover.
    @Test func thePeopleVary() {
        let hubs = Self.seeds.map { Self.hub($0, amhps: 40) }
        func share(_ hub: Hub, _ test: (AMHP) -> Bool) -> Double { Double(hub.amhps.filter(test).count) / Double(hub.amhps.count) }
        let nhs = hubs.map { share($0) { $0.employment.isNHS } }
        #expect((nhs.min() ?? 1) < 0.15 && (nhs.max() ?? 0) > 0.4, "NHS shares \(nhs)")
        let agreed = Set(hubs.flatMap { $0.amhps.compactMap { amhp -> Double? in
            if case .nhs(_, let shifts) = amhp.employment { return shifts } else { return nil } } })
        #expect(agreed.count >= 6, "agreed shifts \(agreed.sorted())")
        let partTime = hubs.map { share($0) { if case .localAuthority(let fte) = $0.employment { fte < 1 && !$0.isTrainee } else { false } } }
        #expect((partTime.max() ?? 0) - (partTime.min() ?? 0) > 0.3, "part-time shares \(partTime)")
        #expect(Set(hubs.map { $0.amhps.filter { $0.nightWorking == .only }.count }).count >= 3)
        let coordinators = hubs.map { share($0) { $0.canCoordinateDays || $0.canCoordinateNights } }
        #expect((coordinators.min() ?? 1) < 0.3 && (coordinators.max() ?? 0) > 0.6, "coordinator shares \(coordinators)")
        #expect(Set(hubs.map { $0.amhps.filter(\.isTrainee).count }).count >= 3)
        for hub in hubs {
            for trainee in hub.amhps where trainee.isTrainee {
                let educator = hub.amhps.first { $0.id == trainee.educatorID }
                #expect(educator?.isPracticeEducator == true && educator?.employment.isNHS == false, "\(trainee.id) has a council educator")
            }
        }
        let absences = hubs.map { Double($0.absences.count) / Double($0.amhps.count) }
        #expect((absences.max() ?? 0) > 2 * (absences.min() ?? 0), "absences per AMHP \(absences)")
        #expect(hubs.contains { $0.requests.isEmpty } && hubs.contains { $0.requests.count > 80 })
        let weekdayDayTargets = Set(hubs.compactMap { $0.coverRule(for: .weekday, shift: "D")?.target })
        #expect(weekdayDayTargets.count >= 4, "weekday day targets \(weekdayDayTargets.sorted())")
    }

    @Test func dutyVariesInCapsAndDays() {
        let hubs = Self.seeds.map { Self.hub($0, amhps: 30) }.filter { $0.shiftTypes.contains(where: \.isDuty) }
        let weekdayCaps = Set(hubs.compactMap { $0.coverRule(for: .weekday, shift: "DT")?.maximum })
        #expect(weekdayCaps.count >= 3, "weekday caps \(weekdayCaps)")
        #expect(hubs.allSatisfy { ($0.coverRule(for: .weekday, shift: "DT")?.maximum ?? 0) >= 1 })
        #expect(hubs.contains { $0.coverRule(for: .saturday, shift: "DT") == nil }, "some hubs have no Saturday duty row")
        #expect(hubs.contains { ($0.coverRule(for: .sunday, shift: "DT")?.maximum ?? 0) > 0
                || ($0.coverRule(for: .saturday, shift: "DT")?.maximum ?? 0) > 0 }, "some have weekend duty")
        #expect(hubs.contains { $0.coverRules.contains { $0.shiftCode == "DT" && $0.maximum == 0 } }, "some write a row of 0")
        #expect(Set(hubs.compactMap { $0.shiftType("DT")?.hours }).count >= 2, "duty days of different lengths")
        #expect(hubs.flatMap(\.coverRules).filter { $0.shiftCode == "DT" }.allSatisfy { $0.minimum == 0 && $0.target == 0 && !$0.coordinatorRequired })
    }

    @Test func maximaAreWrittenOnSomeHubsAndLeftToTheDefaultOnOthers() {
        let hubs = Self.seeds.map { Self.hub($0) }
        let rota = hubs.map { hub in hub.coverRules.filter { rule in !(hub.shiftType(rule.shiftCode)?.isDuty ?? false) } }
        #expect(rota.contains { $0.allSatisfy { $0.maximum == $0.target + 1 } }, "defaults")
        #expect(rota.contains { $0.contains { $0.maximum == $0.target } }, "no slack")
        #expect(rota.contains { $0.contains { $0.maximum > $0.target + 1 } }, "more slack")
        #expect(rota.allSatisfy { $0.allSatisfy { $0.maximum >= $0.target } })
    }

    @Test func surplusHoursAreWrittenOrFollowShiftsCSV() {
        let hubs = Self.seeds.map { Self.hub($0) }
        func has(_ written: SurplusHours?, duty: Bool) -> Bool {
            hubs.contains { $0.rules.surplusHours == written && $0.shiftTypes.contains(where: \.isDuty) == duty }
        }
        #expect(has(.unplanned, duty: false) && has(nil, duty: false) && has(.duty, duty: true) && has(nil, duty: true))
        // Written, it agrees with shifts.csv (the loader checks: everyGeneratedHubLoads).
        #expect(!has(.unplanned, duty: true) && !has(.duty, duty: false))
    }

    @Test func payForUnsocialHoursVaries() {
        let terms = Self.seeds.map { Self.hub($0).rules.unsocialHours }
        #expect(terms.contains(UnsocialHoursTerms()), "the national defaults")
        #expect(Set(terms.map(\.localAuthority.hourlyPay)).count >= 5)
        #expect(Set(terms.map(\.nhs.sunday)).count >= 3)
        #expect(terms.contains { $0.localAuthority.hourlyPay == 0 || $0.nhs.hourlyPay == 0 }, "an employer not costed")
        #expect(Set(terms.map { "\($0.nightStart)-\($0.nightEnd)" }).count >= 3)
        #expect(terms.contains { $0.nightStart < $0.nightEnd }, "night hours that do not wrap past midnight")
    }

    /// Weights stay the defaults, so solver results compare across hubs; stacking never pays.
    @Test func weightsAreTheDefaults() {
        for seed in Self.seeds.prefix(10) {
            let hub = Self.hub(seed)
            #expect(hub.rules.weights == ObjectiveWeights())
            #expect(!StackingCheck(hub: hub).stackingPays)
        }
    }
}

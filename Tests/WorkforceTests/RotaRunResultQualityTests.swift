import Foundation
import Testing
import Workforce

/// The result's `quality` object: written with snake_case keys, read back equal, checked like the
/// rest of the result, and absent from results written before it, which still read.
@Suite struct RotaRunResultQualityTests {
    static let quality = RotaRunResult.Quality(
        peopleOverTarget: 3, shiftsOverTarget: 2, shiftsOverMaximum: 0,
        mostOnOneShift: .init(date: "2026-12-06", shift: "N", assigned: 4, target: 2),
        surplusHours: .init(total: 48.8, onDuty: 16, aboveTarget: 24, unplanned: 34, overContract: 1.2),
        idle: [.init(amhpID: "A06", name: "Erin Evans", reason: "not available on any day of the month")],
        enhancementCost: 348, enhancementByEmployer: [.init(employer: "LA", pounds: 240), .init(employer: "Wyvern Trust", pounds: 108)],
        weightWarning: nil)

    static func sample(quality: RotaRunResult.Quality? = Self.quality) -> RotaRunResult {
        let plain = RotaRunResultTests.sample()
        return RotaRunResult(month: plain.month, status: plain.status, objective: plain.objective, bound: plain.bound, gap: plain.gap,
                             penalties: plain.penalties, check: plain.check, quality: quality, timings: plain.timings, seed: plain.seed,
                             timeLimit: plain.timeLimit, requestedGap: plain.requestedGap, files: plain.files, exitStatus: .success)
    }

    static func object(_ result: RotaRunResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: try result.encoded()) as? [String: Any])
    }

    @Test func theQualityRoundTripsWithSnakeCaseKeys() throws {
        let result = Self.sample()
        #expect(try RotaRunResult.decode(try result.encoded()) == result)
        let quality = try #require(try Self.object(result)["quality"] as? [String: Any])
        #expect(Set(quality.keys) == ["people_over_target", "shifts_over_target", "shifts_over_maximum", "most_on_one_shift",
                                      "surplus_hours", "idle", "enhancement_cost", "enhancement_by_employer"],
                "weight_warning is left out when there is none")
        #expect(quality["people_over_target"] as? Int == 3)
        let surplus = try #require(quality["surplus_hours"] as? [String: Any])
        #expect(Set(surplus.keys) == ["total", "on_duty", "above_target", "unplanned", "over_contract"])
        #expect((quality["idle"] as? [[String: Any]])?.first?["amhp_id"] as? String == "A06")
        #expect((quality["enhancement_by_employer"] as? [[String: Any]])?.map { $0["employer"] as? String } == ["LA", "Wyvern Trust"])
    }

    @Test func aResultWrittenBeforeTheQualityStillReads() throws {
        var object = try Self.object(Self.sample())
        object["quality"] = nil
        let old = try RotaRunResult.decode(try JSONSerialization.data(withJSONObject: object))
        #expect(old.quality == nil)
        #expect(old == Self.sample(quality: nil))
        #expect(try Self.object(old)["quality"] == nil, "nothing is written for a quality there is none of")
    }

    @Test func aQualityThatDoesNotReadIsRefusedNamingTheField() throws {
        let object = try Self.object(Self.sample())
        func refusal(_ change: (inout [String: Any]) -> Void) throws -> RotaRunResult.ReadError? {
            var quality = try #require(object["quality"] as? [String: Any])
            change(&quality)
            var changed = object
            changed["quality"] = quality
            do {
                _ = try RotaRunResult.decode(try JSONSerialization.data(withJSONObject: changed))
                return nil
            } catch let error as RotaRunResult.ReadError {
                return error
            }
        }
        #expect(try refusal { $0["people_over_target"] = -1 }?.field == "quality.people_over_target")
        #expect(try refusal { $0["enhancement_cost"] = "£348" }?.field == "quality.enhancement_cost")
        #expect(try refusal { $0["surplus_hours"] = ["total": 1] }?.field.hasPrefix("quality.surplus_hours") == true)
        #expect(try refusal { $0["most_on_one_shift"] = nil } == nil, "a month with nobody on a rota shift has no busiest shift")
    }
}

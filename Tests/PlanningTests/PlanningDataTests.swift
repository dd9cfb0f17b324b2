import Foundation
import Testing
import Workforce
@testable import Planning

/// Reading the planning files: every problem located by file, line and field, all reported together.
@Suite(.serialized) struct PlanningDataTests {
    func load(_ files: [String: String]) throws -> (PlanningData?, [String]) {
        let folder = try PlanningFixture.folderWithDemoHub()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        do {
            return (try PlanningData.load(folder: folder), [])
        } catch let errors as InputErrors {
            return (nil, errors.errors.map(\.description))
        }
    }

    @Test func theDemoHubLoadsWithEveryPlanningFile() throws {
        let data = try PlanningData.load(folder: PlanningFixture.demoHub)
        #expect(data.referrals.count > 1500)
        #expect(data.people.count == data.hub.amhps.count)
        #expect(!data.trainingLog.isEmpty && data.pipeline.count == 2)
        #expect(data.settings.population.residents == 305_000)
        #expect(data.settings.response.withinHours == 6)
        #expect(data.settings.succession.target == .demand)
        #expect(data.settings.succession.leaverRate(employer: "Wyvern Vale Health and Care NHS Trust") == 0.10)
    }

    @Test func planningFilesMayBeLeftOut() throws {
        let (data, errors) = try load([:])
        #expect(errors.isEmpty)
        #expect(data?.referrals.isEmpty == true)
        #expect(data?.settings == PlanningSettings())
    }

    @Test func everyMistakeIsNamedByFileLineAndField() throws {
        let (_, errors) = try load([
            "referrals.csv": "referral_id,date,time\r\nR1,2026-01-05,14:05\r\nR2,2026-02-30,09:00\r\nR3,2026-01-06,9am\r\nR1,2026-01-07,10:00\r\n",
            "workforce.csv": "amhp_id,date_of_birth,course_start\r\nA99,1970-01-01,\r\nA01,1970-01-01,2026-09-01\r\n",
            "training_log.csv": "amhp_id,date,hours,activity\r\nA01,2026-03-01,300,Legal update\r\n",
            "training_pipeline.csv": "start,trainees,employer,profession,rota_fte\r\n2027-09-01,2,LA,doctor,0.8\r\n",
            "planning.yaml": "workload:\n  share_assessed: 0.8\n  travle_hours: 1\nresponse:\n  share: 1.5\ncover_model:\n  coordinator_at_base: [D, Z]\n",
        ])
        let expected = [
            "referrals.csv, line 3, field date: \"2026-02-30\" is not a date between 1900-01-01 and 2199-12-31.",
            "referrals.csv, line 4, field time: \"9am\" is not a time.",
            "referrals.csv, line 5, field referral_id: the referral \"R1\" is already on line 2.",
            "workforce.csv, line 2, field amhp_id: unknown AMHP id \"A99\".",
            "workforce.csv, line 3, field course_start: A01 is approved, not a trainee, so has no course start.",
            "training_log.csv, line 2, field hours: 300 is out of range.",
            "training_pipeline.csv, line 2, field profession: \"doctor\" is not allowed.",
            "planning.yaml, line 3, field workload.travle_hours: unknown setting \"travle_hours\".",
            "planning.yaml, line 5, field response.share: \"1.5\" is not a number from 0.5 to 0.999.",
            "planning.yaml, field cover_model.coordinator_at_base: unknown shift \"Z\".",
        ]
        for message in expected { #expect(errors.contains { $0.hasPrefix(message) }, "missing: \(message)\ngot: \(errors)") }
        #expect(errors.count == expected.count, "\(errors)")
        #expect(errors.allSatisfy { $0.contains("Fix: ") })
    }

    @Test func unknownAndMissingColumnsAreErrorsNotIgnored() throws {
        let (_, errors) = try load(["training_log.csv": "amhp_id,date,hour,activity\r\nA01,2026-03-01,3,Forum\r\n"])
        #expect(errors.contains { $0.hasPrefix("training_log.csv, line 1, field hour: unknown column \"hour\".") })
        #expect(errors.contains { $0.hasPrefix("training_log.csv, line 1, field hours: the required column \"hours\" is missing.") })
    }

    @Test func theHubsOwnProblemsAreReportedWithThePlanningOnes() throws {
        let (_, errors) = try load(["cover.csv": "day_type,shift,minimum,target,coordinator\r\nweekday,D,1,3,yes\r\n",
                                    "referrals.csv": "date,time\r\nyesterday,10:00\r\n"])
        #expect(errors.contains { $0.hasPrefix("cover.csv, line 2, field minimum") })
        #expect(errors.contains { $0.hasPrefix("referrals.csv, line 2, field date") })
    }

    @Test func settingsAreReadIntoTheirPlaces() throws {
        let yaml = """
        population:
          residents: 250000
        response:
          share: 0.8
          within_hours: 12
          measure: every_hour
        abstractions:
          other_duties_percent: 15
        succession:
          target_fte: 21.5
          target_growth_percent_per_year: 3
          retirement_rates:
            - {from_age: 60, annual_rate: 0.2}
            - {from_age: 57, annual_rate: 0.05}
          leaver_rates:
            - {employer: LA, annual_rate: 0.05}
        training:
          new_amhp_profession: nurse
        """
        let (data, errors) = try load(["planning.yaml": yaml])
        #expect(errors.isEmpty, "\(errors)")
        let settings = try #require(data?.settings)
        #expect(settings.population.residents == 250_000)
        #expect(settings.response.measure == .everyHour && settings.response.share == 0.8)
        #expect(abs(settings.abstractions.otherDutiesShare - 0.15) < 1e-12)
        #expect(settings.succession.target == .fixed(21.5))
        #expect(abs(settings.succession.targetGrowthPerYear - 0.03) < 1e-12)
        #expect(settings.succession.retirementRate(atAge: 56) == 0)
        #expect(settings.succession.retirementRate(atAge: 58) == 0.05)
        #expect(settings.succession.retirementRate(atAge: 66) == 0.2)
        #expect(settings.succession.retirementRate(atAge: 68) == 1)
        #expect(settings.succession.leaverRate(employer: "Any Trust") == 0)
        #expect(settings.training.newAMHPProfession == .nurse)
    }
}

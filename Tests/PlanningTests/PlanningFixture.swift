import Foundation
import Testing
import Workforce
@testable import Planning

/// Small hubs and planning data built in code, so each test states exactly what it relies on.
enum PlanningFixture {
    static let shifts = [
        ShiftType(code: "D", name: "Day", start: ClockTime("09:00")!, end: ClockTime("17:00")!, isNight: false),
        ShiftType(code: "L", name: "Late", start: ClockTime("13:00")!, end: ClockTime("21:00")!, isNight: false),
        ShiftType(code: "N", name: "Night", start: ClockTime("21:00")!, end: ClockTime("09:00")!, isNight: true),
    ]

    static func date(_ text: String) -> LocalDate { LocalDate(text)! }

    static func range(_ first: String, _ last: String) -> DateRange { DateRange(first: date(first), last: date(last))! }

    /// Cover of `minimum` (target one more) on every kind of day and shift, each with a coordinator.
    static func cover(minimum: Int = 2) -> [CoverRule] {
        DayType.allCases.flatMap { dayType in
            shifts.map { CoverRule(dayType: dayType, shiftCode: $0.code, minimum: minimum, target: minimum + 1, coordinatorRequired: true) }
        }
    }

    static func amhp(_ id: String, employment: Employment = .localAuthority(fte: 1.0), profession: Profession = .socialWorker,
                     approval: DateRange? = range("2024-03-01", "2029-02-28"), suspensions: [DateRange] = [],
                     educator: String? = nil, isEducator: Bool = false, nights: NightWorking = .yes, coordinates: Bool = true) -> AMHP {
        AMHP(id: id, name: "Person \(id)", employment: employment, profession: profession, grade: "AMHP", approval: educator == nil ? approval : nil,
             suspensions: suspensions, canCoordinateDays: coordinates && educator == nil && nights != .only,
             canCoordinateNights: coordinates && educator == nil && nights != .no, nightWorking: nights,
             isPracticeEducator: isEducator, educatorID: educator)
    }

    static func hub(_ amhps: [AMHP], cover: [CoverRule] = cover()) -> Hub {
        Hub(amhps: amhps, shiftTypes: shifts, coverRules: cover)
    }

    static func data(_ hub: Hub, settings: PlanningSettings = PlanningSettings(), referrals: [Referral] = [], people: [PersonFacts] = [],
                     log: [TrainingRecord] = [], pipeline: [TrainingCohort] = []) -> PlanningData {
        PlanningData(hub: hub, settings: settings, referrals: referrals, people: people, trainingLog: log, pipeline: pipeline)
    }

    /// A year of synthetic referrals at a given yearly rate, from a fixed seed.
    static func referrals(annual: Double = 800, days: Int = 730, seed: UInt64 = 7) -> [Referral] {
        ReferralGenerator(first: date("2025-01-01"), days: days, annualReferrals: annual, seed: seed).generate()
    }

    /// A folder with the demo hub's rota files copied in, for loader tests to add planning files to.
    static func folderWithDemoHub() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["amhps.csv", "shifts.csv", "cover.csv", "rules.yaml"] {
            try FileManager.default.copyItem(at: demoHub.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The problems `PlanningData.load` finds in `folder`, as printed (none when it loads).
    static func loadProblems(_ folder: URL) -> [String] {
        do {
            _ = try PlanningData.load(folder: folder)
            return []
        } catch let errors as InputErrors {
            return errors.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    /// Expects every message in `expected` among `messages` (each as a prefix), and no others.
    static func expectProblems(_ messages: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for message in expected {
            #expect(messages.contains { $0.hasPrefix(message) }, "missing: \(message)\ngot: \(messages)", sourceLocation: sourceLocation)
        }
        #expect(messages.count == expected.count, "\(messages)", sourceLocation: sourceLocation)
    }

    /// The demo hub as issue 18 measured it: one queue, every referral within response.within_hours.
    static func oneQueue(_ data: PlanningData) -> PlanningData {
        var settings = data.settings
        settings.priorities = []
        return data.with(settings: settings)
    }

    static var demoHub: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/demo-hub")
    }
}

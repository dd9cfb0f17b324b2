import Foundation
import Workforce

/// The demo hub in `Data/demo-hub`, and hubs made from it.
enum DemoHub {
    static var folder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/demo-hub")
    }

    static func load() throws -> Hub {
        try HubLoader.load(folder: folder)
    }

    /// A smaller, different hub: the first six AMHPs with their rows, a new name, other rules.
    static func smaller() throws -> Hub {
        let demo = try load()
        let kept = Set(demo.amhps.prefix(6).map(\.id))
        var rules = demo.rules
        rules.hubName = "Southshire AMHP Hub"
        rules.weights[.coverBelowTarget] = 0.1 + 0.2
        rules.removedBankHolidays = []
        rules.addedBankHolidays = [BankHolidays.Holiday(date: LocalDate("2026-12-29")!, name: "Local \"extra\" day, agreed")]
        return Hub(amhps: demo.amhps.filter { kept.contains($0.id) && ($0.educatorID.map(kept.contains) ?? true) },
                   shiftTypes: demo.shiftTypes, coverRules: demo.coverRules,
                   absences: demo.absences.filter { kept.contains($0.amhpID) },
                   requests: demo.requests.filter { kept.contains($0.amhpID) },
                   toil: demo.toil.filter { kept.contains($0.amhpID) },
                   history: demo.history.filter { kept.contains($0.amhpID) },
                   carryIn: demo.carryIn.filter { kept.contains($0.amhpID) }, rules: rules)
    }
}

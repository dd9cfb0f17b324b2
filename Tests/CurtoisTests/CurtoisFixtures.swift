import Foundation
import Testing
@testable import Curtois

/// Shared helpers for the Curtois tests: where the benchmark files are, and tiny hand-made instances.
enum CurtoisFixtures {
    /// `../shared/benchmarks/curtois/` beside the package root (found from this file's path).
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/benchmarks/curtois")

    static var benchmarksPresent: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("Instance1.txt").path)
    }

    static let skipMessage: Comment = "the Curtois benchmark files are not in ../shared/benchmarks/curtois beside the package root"

    static func instance(_ number: Int) throws -> CurtoisInstance {
        try CurtoisParser.parse(contentsOf: folder.appendingPathComponent("Instance\(number).txt"))
    }

    /// Shift D (8 h, may be followed by anything) and N (10 h, may not be followed by D).
    static let shifts = [
        CurtoisInstance.Shift(id: "D", minutes: 480, cannotFollow: []),
        CurtoisInstance.Shift(id: "N", minutes: 600, cannotFollow: [0]),
    ]

    /// An employee whose limits bind nothing in a week unless a test says otherwise.
    static func employee(_ id: String, _ change: (inout CurtoisInstance.Employee) -> Void = { _ in }) -> CurtoisInstance.Employee {
        var employee = CurtoisInstance.Employee(id: id, maxShifts: [14, 14], maxTotalMinutes: 10_000, minTotalMinutes: 0,
                                                maxConsecutiveShifts: 14, minConsecutiveShifts: 1,
                                                minConsecutiveDaysOff: 1, maxWeekends: 2)
        change(&employee)
        return employee
    }

    /// Amy and Beth over `days` days (Monday first); cover costs only on the days given, requests only as given.
    static func tiny(days: Int = 7, amy: CurtoisInstance.Employee = employee("Amy"),
                     beth: CurtoisInstance.Employee = employee("Beth"), daysOff: [Set<Int>] = [[], []],
                     onRequests: [CurtoisInstance.Request] = [], offRequests: [CurtoisInstance.Request] = [],
                     cover: [Int: [Int]] = [:]) -> CurtoisInstance {
        let coverRows = (0..<days).map { d in
            // Days without a cover line given cost nothing, so tests of other rules see only their own penalty.
            (0..<2).map { t in
                cover[d].map { CurtoisInstance.Cover(requirement: $0[t], underWeight: 100, overWeight: 1) }
                    ?? CurtoisInstance.Cover(requirement: 0, underWeight: 0, overWeight: 0)
            }
        }
        return CurtoisInstance(name: "tiny", dayCount: days, shifts: shifts, employees: [amy, beth], daysOff: daysOff,
                               onRequests: onRequests, offRequests: offRequests, cover: coverRows)
    }
}

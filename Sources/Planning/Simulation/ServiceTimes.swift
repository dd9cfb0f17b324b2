import Foundation
import Workforce

/// How long an assessment keeps its team, drawn at random in the simulation.
///
/// `exponential` is what Erlang C assumes, so a check beside it differs only where the two really
/// differ (hours that change, work handed over); it is the default. `phased` is travel out, the
/// assessment, travel back and the write-up, each Erlang-distributed with shape 4 (a coefficient
/// of variation of 0.5) about its own mean: less variable, so waits are shorter.
public enum ServiceTimes: Hashable, Sendable {
    case exponential(meanHours: Double)
    case phased(assessmentHours: Double, travelHours: Double, recordingHours: Double)

    /// The two shapes a run may assume, named for the command line and the summary.
    public enum Shape: String, CaseIterable, Hashable, Sendable {
        case phased, exponential
    }

    public init(_ workload: PlanningSettings.Workload, shape: Shape = .exponential) {
        switch shape {
        case .phased:
            self = .phased(assessmentHours: workload.assessmentHours, travelHours: workload.travelHours, recordingHours: workload.recordingHours)
        case .exponential:
            self = .exponential(meanHours: workload.hoursPerAssessment)
        }
    }

    public var shape: Shape {
        switch self {
        case .exponential: .exponential
        case .phased: .phased
        }
    }

    public var meanHours: Double {
        switch self {
        case .exponential(let mean): mean
        case .phased(let assessment, let travel, let recording): assessment + travel + recording
        }
    }

    func draw(using generator: inout SeededGenerator) -> Double {
        switch self {
        case .exponential(let mean):
            return Self.exponential(mean, using: &generator)
        case .phased(let assessment, let travel, let recording):
            return [travel / 2, assessment, travel / 2, recording].reduce(0) { $0 + Self.erlang4($1, using: &generator) }
        }
    }

    static func exponential(_ mean: Double, using generator: inout SeededGenerator) -> Double {
        guard mean > 0 else { return 0 }
        // 1 − U lies in (0, 1], so the logarithm is finite.
        return -mean * log(1 - Double.random(in: 0..<1, using: &generator))
    }

    /// The sum of four exponentials of a quarter of the mean each.
    private static func erlang4(_ mean: Double, using generator: inout SeededGenerator) -> Double {
        guard mean > 0 else { return 0 }
        var product = 1.0
        for _ in 0..<4 { product *= 1 - Double.random(in: 0..<1, using: &generator) }
        return -mean / 4 * log(product)
    }
}

import Workforce

/// The sufficiency assumptions a lead may move for one run without editing planning.yaml: named
/// once here, with their bounds, for `amhp sufficiency --assume KEY=VALUE`, the API's query and the
/// page's form alike (issue 18: the answer turns on them, so they are on the page).
public enum SufficiencyAssumption: String, CaseIterable, Hashable, Sendable {
    case amhpsPerAssessment = "amhps_per_assessment"
    case secondWorker = "second_worker"
    case assessmentHours = "assessment_hours"
    case travelHours = "travel_hours"
    case recordingHours = "recording_hours"
    case responseShare = "response_share"
    case responseHours = "response_hours"
    case outOfHoursMinimum = "out_of_hours_minimum"
    case nightMinimum = "night_minimum"

    public var label: String {
        switch self {
        case .amhpsPerAssessment: "AMHPs per assessment (1, or 2 so none lone-works)"
        case .secondWorker: "With one AMHP, a second worker who is not an AMHP (1 yes, 0 no)"
        case .assessmentHours: "Hours of the assessment itself"
        case .travelHours: "Hours of travel"
        case .recordingHours: "Hours writing it up"
        case .responseShare: "Share picked up in time (0.5 to 0.999)"
        case .responseHours: "Within hours"
        case .outOfHoursMinimum: "Out-of-hours minimum share (blank for none)"
        case .nightMinimum: "Night minimum share, 21:00-09:00 (blank for none)"
        }
    }

    /// The values allowed, as planning.yaml allows them.
    public var range: ClosedRange<Double> {
        switch self {
        case .amhpsPerAssessment: 1...2
        case .secondWorker: 0...1
        case .assessmentHours: 0.1...24
        case .travelHours, .recordingHours: 0...12
        case .responseShare: 0.5...0.999
        case .responseHours: 0.1...72
        case .outOfHoursMinimum, .nightMinimum: 0.1...0.999
        }
    }

    public var isWholeNumber: Bool { self == .amhpsPerAssessment || self == .secondWorker }

    /// The value in `settings` (nil for a minimum not set).
    public func value(in settings: PlanningSettings) -> Double? {
        switch self {
        case .amhpsPerAssessment: Double(settings.workload.amhpsPerAssessment)
        case .secondWorker: settings.workload.secondWorker ? 1 : 0
        case .assessmentHours: settings.workload.assessmentHours
        case .travelHours: settings.workload.travelHours
        case .recordingHours: settings.workload.recordingHours
        case .responseShare: settings.response.share
        case .responseHours: settings.response.withinHours
        case .outOfHoursMinimum: settings.response.outOfHoursMinimum
        case .nightMinimum: settings.response.nightMinimum
        }
    }

    public func apply(_ value: Double, to settings: inout PlanningSettings) {
        switch self {
        case .amhpsPerAssessment: settings.workload.amhpsPerAssessment = Int(value)
        case .secondWorker: settings.workload.secondWorker = value >= 1
        case .assessmentHours: settings.workload.assessmentHours = value
        case .travelHours: settings.workload.travelHours = value
        case .recordingHours: settings.workload.recordingHours = value
        case .responseShare: settings.response.share = value
        case .responseHours: settings.response.withinHours = value
        case .outOfHoursMinimum: settings.response.outOfHoursMinimum = value
        case .nightMinimum: settings.response.nightMinimum = value
        }
    }

    /// Reads a value typed for this assumption, or says what is wrong with it and how to fix it.
    public func read(_ text: String) -> Result<Double, AssumptionProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite, range.contains(value), !isWholeNumber || value == value.rounded() else {
            let bounds = isWholeNumber ? "\(Int(range.lowerBound)) or \(Int(range.upperBound))"
                : "a number from \(NumberText.plain(range.lowerBound)) to \(NumberText.plain(range.upperBound))"
            return .failure(AssumptionProblem(key: rawValue, message: "\"\(String(trimmed.prefix(40)))\" is not allowed; give \(bounds)."))
        }
        return .success(value)
    }

    /// Reads `key=value` as the command line takes it.
    public static func parse(_ text: String) -> Result<(SufficiencyAssumption, Double), AssumptionProblem> {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let assumption = SufficiencyAssumption(rawValue: parts[0].trimmingCharacters(in: .whitespaces)) else {
            return .failure(AssumptionProblem(key: String(text.prefix(40)), message: "is not KEY=VALUE with KEY one of: "
                                              + allCases.map(\.rawValue).joined(separator: ", ") + "."))
        }
        return assumption.read(parts[1]).map { (assumption, $0) }
    }

    /// `settings` with `values` applied.
    public static func applying(_ values: [SufficiencyAssumption: Double], to settings: PlanningSettings) -> PlanningSettings {
        var changed = settings
        for (assumption, value) in values { assumption.apply(value, to: &changed) }
        return changed
    }
}

/// An assumption's value refused: which key and why.
public struct AssumptionProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let key: String
    public let message: String

    public var description: String { "\(key): \(message)" }
}

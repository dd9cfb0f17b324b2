import Workforce
import Yams

/// Reads `planning.yaml`: population, workload, response target, cover model, abstractions,
/// benchmarks, succession and training assumptions. Settings left out keep their defaults.
enum PlanningSettingsFile {
    static let name = "planning.yaml"

    static func read(_ text: String, errors: inout [InputError]) -> PlanningSettings {
        var settings = PlanningSettings()
        var reader = NodeReader(fileName: name, documentation: "docs/planning.md")
        guard let root = reader.root(text) else {
            errors += reader.errors
            return settings
        }
        let sections = ["population", "workload", "response", "priorities", "cover_model", "abstractions", "benchmarks", "succession", "training", "levers", "standards"]
        var priorities: [(PriorityClass, hasOwnHours: Bool)] = []
        for (key, value) in reader.entries(root, "", known: sections) {
            switch key {
            case "priorities": priorities = PrioritySettingsReader.read(value, reader: &reader)
            case "population": readPopulation(value, into: &settings.population, reader: &reader)
            case "workload": readWorkload(value, into: &settings.workload, reader: &reader)
            case "response": readResponse(value, into: &settings.response, reader: &reader)
            case "cover_model": readCoverModel(value, into: &settings.coverModel, reader: &reader)
            case "abstractions": readAbstractions(value, into: &settings.abstractions, reader: &reader)
            case "benchmarks": readBenchmarks(value, into: &settings.benchmarks, reader: &reader)
            case "succession": SuccessionSettingsReader.read(value, into: &settings.succession, reader: &reader)
            case "levers": SuccessionSettingsReader.readLevers(value, into: &settings.levers, reader: &reader)
            case "standards": readStandards(value, into: &settings.standards, reader: &reader)
            default: SuccessionSettingsReader.readTraining(value, into: &settings.training, reader: &reader)
            }
        }
        // A class's time defaults to the response target's, wherever in the file that is set.
        settings.priorities = priorities.map { read in
            var priority = read.0
            if !read.hasOwnHours { priority.withinHours = settings.response.withinHours }
            return priority
        }
        errors += reader.errors
        return settings
    }

    private static func readPopulation(_ node: Node, into population: inout PlanningSettings.Population, reader: inout NodeReader) {
        for (key, value) in reader.entries(node, "population", known: ["residents", "source"]) {
            if key == "residents" {
                population.residents = reader.number(value, "population.residents", in: 1...100_000_000) ?? population.residents
            } else {
                population.source = reader.string(value, "population.source") ?? population.source
            }
        }
    }

    private static func readWorkload(_ node: Node, into workload: inout PlanningSettings.Workload, reader: inout NodeReader) {
        let keys = ["share_assessed", "assessment_hours", "travel_hours", "recording_hours", "amhps_per_assessment", "second_worker"]
        for (key, value) in reader.entries(node, "workload", known: keys) {
            let path = "workload.\(key)"
            switch key {
            case "second_worker": workload.secondWorker = reader.flag(value, path) ?? workload.secondWorker
            case "share_assessed": workload.shareAssessed = reader.number(value, path, in: 0.01...1) ?? workload.shareAssessed
            case "assessment_hours": workload.assessmentHours = reader.number(value, path, in: 0.1...24) ?? workload.assessmentHours
            case "travel_hours": workload.travelHours = reader.number(value, path, in: 0...12) ?? workload.travelHours
            case "recording_hours": workload.recordingHours = reader.number(value, path, in: 0...12) ?? workload.recordingHours
            default: workload.amhpsPerAssessment = reader.integer(value, path, in: 1...4) ?? workload.amhpsPerAssessment
            }
        }
        if workload.secondWorker && workload.amhpsPerAssessment != 1 {
            reader.fail(node, "workload.second_worker", "a second worker goes with one AMHP, and amhps_per_assessment is \(workload.amhpsPerAssessment).",
                        fix: "set amhps_per_assessment: 1 with second_worker: yes, or second_worker: no.")
        }
    }

    private static func readResponse(_ node: Node, into response: inout PlanningSettings.ResponseTarget, reader: inout NodeReader) {
        for (key, value) in reader.entries(node, "response", known: ["share", "within_hours", "measure", "out_of_hours_minimum", "night_minimum"]) {
            switch key {
            case "share": response.share = reader.number(value, "response.share", in: 0.5...0.999) ?? response.share
            case "out_of_hours_minimum": response.outOfHoursMinimum = reader.number(value, "response.out_of_hours_minimum", in: 0.1...0.999)
            case "night_minimum": response.nightMinimum = reader.number(value, "response.night_minimum", in: 0.1...0.999)
            case "within_hours": response.withinHours = reader.number(value, "response.within_hours", in: 0.1...72) ?? response.withinHours
            default: response.measure = reader.choice(value, "response.measure", as: PlanningSettings.ResponseTarget.Measure.self) ?? response.measure
            }
        }
    }

    private static func readCoverModel(_ node: Node, into cover: inout PlanningSettings.CoverModelSettings, reader: inout NodeReader) {
        for (_, value) in reader.entries(node, "cover_model", known: ["coordinator_at_base"]) {
            cover.coordinatorAtBase = reader.items(value, "cover_model.coordinator_at_base")
                .compactMap { reader.string($0, "cover_model.coordinator_at_base") }
        }
    }

    private static func readAbstractions(_ node: Node, into abstractions: inout PlanningSettings.Abstractions, reader: inout NodeReader) {
        let keys = ["annual_leave_days", "sickness_days", "training_hours", "supervision_hours_per_month", "other_duties_percent", "toil_hours"]
        for (key, value) in reader.entries(node, "abstractions", known: keys) {
            let path = "abstractions.\(key)"
            switch key {
            case "annual_leave_days": abstractions.annualLeaveDays = reader.number(value, path, in: 0...60) ?? abstractions.annualLeaveDays
            case "sickness_days": abstractions.sicknessDays = reader.number(value, path, in: 0...100) ?? abstractions.sicknessDays
            case "training_hours": abstractions.trainingHours = reader.number(value, path, in: 0...200) ?? abstractions.trainingHours
            case "supervision_hours_per_month":
                abstractions.supervisionHoursPerMonth = reader.number(value, path, in: 0...40) ?? abstractions.supervisionHoursPerMonth
            case "toil_hours": abstractions.toilHours = reader.number(value, path, in: 0...500) ?? abstractions.toilHours
            default:
                if let percent = reader.number(value, path, in: 0...60) { abstractions.otherDutiesShare = percent / 100 }
            }
        }
    }

    private static func readBenchmarks(_ node: Node, into benchmarks: inout PlanningSettings.Benchmarks, reader: inout NodeReader) {
        for (key, value) in reader.entries(node, "benchmarks", known: ["amhps_per_100000", "assessments_per_100000"]) {
            if key == "amhps_per_100000" {
                benchmarks.amhpsPer100000 = reader.number(value, "benchmarks.\(key)", in: 0...1000) ?? benchmarks.amhpsPer100000
            } else {
                benchmarks.assessmentsPer100000 = reader.number(value, "benchmarks.\(key)", in: 0...10_000) ?? benchmarks.assessmentsPer100000
            }
        }
    }

    private static func readStandards(_ node: Node, into standards: inout PlanningSettings.StandardsSettings, reader: inout NodeReader) {
        for (_, value) in reader.entries(node, "standards", known: ["practice_minimum_shifts_per_quarter"]) {
            standards.practiceMinimumPerQuarter = reader.integer(value, "standards.practice_minimum_shifts_per_quarter", in: 0...92)
                ?? standards.practiceMinimumPerQuarter
        }
    }
}

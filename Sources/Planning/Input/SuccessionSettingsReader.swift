import Workforce
import Yams

/// Reads the `succession:` and `training:` sections of `planning.yaml`.
enum SuccessionSettingsReader {
    static func read(_ node: Node, into succession: inout SuccessionAssumptions, reader: inout NodeReader) {
        let keys = ["years", "reapproval_rate", "reapproval_penalty_per_short_year", "retirement_rates", "latest_retirement_age", "leaver_rates", "target_fte",
                    "target_growth_percent_per_year", "rate_uncertainty"]
        for (key, value) in reader.entries(node, "succession", known: keys) {
            let path = "succession.\(key)"
            switch key {
            case "years": succession.years = reader.integer(value, path, in: 1...10) ?? succession.years
            case "reapproval_rate": succession.reapprovalRate = reader.number(value, path, in: 0...1) ?? succession.reapprovalRate
            case "reapproval_penalty_per_short_year":
                succession.reapprovalPenaltyPerShortYear = reader.number(value, path, in: 0...1) ?? succession.reapprovalPenaltyPerShortYear
            case "retirement_rates": succession.retirementRates = retirementBands(value, path, reader: &reader) ?? succession.retirementRates
            case "latest_retirement_age":
                succession.latestRetirementAge = reader.integer(value, path, in: 50...80) ?? succession.latestRetirementAge
            case "leaver_rates": succession.leaverRates = leaverRates(value, path, reader: &reader) ?? succession.leaverRates
            case "target_fte": succession.target = target(value, path, reader: &reader) ?? succession.target
            case "rate_uncertainty": succession.rateUncertainty = reader.number(value, path, in: 0...1) ?? succession.rateUncertainty
            default:
                if let percent = reader.number(value, path, in: -20...50) { succession.targetGrowthPerYear = percent / 100 }
            }
        }
    }

    static func readLevers(_ node: Node, into levers: inout SuccessionLevers, reader: inout NodeReader) {
        let keys = ["recruit_lead_months", "recruit_per_year", "recruit_cost", "agency_max_fte", "agency_cost_per_fte_year",
                    "nhs_extra_max_fte", "nhs_extra_cost_per_fte_year", "overshoot_cost_per_fte_year"]
        for (key, value) in reader.entries(node, "levers", known: keys) {
            let path = "levers.\(key)"
            switch key {
            case "recruit_lead_months": levers.recruitLeadMonths = reader.integer(value, path, in: 0...36) ?? levers.recruitLeadMonths
            case "recruit_per_year": levers.recruitPerYear = reader.integer(value, path, in: 0...50) ?? levers.recruitPerYear
            case "recruit_cost": levers.recruitCost = reader.number(value, path, in: 0...1_000_000) ?? levers.recruitCost
            case "agency_max_fte": levers.agencyMaxFTE = reader.number(value, path, in: 0...50) ?? levers.agencyMaxFTE
            case "agency_cost_per_fte_year": levers.agencyCostPerFTEYear = reader.number(value, path, in: 0...1_000_000) ?? levers.agencyCostPerFTEYear
            case "nhs_extra_max_fte": levers.nhsExtraMaxFTE = reader.number(value, path, in: 0...50) ?? levers.nhsExtraMaxFTE
            case "nhs_extra_cost_per_fte_year":
                levers.nhsExtraCostPerFTEYear = reader.number(value, path, in: 0...1_000_000) ?? levers.nhsExtraCostPerFTEYear
            default:
                levers.overshootCostPerFTEYear = reader.number(value, path, in: 0...1_000_000) ?? levers.overshootCostPerFTEYear
            }
        }
    }

    static func readTraining(_ node: Node, into training: inout TrainingAssumptions, reader: inout NodeReader) {
        let keys = ["course_months", "pass_rate", "intake_month", "capacity_per_year", "cost_per_trainee", "new_amhp_rota_fte",
                    "new_amhp_employer", "new_amhp_profession"]
        for (key, value) in reader.entries(node, "training", known: keys) {
            let path = "training.\(key)"
            switch key {
            case "course_months": training.courseMonths = reader.integer(value, path, in: 1...36) ?? training.courseMonths
            case "pass_rate": training.passRate = reader.number(value, path, in: 0...1) ?? training.passRate
            case "intake_month": training.intakeMonth = reader.integer(value, path, in: 1...12) ?? training.intakeMonth
            case "capacity_per_year": training.capacityPerYear = reader.integer(value, path, in: 0...100) ?? training.capacityPerYear
            case "cost_per_trainee": training.costPerTrainee = reader.number(value, path, in: 0...1_000_000) ?? training.costPerTrainee
            case "new_amhp_rota_fte": training.newAMHPRotaFTE = reader.number(value, path, in: 0.01...1.5) ?? training.newAMHPRotaFTE
            case "new_amhp_employer": training.newAMHPEmployer = reader.string(value, path) ?? training.newAMHPEmployer
            default: training.newAMHPProfession = reader.choice(value, path, as: Profession.self) ?? training.newAMHPProfession
            }
        }
    }

    /// `- {from_age: 55, annual_rate: 0.04}` rows, sorted by age.
    private static func retirementBands(_ node: Node, _ path: String, reader: inout NodeReader) -> [SuccessionAssumptions.RetirementBand]? {
        var bands: [SuccessionAssumptions.RetirementBand] = []
        for item in reader.items(node, path) {
            var age: Int?
            var rate: Double?
            for (field, value) in reader.entries(item, path, known: ["from_age", "annual_rate"]) {
                if field == "from_age" { age = reader.integer(value, "\(path).from_age", in: 16...80) }
                else { rate = reader.number(value, "\(path).annual_rate", in: 0...1) }
            }
            guard let age, let rate else {
                reader.fail(item, path, "a retirement band needs from_age and annual_rate.", fix: "write \"- {from_age: 60, annual_rate: 0.15}\".")
                continue
            }
            bands.append(SuccessionAssumptions.RetirementBand(fromAge: age, annualRate: rate))
        }
        return bands.sorted { $0.fromAge < $1.fromAge }
    }

    /// `- {employer: LA, annual_rate: 0.08}` rows.
    private static func leaverRates(_ node: Node, _ path: String, reader: inout NodeReader) -> [SuccessionAssumptions.LeaverRate]? {
        var rates: [SuccessionAssumptions.LeaverRate] = []
        for item in reader.items(node, path) {
            var employer: String?
            var rate: Double?
            for (field, value) in reader.entries(item, path, known: ["employer", "annual_rate"]) {
                if field == "employer" { employer = reader.string(value, "\(path).employer") }
                else { rate = reader.number(value, "\(path).annual_rate", in: 0...1) }
            }
            guard let employer, let rate else {
                reader.fail(item, path, "a leaver rate needs employer and annual_rate.", fix: "write \"- {employer: LA, annual_rate: 0.08}\".")
                continue
            }
            rates.append(SuccessionAssumptions.LeaverRate(employer: employer, annualRate: rate))
        }
        return rates
    }

    /// `demand`, `minimum_cover`, `target_cover` or a number of FTE.
    private static func target(_ node: Node, _ path: String, reader: inout NodeReader) -> SuccessionAssumptions.Target? {
        guard let text = reader.string(node, path) else { return nil }
        switch text.lowercased() {
        case "demand": return .demand
        case "minimum_cover": return .minimumCover
        case "target_cover": return .targetCover
        default:
            if let value = Double(text), value > 0, value <= 1000 { return .fixed(value) }
            reader.fail(node, path, "\"\(text)\" is not a target.", fix: "write demand, minimum_cover, target_cover or a number of FTE, e.g. 24.5.")
            return nil
        }
    }
}

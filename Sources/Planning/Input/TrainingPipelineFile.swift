import Workforce

/// Reads `training_pipeline.csv`: cohorts already on, or booked onto, the AMHP course.
enum TrainingPipelineFile {
    static let name = "training_pipeline.csv"
    static let required = ["start", "trainees", "employer", "profession", "rota_fte"]
    static let optional = ["note"]

    static func read(_ table: CSVTable, errors: inout [InputError]) -> [TrainingCohort] {
        var cohorts: [TrainingCohort] = []
        for row in table.rows {
            let before = errors.count
            let start = row.date("start", &errors)
            let trainees = row.integer("trainees", &errors, in: 1...100, meaning: "the number of trainees in the cohort")
            let employer = row.required("employer", &errors, fix: "write LA or the NHS trust's name, as in amhps.csv.")
            let profession = row.choice("profession", &errors, as: Profession.self)
            let fte = row.number("rota_fte", &errors, in: 0.01...1.5, meaning: "the rota FTE each new AMHP will give, e.g. 0.8")
            guard errors.count == before, let start, let trainees, let employer, let profession, let fte else { continue }
            cohorts.append(TrainingCohort(start: start, trainees: trainees, employer: employer.uppercased() == "LA" ? "LA" : employer,
                                          profession: profession, rotaFTE: fte, origin: "pipeline"))
        }
        return cohorts
    }
}

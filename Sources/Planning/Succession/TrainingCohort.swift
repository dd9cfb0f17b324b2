import Workforce

/// A group of trainees starting the AMHP course together (`training_pipeline.csv`, or the training plan).
public struct TrainingCohort: Hashable, Sendable {
    public let start: LocalDate
    public let trainees: Int
    public let employer: String
    public let profession: Profession
    /// Rota FTE each gives once approved.
    public let rotaFTE: Double
    /// Where the cohort comes from, for reports: `pipeline` or `plan`.
    public let origin: String

    public init(start: LocalDate, trainees: Int, employer: String, profession: Profession, rotaFTE: Double, origin: String) {
        self.start = start
        self.trainees = trainees
        self.employer = employer
        self.profession = profession
        self.rotaFTE = rotaFTE
        self.origin = origin
    }
}

import Workforce

/// What the register needs about an AMHP beyond amhps.csv: age, planned retirement or leaving,
/// and for a trainee when their course started (`workforce.csv`).
public struct PersonFacts: Hashable, Sendable {
    public let amhpID: String
    public let dateOfBirth: LocalDate?
    /// A retirement date the AMHP has given; it takes the place of the age-based chance.
    public let plannedRetirement: LocalDate?
    /// A leaving date already known (notice given, secondment ending).
    public let plannedLeaving: LocalDate?
    /// A trainee's AMHP course start: they may be approved when the course ends.
    public let courseStart: LocalDate?

    public init(amhpID: String, dateOfBirth: LocalDate? = nil, plannedRetirement: LocalDate? = nil,
                plannedLeaving: LocalDate? = nil, courseStart: LocalDate? = nil) {
        self.amhpID = amhpID
        self.dateOfBirth = dateOfBirth
        self.plannedRetirement = plannedRetirement
        self.plannedLeaving = plannedLeaving
        self.courseStart = courseStart
    }

    /// Whole years of age on a date.
    public func age(on date: LocalDate) -> Int? {
        guard let birth = dateOfBirth else { return nil }
        let hadBirthday = (date.month, date.day) >= (birth.month, birth.day)
        return date.year - birth.year - (hadBirthday ? 0 : 1)
    }
}

/// Hours of AMHP training one AMHP logged on one date (`training_log.csv`).
public struct TrainingRecord: Hashable, Sendable {
    public let amhpID: String
    public let date: LocalDate
    public let hours: Double
    public let activity: String

    public init(amhpID: String, date: LocalDate, hours: Double, activity: String = "") {
        self.amhpID = amhpID
        self.date = date
        self.hours = hours
        self.activity = activity
    }
}

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

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

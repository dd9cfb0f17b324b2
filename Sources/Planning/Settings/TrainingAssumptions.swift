import Workforce

/// The AMHP training route: course, pass rate, intake, capacity and cost.
public struct TrainingAssumptions: Hashable, Sendable {
    /// Months from the start of the course to approval.
    public var courseMonths = 12
    /// Share of trainees who pass and are approved.
    public var passRate = 0.85
    /// The month each year's course starts (9 = September, as most university AMHP programmes).
    public var intakeMonth = 9
    /// Most trainees the hub can send on the course in one year (places, practice educators, backfill).
    public var capacityPerYear = 6
    /// Cost of one trainee (fees and backfill), in pounds, which the training plan keeps smallest.
    public var costPerTrainee = 12_000.0
    /// Rota FTE a newly approved AMHP gives the rota.
    public var newAMHPRotaFTE = 0.8
    /// Employer under which the plan's new AMHPs are counted.
    public var newAMHPEmployer = "LA"
    /// Profession under which the plan's new AMHPs are counted.
    public var newAMHPProfession: Profession = .socialWorker

    public init() {}
}

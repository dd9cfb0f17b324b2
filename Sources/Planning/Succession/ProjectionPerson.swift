import Workforce

/// Someone the projection follows: an approved AMHP, one approved from a later date, or a trainee
/// (on the hub now, in a booked cohort, or in the training plan).
public struct ProjectionPerson: Hashable, Sendable {
    public enum Start: Hashable, Sendable {
        /// Approved at the as-of date; the warrant ends on the date given.
        case inPost(warrantEnd: LocalDate)
        /// Joins the register on `date` (certain), with a warrant to `warrantEnd`.
        case approvedFrom(LocalDate, warrantEnd: LocalDate)
        /// Joins on `approval` if they pass, which they do with chance `passRate`.
        case trainee(approval: LocalDate, passRate: Double)
    }

    /// A stable key (the AMHP id, or `cohort 2027-09-01 #3`) that seeds this person's random stream.
    public let key: String
    public let employer: String
    public let profession: Profession
    public let rotaFTE: Double
    public let start: Start
    public let dateOfBirth: LocalDate?
    public let plannedRetirement: LocalDate?
    public let plannedLeaving: LocalDate?
    public let suspensions: [DateRange]
    /// The employer's annual leaver rate.
    public let leaverRate: Double
    /// The chance of re-approval when the warrant ends: lower for each completed warrant year
    /// the training log shows short of 18 hours (`SuccessionAssumptions.reapprovalRate(shortYears:)`).
    public let reapprovalRate: Double

    /// Everyone on the hub at `asOf`: approved AMHPs, those approved from a later date, trainees.
    /// Warrants that ended before `asOf` have lapsed and are left out.
    public static func current(_ data: PlanningData, asOf: LocalDate, basis: RotaFTEBasis) -> [ProjectionPerson] {
        let training = data.settings.training, succession = data.settings.succession
        let ledger = CPDLedger(records: data.trainingLog)
        return data.hub.amhps.compactMap { amhp in
            let facts = data.facts(for: amhp.id)
            let start: Start
            if amhp.isTrainee {
                // Without a course start the trainee is taken to be half-way through the course.
                let courseEnd = facts?.courseStart.map { $0.adding(months: training.courseMonths) }
                    ?? asOf.adding(months: training.courseMonths / 2)
                start = .trainee(approval: max(courseEnd, asOf), passRate: training.passRate)
            } else if let approval = amhp.approval {
                if approval.last < asOf { return nil }
                start = approval.first > asOf ? .approvedFrom(approval.first, warrantEnd: approval.last) : .inPost(warrantEnd: approval.last)
            } else {
                return nil
            }
            let employer = amhp.employment.employerName
            return ProjectionPerson(key: amhp.id, employer: employer, profession: amhp.profession, rotaFTE: basis.rotaFTE(amhp.employment),
                                    start: start, dateOfBirth: facts?.dateOfBirth, plannedRetirement: facts?.plannedRetirement,
                                    plannedLeaving: facts?.plannedLeaving, suspensions: amhp.suspensions,
                                    leaverRate: succession.leaverRate(employer: employer),
                                    reapprovalRate: succession.reapprovalRate(shortYears: ledger.shortYears(of: amhp, asOf: asOf)))
        }
    }

    /// Everyone on the hub at `asOf` (`current`) and the cohorts already booked (training_pipeline.csv).
    public static func currentAndBooked(_ data: PlanningData, asOf: LocalDate, basis: RotaFTEBasis) -> [ProjectionPerson] {
        let settings = data.settings
        return current(data, asOf: asOf, basis: basis)
            + data.pipeline.flatMap { cohort($0, training: settings.training, assumptions: settings.succession) }
    }

    /// Qualified AMHPs the plan recruits, each approved from `start` for five years.
    public static func hires(_ count: Int, from start: LocalDate, training: TrainingAssumptions,
                             assumptions: SuccessionAssumptions) -> [ProjectionPerson] {
        (0..<count).map { number in
            ProjectionPerson(key: "hire \(start) #\(number + 1)", employer: training.newAMHPEmployer, profession: training.newAMHPProfession,
                             rotaFTE: training.newAMHPRotaFTE,
                             start: .approvedFrom(start, warrantEnd: start.adding(months: 60).adding(days: -1)),
                             dateOfBirth: nil, plannedRetirement: nil, plannedLeaving: nil, suspensions: [],
                             leaverRate: assumptions.leaverRate(employer: training.newAMHPEmployer), reapprovalRate: assumptions.reapprovalRate)
        }
    }

    /// The trainees of a cohort, each approved a course after its start if they pass.
    public static func cohort(_ cohort: TrainingCohort, training: TrainingAssumptions,
                              assumptions: SuccessionAssumptions) -> [ProjectionPerson] {
        (0..<cohort.trainees).map { number in
            ProjectionPerson(key: "\(cohort.origin) \(cohort.start) #\(number + 1)", employer: cohort.employer, profession: cohort.profession,
                             rotaFTE: cohort.rotaFTE,
                             start: .trainee(approval: cohort.start.adding(months: training.courseMonths), passRate: training.passRate),
                             dateOfBirth: nil, plannedRetirement: nil, plannedLeaving: nil, suspensions: [],
                             leaverRate: assumptions.leaverRate(employer: cohort.employer), reapprovalRate: assumptions.reapprovalRate)
        }
    }
}

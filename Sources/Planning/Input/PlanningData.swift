import Foundation
import Workforce

/// A hub folder read for planning: the hub itself (`HubLoader`) and the planning files beside it.
///
/// | file | needed | what it holds |
/// |---|---|---|
/// | `planning.yaml` | optional | population, workload, response target, abstractions, succession and training assumptions |
/// | `referrals.csv` | for sufficiency | referrals for MHA assessments, with date and time received |
/// | `workforce.csv` | optional | dates of birth, planned retirement or leaving, trainees' course starts |
/// | `training_log.csv` | optional | AMHP training (CPD) hours |
/// | `training_pipeline.csv` | optional | cohorts already on or booked onto the AMHP course |
/// | `diversity.csv` | optional | aggregate counts of the AMHP workforce by group (Service Standard 3.4) |
/// | `toil_by_month.csv` | optional | the TOIL ledger's figures by AMHP and month: overrun given back, an abstraction |
public struct PlanningData: Sendable {
    public let hub: Hub
    public let settings: PlanningSettings
    public let referrals: [Referral]
    public let people: [PersonFacts]
    public let trainingLog: [TrainingRecord]
    public let pipeline: [TrainingCohort]
    public let diversity: [DiversityCount]
    /// The ledger's TOIL over the last year, when the hub has `toil_by_month.csv`; its hours a year
    /// per FTE are then `settings.abstractions.toilHours`.
    public let toilGivenBack: TOILGivenBack?

    public init(hub: Hub, settings: PlanningSettings = PlanningSettings(), referrals: [Referral] = [],
                people: [PersonFacts] = [], trainingLog: [TrainingRecord] = [], pipeline: [TrainingCohort] = [],
                diversity: [DiversityCount] = [], toilGivenBack: TOILGivenBack? = nil) {
        self.hub = hub
        self.settings = settings
        self.referrals = referrals
        self.people = people
        self.trainingLog = trainingLog
        self.pipeline = pipeline
        self.diversity = diversity
        self.toilGivenBack = toilGivenBack
    }

    /// The same hub and files under other settings (a what-if of the assumptions).
    public func with(settings: PlanningSettings) -> PlanningData {
        PlanningData(hub: hub, settings: settings, referrals: referrals, people: people, trainingLog: trainingLog, pipeline: pipeline,
                     diversity: diversity, toilGivenBack: toilGivenBack)
    }

    /// The planning files a hub folder may hold beside the hub's own (each optional).
    public static let fileNames = [PlanningSettingsFile.name, ReferralsFile.name, WorkforceFile.name, TrainingLogFile.name,
                                   TrainingPipelineFile.name, DiversityFile.name, TOILByMonthFile.name]

    public func facts(for amhpID: String) -> PersonFacts? { people.first { $0.amhpID == amhpID } }

    /// Reads the folder; every problem in every file, the hub's and the planning ones, is thrown
    /// together. Given `stored`, that hub is used and the folder's hub files are not read (the
    /// service keeps its hub in the database and only the planning files in the folder).
    public static func load(folder: URL, hub stored: Hub? = nil) throws -> PlanningData {
        var errors: [InputError] = []
        var hub = stored
        do {
            if stored == nil { hub = try HubLoader.load(folder: folder) }
        } catch let hubErrors as InputErrors {
            errors += hubErrors.errors
        }
        let files = PlanningFolder(folder: folder)
        var settings = files.text(PlanningSettingsFile.name, &errors).map { PlanningSettingsFile.read($0, errors: &errors) }
            ?? PlanningSettings()
        let ids = hub.map { Set($0.amhps.map(\.id)) }
        let referrals = files.table(ReferralsFile.name, ReferralsFile.required, ReferralsFile.optional, &errors)
            .map { ReferralsFile.read($0, errors: &errors) } ?? []
        let people = files.table(WorkforceFile.name, WorkforceFile.required, WorkforceFile.optional, &errors)
            .map { WorkforceFile.read($0, hub: hub, errors: &errors) } ?? []
        let log = files.table(TrainingLogFile.name, TrainingLogFile.required, TrainingLogFile.optional, &errors)
            .map { TrainingLogFile.read($0, ids: ids, errors: &errors) } ?? []
        let pipeline = files.table(TrainingPipelineFile.name, TrainingPipelineFile.required, TrainingPipelineFile.optional, &errors)
            .map { TrainingPipelineFile.read($0, errors: &errors) } ?? []
        let diversity = files.table(DiversityFile.name, DiversityFile.required, DiversityFile.optional, &errors)
            .map { DiversityFile.read($0, headcount: hub?.amhps.count, errors: &errors) } ?? []
        let toil = files.table(TOILByMonthFile.name, TOILByMonthFile.required, TOILByMonthFile.optional, &errors)
            .map { TOILByMonthFile.read($0, errors: &errors) } ?? []
        if let hub {
            let rota = hub.rotaShiftTypes.map(\.code).joined(separator: ", ")
            for code in settings.coverModel.coordinatorAtBase {
                guard let shift = hub.shiftType(code) else {
                    errors.append(InputError(file: PlanningSettingsFile.name, line: nil, field: "cover_model.coordinator_at_base",
                                             problem: "unknown shift \"\(code)\".", fix: "use codes from shifts.csv: \(rota)."))
                    continue
                }
                if shift.isDuty {
                    errors.append(InputError(file: PlanningSettingsFile.name, line: nil, field: "cover_model.coordinator_at_base",
                                             problem: "\(code) is a duty shift, which has no coordinator.", fix: "use rota shifts only: \(rota)."))
                }
            }
        }
        guard errors.isEmpty, let hub else { throw InputErrors(errors) }
        // The ledger's own figure replaces the assumed one.
        let givenBack = TOILGivenBack(figures: toil, hub: hub)
        if let givenBack { settings.abstractions.toilHours = givenBack.hoursPerFTE }
        return PlanningData(hub: hub, settings: settings, referrals: referrals, people: people, trainingLog: log, pipeline: pipeline,
                            diversity: diversity, toilGivenBack: givenBack)
    }
}

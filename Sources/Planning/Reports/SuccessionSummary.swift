/// `succession.json`: the register, the projection and the training plan, for programs (the
/// service's API and pages); the tables and the fan chart stay in their CSV and SVG files.
public struct SuccessionSummary: Codable, Hashable, Sendable {
    public let hubName: String
    public let register: RegisterSummary
    public let projection: ProjectionSummary
    public let trainingPlan: TrainingPlanSummary

    enum CodingKeys: String, CodingKey {
        case hubName = "hub_name", register, projection, trainingPlan = "training_plan"
    }

    public static let fileName = "succession.json"

    public init(register: Register, plan: SuccessionPlan, settings: PlanningSettings, hubName: String) {
        self.hubName = hubName
        self.register = RegisterSummary(register)
        projection = ProjectionSummary(plan, assumptions: settings.succession)
        trainingPlan = TrainingPlanSummary(plan, training: settings.training)
    }
}

import LinearProgramming
import Workforce

/// Builds the rota MIP from a hub and a month.
///
/// The decision variables come first (an AMHP gets one only where eligibility allows), then every
/// hard rule and every soft rule of the vocabulary in its order (docs/model.md explains each);
/// `Rules/RuleEnforcement.swift` says how the model enforces each one.
public enum RotaModelBuilder {
    public static func build(_ instance: RotaInstance) -> RotaModel {
        var model = RotaModel(instance: instance)
        model.addAssignmentVariables()
        for rule in HardRule.allCases { model.enforce(rule) }
        for rule in SoftRule.allCases { model.price(rule) }
        return model
    }
}

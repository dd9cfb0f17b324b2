import Testing
import Workforce

/// A cover rule given another minimum and target keeps its maximum at least the target.
@Suite struct CoverRuleChangingTests {
    static func rule(target: Int, maximum: Int? = nil) -> CoverRule {
        CoverRule(dayType: .weekday, shiftCode: "D", minimum: 2, target: target, maximum: maximum,
                  coordinatorRequired: true, secondWorkerAvailable: true)
    }

    @Test func aDefaultMaximumFollowsTheTarget() {
        #expect(Self.rule(target: 4).changing(minimum: 5, target: 6).maximum == 7)
        #expect(Self.rule(target: 4).changing(minimum: 2, target: 2).maximum == 3)
    }

    @Test func anExplicitMaximumRisesWithTheTargetAndNeverFalls() {
        // Two above a target of 4; the target rises by 2, and so does the cap.
        #expect(Self.rule(target: 4, maximum: 6).changing(minimum: 5, target: 6).maximum == 8)
        // A cap equal to the target stays equal: no slack was wanted.
        #expect(Self.rule(target: 4, maximum: 4).changing(minimum: 4, target: 5).maximum == 5)
        #expect(Self.rule(target: 4, maximum: 6).changing(minimum: 2, target: 3).maximum == 6)
    }

    @Test func everythingElseIsKept() {
        let changed = Self.rule(target: 4, maximum: 6).changing(minimum: 3, target: 5)
        #expect(changed.dayType == .weekday && changed.shiftCode == "D" && changed.minimum == 3 && changed.target == 5)
        #expect(changed.coordinatorRequired && changed.secondWorkerAvailable)
    }

    /// Exhaustively over small cover: the maximum is never below the new target.
    @Test func theMaximumIsNeverBelowTheTarget() {
        for target in 0...6 {
            for maximum in target...(target + 3) {
                for newTarget in 0...9 {
                    let changed = Self.rule(target: target, maximum: maximum).changing(minimum: 0, target: newTarget)
                    #expect(changed.maximum >= newTarget, "\(target)/\(maximum) → \(newTarget)")
                }
            }
        }
    }
}

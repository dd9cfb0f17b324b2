extension CoverRule {
    /// This rule with another minimum and target (a what-if scenario's), its maximum kept at least
    /// the target: a maximum that was the default (the target plus one) stays the default, and any
    /// other rises with the target by as much as the target rises and stays put when it falls, so a
    /// manager's cap keeps its slack above the target and is never lowered.
    ///
    ///     // weekday D 3/4, maximum 5 (the default) → 5/6, maximum 7
    ///     rule.changing(minimum: 5, target: 6)
    public func changing(minimum: Int, target: Int) -> CoverRule {
        let maximum = self.maximum == Self.defaultMaximum(target: self.target)
            ? Self.defaultMaximum(target: target)
            : self.maximum + max(0, target - self.target)
        return CoverRule(dayType: dayType, shiftCode: shiftCode, minimum: minimum, target: target, maximum: maximum,
                         coordinatorRequired: coordinatorRequired, secondWorkerAvailable: secondWorkerAvailable)
    }
}

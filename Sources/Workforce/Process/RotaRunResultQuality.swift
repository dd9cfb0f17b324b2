extension RotaRunResult {
    /// Whether a manager would sign the rota, in figures: the checker's `RotaQuality`, as the rota
    /// report's quality section prints it. Absent from results written before it existed.
    public struct Quality: Codable, Hashable, Sendable {
        /// A rota shift and its cover: the one with the most AMHPs on it.
        public struct Shift: Codable, Hashable, Sendable {
            /// `YYYY-MM-DD`.
            public let date: String
            public let shift: String
            /// AMHPs counting towards cover (trainees are not counted).
            public let assigned: Int
            public let target: Int

            public init(date: String, shift: String, assigned: Int, target: Int) {
                (self.date, self.shift, self.assigned, self.target) = (date, shift, assigned, target)
            }
        }

        /// LA contracted hours the rota's shifts do not need, and where they went, in hours.
        public struct Surplus: Codable, Hashable, Sendable {
            /// Contracted hours (less TOIL planned back) not on rota shifts.
            public let total: Double
            /// Hours on duty shifts.
            public let onDuty: Double
            /// Hours on rota shifts above their target (stacked): should be 0.
            public let aboveTarget: Double
            /// Contracted hours on no shift at all, left to the AMHP's team.
            public let unplanned: Double
            /// Hours rostered beyond contract.
            public let overContract: Double

            public init(total: Double, onDuty: Double, aboveTarget: Double, unplanned: Double, overContract: Double) {
                (self.total, self.onDuty, self.aboveTarget, self.unplanned, self.overContract) = (total, onDuty, aboveTarget, unplanned, overContract)
            }

            var numbers: [(String, Double)] {
                [("total", total), ("on_duty", onDuty), ("above_target", aboveTarget), ("unplanned", unplanned), ("over_contract", overContract)]
            }

            enum CodingKeys: String, CodingKey {
                case total, onDuty = "on_duty", aboveTarget = "above_target", unplanned, overContract = "over_contract"
            }
        }

        /// An AMHP with no rota shift in the month, and why.
        public struct Idle: Codable, Hashable, Sendable {
            public let amhpID: String
            public let name: String
            public let reason: String

            public init(amhpID: String, name: String, reason: String) {
                (self.amhpID, self.name, self.reason) = (amhpID, name, reason)
            }

            enum CodingKeys: String, CodingKey {
                case amhpID = "amhp_id", name, reason
            }
        }

        /// The enhancement for unsocial hours one employer pays: `LA` or an NHS trust.
        public struct EmployerCost: Codable, Hashable, Sendable {
            public let employer: String
            public let pounds: Double

            public init(employer: String, pounds: Double) {
                (self.employer, self.pounds) = (employer, pounds)
            }
        }

        /// AMHPs above target, summed over shifts.
        public let peopleOverTarget: Int
        /// Rota shifts with more AMHPs than their target.
        public let shiftsOverTarget: Int
        /// Shifts over their maximum (a hard rule, so 0 in any rota the checker passes).
        public let shiftsOverMaximum: Int
        /// The rota shift with the most AMHPs on it (the first by date on a tie); absent when nobody is on one.
        public let mostOnOneShift: Shift?
        public let surplusHours: Surplus
        /// AMHPs with no rota shift, in hub order.
        public let idle: [Idle]
        /// The month's enhancement for unsocial hours, in pounds: the sum of `summary.csv`'s `enhancement`.
        public let enhancementCost: Double
        /// The same, by employer, in hub order.
        public let enhancementByEmployer: [EmployerCost]
        /// Set when the hub's weights let stacking pay, with the fix.
        public let weightWarning: String?

        public init(peopleOverTarget: Int, shiftsOverTarget: Int, shiftsOverMaximum: Int, mostOnOneShift: Shift?, surplusHours: Surplus,
                    idle: [Idle], enhancementCost: Double, enhancementByEmployer: [EmployerCost], weightWarning: String?) {
            self.peopleOverTarget = peopleOverTarget
            self.shiftsOverTarget = shiftsOverTarget
            self.shiftsOverMaximum = shiftsOverMaximum
            self.mostOnOneShift = mostOnOneShift
            self.surplusHours = surplusHours
            self.idle = idle
            self.enhancementCost = enhancementCost
            self.enhancementByEmployer = enhancementByEmployer
            self.weightWarning = weightWarning
        }

        enum CodingKeys: String, CodingKey {
            case peopleOverTarget = "people_over_target", shiftsOverTarget = "shifts_over_target"
            case shiftsOverMaximum = "shifts_over_maximum", mostOnOneShift = "most_on_one_shift", surplusHours = "surplus_hours", idle
            case enhancementCost = "enhancement_cost", enhancementByEmployer = "enhancement_by_employer", weightWarning = "weight_warning"
        }

        /// Why the quality cannot be taken, naming the field (below `quality.`), or nil when it can.
        func problem() -> RotaRunResult.ReadError? {
            let counts = [("people_over_target", peopleOverTarget), ("shifts_over_target", shiftsOverTarget),
                          ("shifts_over_maximum", shiftsOverMaximum)]
            for (field, value) in counts where value < 0 {
                return ReadError(field: "quality.\(field)", problem: "is negative.")
            }
            let numbers = surplusHours.numbers.map { ("surplus_hours.\($0.0)", $0.1) } + [("enhancement_cost", enhancementCost)]
                + enhancementByEmployer.enumerated().map { ("enhancement_by_employer[\($0.offset)].pounds", $0.element.pounds) }
            for (field, value) in numbers where !value.isFinite {
                return ReadError(field: "quality.\(field)", problem: "is not a finite number.")
            }
            return nil
        }
    }
}

import Workforce

/// What `StandardsEvidenceBuilder` reads: the hub, its published rotas, and, where the service
/// has them, the planning data (register, CPD, referrals) and the TOIL ledger's overview.
public struct StandardsEvidenceInputs: Sendable {
    public let asOf: LocalDate
    public let hub: Hub
    /// Published rotas; those of the three months up to `asOf`'s are used.
    public let rotas: [Rota]
    /// Nil when there is no planning folder: the register, CPD, professions' pipeline and demand are then not shown.
    public let planning: PlanningData?
    /// Each AMHP's TOIL balance and alerts as of `asOf`; nil when the ledger is not kept here.
    public let toil: [TOILOverviewRow]?
    /// The fewest shifts an AMHP working full time should do in three months to keep in practice
    /// (Standard 4.5); pro rata by FTE, and no more than an NHS AMHP agreed.
    public let practiceMinimumPerQuarter: Int

    public static let defaultPracticeMinimum = 6

    public init(asOf: LocalDate, hub: Hub, rotas: [Rota], planning: PlanningData?, toil: [TOILOverviewRow]?,
                practiceMinimumPerQuarter: Int = Self.defaultPracticeMinimum) {
        (self.asOf, self.hub, self.rotas, self.planning, self.toil) = (asOf, hub, rotas, planning, toil)
        self.practiceMinimumPerQuarter = practiceMinimumPerQuarter
    }

    /// The published rotas of the three months ending with `asOf`'s, oldest first.
    var recentRotas: [Rota] {
        let last = Month(containing: asOf)
        let first = last.previous.previous
        return rotas.filter { $0.month >= first && $0.month <= last }.sorted { $0.month < $1.month }
    }
}

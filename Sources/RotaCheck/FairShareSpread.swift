import Workforce

extension RotaChecker {
    /// How far apart the AMHP furthest over their fair share of a category (nights, weekends, …) and the
    /// one furthest under it are, history included, in shifts: 0 when everyone in the pool has exactly
    /// their share, and 0 when the pool is empty. Fair shares are the checker's (`unfair_nights` and its
    /// siblings): the pool's total, history and this month, split in proportion to FTE.
    ///
    ///     RotaChecker(hub: hub, month: december).fairShareSpread(rota, .nights)   // 2.0
    public func fairShareSpread(_ rota: Rota, _ category: FairnessCategory) -> Double {
        let context = CheckContext(hub: hub, month: month, rota: rota, baseline: baseline)
        let deviations = context.fairShares(category).map { $0.total - $0.fairShare }
        guard let most = deviations.max(), let least = deviations.min() else { return 0 }
        return most - least
    }

    /// The rota in one sentence, from this checker's report and its fair shares of nights.
    public func summary(_ rota: Rota) -> RotaSummarySentence {
        summary(rota, report: check(rota))
    }

    /// The sentence from a report already made by this checker for `rota`.
    public func summary(_ rota: Rota, report: CheckReport) -> RotaSummarySentence {
        RotaSummarySentence(report, nightSpread: Int(fairShareSpread(rota, .nights).rounded()))
    }
}

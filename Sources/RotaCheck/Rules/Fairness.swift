import Workforce

extension CheckContext {
    /// Per night, weekend shift or bank-holiday shift away from each pool member's fair share, history included
    /// (nights, weekends and bank holidays shared in proportion to FTE across months).
    ///
    /// Pool, counts and share weights come from `FairnessCategory`. With H from history and n this month,
    /// T = Σ (H + n) over the pool, fair share = T × weight / Σ weights, and the penalty is the
    /// category weight × |H + n − fair share|, one violation per pool member away from their share.
    func unfairShares(_ category: FairnessCategory) -> [Violation] {
        let rule = category.softRule
        let shares = fairShares(category)
        let weight = weight(rule)
        return shares.compactMap { share in
            let deviation = abs(share.total - share.fairShare)
            guard deviation > Self.tolerance else { return nil }
            let penalty = weight * deviation
            let direction = share.total > share.fairShare ? "over" : "under"
            return .soft(rule, amhpID: share.amhp.id, penalty: penalty,
                         "\(Wording.person(share.amhp)) has \(Wording.count(Int(share.total), Self.noun(for: category))) (\(share.history) before this month + \(share.thisMonth) in \(month)) against a fair share of \(Wording.number(share.fairShare)) of the pool's \(Wording.number(share.poolTotal)): \(Wording.number(deviation)) \(direction) (penalty \(Wording.number(penalty))).")
        }
    }

    /// Per Christmas Day, Boxing Day or New Year's Day shift given to someone who worked one of those
    /// days last year (`history.csv`), so the festive burden rotates.
    func festiveAgain(_ amhp: AMHP) -> [Violation] {
        guard hub.history(for: amhp.id)?.workedLastFestive == true else { return [] }
        let weight = weight(.festiveAgain)
        return shifts(of: amhp.id).filter { HubCalendar.isFestiveDay($0.date) }.map { worked in
            .soft(.festiveAgain, amhpID: amhp.id, date: worked.date, shiftCode: worked.shift.code, penalty: weight,
                  "\(Wording.person(amhp)) worked Christmas Day, Boxing Day or New Year's Day last year and is rostered again on the \(Wording.shift(worked.shift)) on \(Wording.day(worked.date, calendar: calendar)) (penalty \(Wording.number(weight))).")
        }
    }

    /// One pool member's count against their fair share of a category.
    struct FairShare {
        let amhp: AMHP
        let history: Int
        let thisMonth: Int
        let shareWeight: Double
        let poolTotal: Double
        let fairShare: Double

        var total: Double { Double(history + thisMonth) }
    }

    /// The fair shares of a category's pool, in hub order.
    ///
    /// When every share weight is 0 (nobody in the pool is available and nobody has history months),
    /// no share can be set and the pool is empty, so the category costs nothing.
    func fairShares(_ category: FairnessCategory) -> [FairShare] {
        let pool = hub.amhps.filter(category.isInPool)
        let counts = pool.map { amhp in
            (amhp: amhp,
             history: category.historicalCount(hub.history(for: amhp.id)),
             thisMonth: shifts(of: amhp.id).filter { category.counts($0.shift, on: $0.date, calendar: calendar) }.count,
             weight: category.shareWeight(commitment: commitment(of: amhp), history: hub.history(for: amhp.id)))
        }
        let total = Double(counts.map { $0.history + $0.thisMonth }.reduce(0, +))
        let weights = counts.map(\.weight).reduce(0, +)
        guard weights > 0 else { return [] }
        return counts.map { count in
            FairShare(amhp: count.amhp, history: count.history, thisMonth: count.thisMonth, shareWeight: count.weight,
                      poolTotal: total, fairShare: total * count.weight / weights)
        }
    }


    private static func noun(for category: FairnessCategory) -> String {
        switch category {
        case .nights: "night"
        case .weekends: "weekend shift"
        case .bankHolidays: "bank-holiday shift"
        case .rotaShifts: "rota shift"
        }
    }
}

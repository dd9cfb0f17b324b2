import Foundation
import RotaCheck
import Storage
import Workforce

/// What a published month breaks in the next month's newest draft: the hard violations that
/// checking the draft chained to the published month finds and checking it without that month
/// does not (a night on the 31st before a day on the 1st, a run of days across the boundary, hours
/// over the 17-week average). Publishing reports them, and the published rota's page shows them.
enum NextMonthCheck {
    /// Nil when the next month has no draft; the draft and its new breaches otherwise.
    static func breaches(after month: Month, hub: Hub, rotas: any RotaStore) async throws -> NextMonthCheckDTO? {
        let next = month.next
        guard let draft = try await rotas.rotas(month: next).first(where: { $0.status == .draft }),
              let saved = try await rotas.rota(id: draft.id) else { return nil }
        let earlier = try await ChainedHub.earlierRotas(before: next, rotas: rotas)
        let with = RotaChecker(hub: MonthChain.hub(hub, for: next, after: earlier), month: next).check(saved.rota)
        let without = RotaChecker(hub: MonthChain.hub(hub, for: next, after: earlier.filter { $0.month != month }), month: next)
            .check(saved.rota)
        let before = Set(without.hardViolations.map(Key.init))
        let breaches = with.hardViolations.filter { !before.contains(Key($0)) }
        return NextMonthCheckDTO(rotaID: draft.id, month: "\(next)", violations: breaches.map(RotaPresenter.violation))
    }

    /// A violation as the same breach, whatever its wording says of the hours around it.
    private struct Key: Hashable {
        let rule: String
        let amhpID: String?
        let date: LocalDate?
        let shiftCode: String?

        init(_ violation: Violation) {
            (rule, amhpID, date, shiftCode) = (violation.rule, violation.amhpID, violation.date, violation.shiftCode)
        }
    }
}

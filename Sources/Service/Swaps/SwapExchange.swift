import Foundation
import Storage
import Workforce

/// A swap applied to a rota: the offered shift moves to the colleague and, for a swap, the
/// colleague's shift moves to the offerer. Each cell keeps its coordinator mark, so a colleague
/// who cannot coordinate is caught by the checker's eligibility rule.
enum SwapExchange {
    /// Why the rota no longer holds the shifts the request names, or nil when it does.
    static func mismatch(of swap: SwapRecord, in rota: Rota, hub: Hub) -> String? {
        var problems: [String] = []
        for shift in [swap.offered] + (swap.wanted.map { [$0] } ?? []) where !holds(rota, shift) {
            let name = hub.amhp(shift.amhpID)?.name ?? shift.amhpID
            let now = rota.shift(of: shift.amhpID, on: shift.date) ?? "off"
            problems.append("\(name) (\(shift.amhpID)) no longer works \(shift.shiftCode) on \(shift.date) (now \(now))")
        }
        guard !problems.isEmpty else { return nil }
        return "The published rota changed since the swap was asked: " + problems.joined(separator: "; ")
            + ". Fix: ask again against the rota as it stands."
    }

    /// Whether the rota has the AMHP on that shift on that day.
    static func holds(_ rota: Rota, _ shift: SwapShift) -> Bool {
        rota.assignments.contains { $0.amhpID == shift.amhpID && $0.date == shift.date && $0.shiftCode == shift.shiftCode }
    }

    /// The rota's assignments with the exchange made; nil while an offer has no taker.
    static func assignments(after swap: SwapRecord, in rota: Rota) -> [Assignment]? {
        guard let colleagueID = swap.colleagueID else { return nil }
        var assignments = rota.assignments
        var moved: [Assignment] = []
        let moves = [(swap.offered, colleagueID)] + (swap.wanted.map { [($0, swap.offered.amhpID)] } ?? [])
        for (shift, taker) in moves {
            guard let index = assignments.firstIndex(where: {
                $0.amhpID == shift.amhpID && $0.date == shift.date && $0.shiftCode == shift.shiftCode
            }) else { return nil }
            let cell = assignments.remove(at: index)
            moved.append(Assignment(amhpID: taker, date: cell.date, shiftCode: cell.shiftCode, isCoordinator: cell.isCoordinator))
        }
        return assignments + moved
    }

    /// The version's reason, in words: who takes which shift.
    static func reason(of swap: SwapRecord, hub: Hub) -> String {
        func name(_ id: String) -> String { "\(hub.amhp(id)?.name ?? id) (\(id))" }
        let colleague = swap.colleagueID.map(name) ?? "nobody yet"
        var text = "Swap: \(colleague) takes \(swap.offered.shiftCode) on \(swap.offered.date) from \(name(swap.offered.amhpID))"
        if let wanted = swap.wanted {
            text += "; \(name(swap.offered.amhpID)) takes \(wanted.shiftCode) on \(wanted.date)"
        }
        return text
    }
}

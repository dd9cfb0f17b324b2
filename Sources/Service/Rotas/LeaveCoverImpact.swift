import Foundation
import RotaCheck
import Storage
import Workforce

/// What approving a leave request would do to cover, found by the independent checker: for each
/// month the request touches, its published rota (or latest draft when none is published) with the
/// AMHP taken off on the requested days (`AbsenceVersioning.assignments`), checked again; the
/// shifts that fall below minimum that were not already. A month with no rota has nothing to
/// take them off: the solver will plan around the absence.
enum LeaveCoverImpact {
    static func impact(of record: LeaveRequestRecord, hub: Hub, rotas: any RotaStore) async throws -> CoverImpactDTO {
        let absence = Absence(amhpID: record.amhpID, kind: record.kind, dates: record.dates, note: record.note)
        var months: [CoverImpactDTO.MonthImpact] = []
        for month in AbsenceVersioning.months(of: record.dates) {
            months.append(try await impact(of: absence, month: month, hub: hub, rotas: rotas))
        }
        let count = months.map(\.belowMinimum.count).reduce(0, +)
        let removed = months.map(\.shiftsRemoved).reduce(0, +)
        let summary = count == 0 ? "No shift falls below minimum" + (removed == 0 ? "." : " (it takes them off \(Self.shifts(removed))).")
            : "\(count) \(count == 1 ? "shift falls" : "shifts fall") below minimum if approved."
        return CoverImpactDTO(requestID: record.id, amhpID: record.amhpID, months: months, belowMinimumCount: count, summary: summary)
    }

    /// One month: the rota it would change, and what would fall short.
    static func impact(of absence: Absence, month: Month, hub: Hub, rotas: any RotaStore) async throws -> CoverImpactDTO.MonthImpact {
        guard let found = try await rota(for: month, rotas: rotas) else {
            return CoverImpactDTO.MonthImpact(month: "\(month)", rota: "none", rotaID: nil, shiftsRemoved: 0, belowMinimum: [],
                                              summary: "\(PageText.monthName(month)): no rota yet: the solver will plan around it.")
        }
        let (saved, kind) = found
        let kept = AbsenceVersioning.assignments(of: saved.rota, without: absence) ?? saved.rota.assignments
        let removed = saved.rota.assignments.count - kept.count
        let short = newlyShort(before: saved.rota, after: Rota(month: month, assignments: kept), hub: hub, month: month)
        let name = "the \(kind) rota for \(PageText.monthName(month))"
        let summary = removed == 0 ? "\(name.prefix(1).uppercased())\(name.dropFirst()) has them on none of those days."
            : "Inside \(name); approving it takes them off \(Self.shifts(removed))"
                + (short.isEmpty ? "; no shift falls below minimum." : "; \(short.count) would fall below minimum.")
        return CoverImpactDTO.MonthImpact(month: "\(month)", rota: kind, rotaID: saved.record.id, shiftsRemoved: removed,
                                          belowMinimum: short, summary: summary)
    }

    /// The month's published rota, or its latest draft; nil when it has neither.
    static func rota(for month: Month, rotas: any RotaStore) async throws -> (SavedRota, String)? {
        if let published = try await rotas.published(month: month) { return (published, "published") }
        let drafts = try await rotas.rotas(month: month).filter { $0.status == .draft }
        guard let latest = drafts.max(by: { $0.createdAt < $1.createdAt }),
              let saved = try await rotas.rota(id: latest.id) else { return nil }
        return (saved, "draft")
    }

    /// Cover shifts below minimum in `after` that were not as short in `before`, in date order.
    static func newlyShort(before: Rota, after: Rota, hub: Hub, month: Month) -> [CoverImpactDTO.ShortShift] {
        let checker = RotaChecker(hub: hub, month: month)
        let shortBefore = Dictionary(checker.check(before).coverage.map { ("\($0.date)|\($0.shiftCode)", $0.shortfall) },
                                     uniquingKeysWith: { max($0, $1) })
        return checker.check(after).coverage
            .filter { !$0.isDuty && $0.shortfall > (shortBefore["\($0.date)|\($0.shiftCode)"] ?? 0) }
            .sorted { ($0.date, $0.shiftCode) < ($1.date, $1.shiftCode) }
            .map { CoverImpactDTO.ShortShift(date: "\($0.date)", shift: $0.shiftCode, minimum: $0.minimum, assigned: $0.assigned) }
    }

    static func shifts(_ count: Int) -> String { count == 1 ? "1 shift" : "\(count) shifts" }
}

import FluentKit
import Foundation
@testable import Storage
import Testing
import Workforce

/// Swap requests kept in `swap_requests`: stored and read back, moved only from the states each
/// step may start from, every step audited. Daniel Okafor (A02) asks Sarah Pennington (A03).
@Suite struct SwapRepositoryTests {
    static let december = Month("2026-12")!

    static func swap(basedOn: UUID) -> NewSwap {
        NewSwap(month: december, kind: .swap, offered: SwapShift(amhpID: "A02", date: LocalDate("2026-12-10")!, shiftCode: "D"),
                colleagueID: "A03", wanted: SwapShift(amhpID: "A03", date: LocalDate("2026-12-14")!, shiftCode: "N"),
                notes: "Nativity play", basedOn: basedOn)
    }

    @Test(arguments: TestBackend.available)
    func aSwapIsStoredAndMovesOnlyFromTheStatesEachStepMayStartFrom(backend: TestBackend) async throws {
        try await backend.withDatabase { store async throws in
            let swaps = SwapRepository(database: store.database)
            let base = UUID()
            let made = try await swaps.create(Self.swap(basedOn: base), by: "ravi")
            #expect(made.status == .open && made.colleagueID == "A03" && made.wanted?.shiftCode == "N" && made.basedOn == base)
            #expect(try await swaps.swap(id: made.id) == made)
            #expect(made.exchanged == [SwapShift(amhpID: "A03", date: LocalDate("2026-12-10")!, shiftCode: "D"),
                                       SwapShift(amhpID: "A02", date: LocalDate("2026-12-14")!, shiftCode: "N")])

            // Not approved before it is accepted.
            await #expect(throws: SwapError.wrongStatus(id: made.id, status: .open, wanted: .approved)) {
                try await swaps.approve(id: made.id, versionID: UUID(), note: "", overriding: [], by: "sam")
            }
            let accepted = try await swaps.accept(id: made.id, colleagueID: "A03", by: "sarah")
            #expect(accepted.status == .accepted && accepted.acceptedBy == "sarah" && accepted.acceptedAt != nil)
            let version = UUID()
            let approved = try await swaps.approve(id: made.id, versionID: version, note: "ok", overriding: ["rest.daily"], by: "sam")
            #expect(approved.status == .approved && approved.versionID == version && approved.overrode && approved.decidedBy == "sam")
            // An approved swap cannot be withdrawn.
            await #expect(throws: SwapError.self) { try await swaps.withdraw(id: made.id, by: "ravi") }
            await #expect(throws: SwapError.unknownSwap(version)) { try await swaps.withdraw(id: version, by: "ravi") }

            let events = try await AuditLogRepository(database: store.database).events(subject: "swap:\(made.id)", actor: nil, before: nil, limit: 10)
            #expect(events.map(\.action) == ["swap.approve", "swap.accept", "swap.create"])
            #expect(events.first?.detail.contains("\"override\":\"yes\"") == true)
        }
    }

    @Test func anOpenOfferHasNoExchangeUntilTaken() async throws {
        try await TestBackend.sqlite.withDatabase { store async throws in
            let swaps = SwapRepository(database: store.database)
            let offer = try await swaps.create(NewSwap(month: Self.december, kind: .offer,
                                                       offered: SwapShift(amhpID: "A02", date: LocalDate("2026-12-10")!, shiftCode: "D"),
                                                       colleagueID: nil, wanted: nil, notes: "", basedOn: UUID()), by: "ravi")
            #expect(offer.exchanged == nil)
            let taken = try await swaps.accept(id: offer.id, colleagueID: "A01", by: "helen")
            #expect(taken.exchanged == [SwapShift(amhpID: "A01", date: LocalDate("2026-12-10")!, shiftCode: "D")])
            #expect(try await swaps.swaps(month: Month("2027-01")!).isEmpty)
            #expect(try await swaps.swaps(month: Self.december).map(\.id) == [offer.id])
        }
    }
}

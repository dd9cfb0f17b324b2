import Foundation
@testable import Service
import Storage
import Testing
import Workforce

/// The calendar feed across a month's versions: a stable UID per (AMHP, day, shift), SEQUENCE one
/// more each time the event changes, and a shift a later version took away sent as a cancellation.
/// Helen Whitfield is A01, Daniel Okafor A02.
@Suite struct CalendarFeedTests {
    static let december = Month("2026-12")!
    static func shift(_ amhpID: String, _ date: String, _ code: String, coordinator: Bool = false) -> Assignment {
        RotaVersionTests.shift(amhpID, date, code, coordinator: coordinator)
    }

    static func version(_ number: Int, _ assignments: [Assignment], publishedAt: Date) -> SavedRota {
        SavedRota(record: RotaRecord(id: UUID(), month: december, status: .superseded, createdBy: "sam", createdAt: publishedAt,
                                     objective: nil, report: "{}", publishedAt: publishedAt, publishedBy: "sam", version: number),
                  rota: Rota(month: december, assignments: assignments))
    }

    static let first = Date(timeIntervalSince1970: 1_796_000_000), second = first.addingTimeInterval(86_400)

    /// Version 2 takes Helen's 15 December away and makes her the coordinator on the 14th.
    static let versions = [
        version(1, [shift("A01", "2026-12-14", "D", coordinator: false), shift("A01", "2026-12-15", "D"), shift("A01", "2026-12-20", "N"),
                    shift("A02", "2026-12-15", "D")], publishedAt: first),
        version(2, [shift("A01", "2026-12-14", "D", coordinator: true), shift("A01", "2026-12-20", "N"),
                    shift("A02", "2026-12-15", "D")], publishedAt: second),
    ]

    @Test func aRemovedShiftIsCancelledAndEachChangedEventGoesUpASequence() {
        let events = Dictionary(uniqueKeysWithValues: CalendarHistory.events(of: "A01", versions: Self.versions).map { ($0.uid, $0) })
        #expect(events.keys.sorted() == ["A01-2026-12-14-D@amhp-planner", "A01-2026-12-15-D@amhp-planner", "A01-2026-12-20-N@amhp-planner"])
        let coordinator = events["A01-2026-12-14-D@amhp-planner"], removed = events["A01-2026-12-15-D@amhp-planner"]
        let unchanged = events["A01-2026-12-20-N@amhp-planner"]
        #expect(coordinator?.sequence == 1 && coordinator?.stamp == Self.second && coordinator?.cancelled == false)
        #expect(removed?.sequence == 1 && removed?.stamp == Self.second && removed?.cancelled == true)
        #expect(unchanged?.sequence == 0 && unchanged?.stamp == Self.first && unchanged?.cancelled == false)
    }

    /// The zero case: Daniel's shift is in both versions unchanged, so it stays at SEQUENCE 0, stamped
    /// with version 1's publication.
    @Test func aVersionThatChangesNothingOfAnAMHPsLeavesTheirEventsAlone() {
        let events = CalendarHistory.events(of: "A02", versions: Self.versions)
        #expect(events.map(\.sequence) == [0] && events.map(\.cancelled) == [false] && events.map(\.stamp) == [Self.first])
    }

    /// A shift taken away and then given back is a third state of the same event, not a new one.
    @Test func aShiftGivenBackReusesItsUIDWithAHigherSequence() {
        let third = Self.version(3, Self.versions[0].rota.assignments, publishedAt: Self.second.addingTimeInterval(60))
        let events = CalendarHistory.events(of: "A01", versions: Self.versions + [third])
        let restored = events.first { $0.uid == "A01-2026-12-15-D@amhp-planner" }
        #expect(restored?.sequence == 2 && restored?.cancelled == false && events.count == 3)
    }

    @Test func theFeedTextCarriesUIDSequenceStatusAndStamp() throws {
        let hub = try HubLoader.load(folder: ServiceHarness.demoHub)
        let text = ICalendar.text(name: "Test", events: CalendarHistory.events(of: "A01", versions: Self.versions), hub: hub)
        let removed = try #require(text.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:A01-2026-12-15-D@") })
        #expect(removed.contains("SEQUENCE:1\r\n") && removed.contains("STATUS:CANCELLED\r\n"))
        #expect(removed.contains("DTSTAMP:\(ICalendar.utcStamp(Self.second))\r\n"))
        #expect(!text.contains(Self.versions[0].record.id.uuidString) && !text.contains(Self.versions[1].record.id.uuidString))
    }

    /// Through the service: Helen's sickness on 15 December makes version 2, and her feed keeps the
    /// UID of every shift, cancels the 15th and leaves the rest at SEQUENCE 0.
    @Test func theFeedFollowsAVersionMadeByAnAbsence() async throws {
        try await ServiceHarness.with { service in
            try await RotaVersionTests.publishVersionOne(service)
            let link = try ServiceHarness.object(try await service.send(.POST, "/api/my/calendar-link", as: "helen"))
            let url = try #require(link["url"] as? String)
            let path = "/calendar/" + (url.components(separatedBy: "/calendar/").last ?? "")
            let before = try await service.send(.GET, path, as: nil).body.string
            try await RotaVersionTests.leave(service, "A01", "sickness", "2026-12-15", "2026-12-15")
            let after = try await service.send(.GET, path, as: nil).body.string

            let uids = { (text: String) in text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
            #expect(uids(before) == uids(after) && uids(after).count == 4)
            let removed = try #require(after.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:A01-2026-12-15-D@") })
            #expect(removed.contains("SEQUENCE:1\r\n") && removed.contains("STATUS:CANCELLED\r\n"))
            #expect(after.components(separatedBy: "SEQUENCE:0\r\n").count - 1 == 3)
        }
    }
}

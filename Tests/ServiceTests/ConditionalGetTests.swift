import Foundation
@testable import Service
import Storage
import Testing
import Vapor
import VaporTesting
import Workforce

/// ETags on what changes only when something is published (`ConditionalGet`): a published rota's
/// detail and rota.csv, and the calendar feed. Present with `private, no-cache`, 304 with no body
/// when the browser's copy is current, a new one when anything the answer shows changes; none on a
/// draft; never shared between answers that differ by the user. Helen Whitfield is A01.
@Suite(.serialized) struct ConditionalGetTests {
    static func get(_ service: ServiceHarness, _ path: String, as user: String?, ifNoneMatch tag: String? = nil) async throws
        -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let tag { headers.replaceOrAdd(name: .ifNoneMatch, value: tag) }
        return try await service.send(.GET, path, as: user, headers: headers)
    }

    static func entityTag(_ response: TestingHTTPResponse) throws -> String {
        try #require(response.headers.first(name: .eTag), "\(response.status) has no ETag")
    }

    @Test func aPublishedRotaHasAnETagAndIsNotSentAgainWhileItHolds() async throws {
        try await ServiceHarness.with { service in
            let rota = try await RotaVersionTests.publishVersionOne(service)
            let path = "/api/rotas/\(rota.id)"
            let first = try await Self.get(service, path, as: "sam")
            #expect(first.status == .ok)
            let tag = try Self.entityTag(first)
            #expect(tag.hasPrefix("\"") && tag.hasSuffix("\"") && !tag.hasPrefix("W/"), "a strong ETag: \(tag)")
            #expect(first.headers.first(name: .cacheControl) == "private, no-cache")

            let again = try await Self.get(service, path, as: "sam", ifNoneMatch: tag)
            #expect(again.status == .notModified)
            #expect(again.body.readableBytes == 0)
            #expect(try Self.entityTag(again) == tag)
            // The answer from the cache is the answer computed afresh, byte for byte.
            #expect(try await Self.get(service, path, as: "sam").body.string == first.body.string)
            #expect(try await Self.get(service, path, as: "sam", ifNoneMatch: "\"other\", W/\(tag)").status == .notModified)
            #expect(try await Self.get(service, path, as: "sam", ifNoneMatch: "\"other\"").status == .ok)

            let csv = try await Self.get(service, "\(path)/rota.csv", as: "jo")
            let csvTag = try Self.entityTag(csv)
            #expect(csvTag != tag)
            let csvAgain = try await Self.get(service, "\(path)/rota.csv", as: "jo", ifNoneMatch: csvTag)
            #expect(csvAgain.status == .notModified && csvAgain.body.readableBytes == 0)
        }
    }

    /// Sickness after publication makes version 2: its ETag is new, and version 1's changes too,
    /// as it now says it is superseded. A hub change the detail shows (leave) changes it again.
    @Test func aNewVersionOrAHubChangeChangesTheETag() async throws {
        try await ServiceHarness.with { service in
            let first = try await RotaVersionTests.publishVersionOne(service)
            let before = try Self.entityTag(try await Self.get(service, "/api/rotas/\(first.id)", as: "lee"))
            try await RotaVersionTests.leave(service, "A01", "sickness", "2026-12-14", "2026-12-18")
            let versions = try await RotaRepository(database: service.app.db).versions(month: RotaVersionTests.december)
            let second = try #require(versions.last)
            #expect(second.id != first.id)

            let superseded = try await Self.get(service, "/api/rotas/\(first.id)", as: "lee", ifNoneMatch: before)
            #expect(superseded.status == .ok, "version 1 is now superseded, so the browser's copy is stale")
            #expect(try ServiceHarness.object(superseded)["rota"].flatMap { ($0 as? [String: Any])?["status"] as? String } == "superseded")
            let current = try await Self.get(service, "/api/rotas/\(second.id)", as: "lee")
            let currentTag = try Self.entityTag(current)
            let supersededTag = try Self.entityTag(superseded)
            #expect(currentTag != before && currentTag != supersededTag)

            // Annual leave for Daniel (A02) on days he has no shift: no new version, but a new hub the grid shows.
            try await RotaVersionTests.leave(service, "A02", "annual", "2026-12-28", "2026-12-29")
            #expect(try await RotaRepository(database: service.app.db).versions(month: RotaVersionTests.december).count == 2)
            let afterLeave = try await Self.get(service, "/api/rotas/\(second.id)", as: "lee", ifNoneMatch: currentTag)
            #expect(afterLeave.status == .ok)
            #expect(try Self.entityTag(afterLeave) != currentTag)
            #expect(afterLeave.body.string != current.body.string)
        }
    }

    @Test func aDraftHasNoETag() async throws {
        try await ServiceHarness.with { service in
            let rotas = RotaRepository(database: service.app.db)
            let draft = try await rotas.saveDraft(Rota(month: RotaVersionTests.december, assignments: RotaVersionTests.published),
                                                  createdBy: "sam")
            for path in ["/api/rotas/\(draft.id)", "/api/rotas/\(draft.id)/rota.csv"] {
                let response = try await Self.get(service, path, as: "sam", ifNoneMatch: "*")
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers.first(name: .eTag) == nil, "\(path)")
                #expect(response.headers.first(name: .cacheControl) == "no-store", "\(path)")
            }
        }
    }

    /// The lead sees the rota's quality and HR does not: two answers, two ETags; a manager's copy
    /// still answers the lead's question no better than its own tag does.
    @Test func usersWhoseAnswersDifferDoNotShareAnETag() async throws {
        try await ServiceHarness.with { service in
            let rota = try await RotaVersionTests.publishVersionOne(service)
            let path = "/api/rotas/\(rota.id)"
            let lead = try Self.entityTag(try await Self.get(service, path, as: "lee"))
            let hr = try Self.entityTag(try await Self.get(service, path, as: "jo"))
            #expect(lead != hr)
            #expect(try await Self.get(service, path, as: "jo", ifNoneMatch: lead).status == .ok)
            // Roles and privacy are checked before any ETag: an AMHP is still refused, even with a current tag.
            #expect(try await Self.get(service, path, as: "helen", ifNoneMatch: lead).status == .forbidden)
            #expect(try await Self.get(service, path, as: nil, ifNoneMatch: lead).status == .unauthorized)

            // Each AMHP's calendar feed has its own ETag, and a feed is not sent again while its ETag holds.
            var tags: [String] = []
            for user in ["helen", "ravi"] {
                let link = try await service.send(.POST, "/api/my/calendar-link", as: user)
                let url = try #require(try ServiceHarness.object(link)["url"] as? String)
                let feedPath = String(url[try #require(url.range(of: "/calendar/")).lowerBound...])
                let feed = try await Self.get(service, feedPath, as: nil)
                #expect(feed.status == .ok && feed.headers.first(name: .cacheControl) == "private, no-cache")
                let tag = try Self.entityTag(feed)
                let again = try await Self.get(service, feedPath, as: nil, ifNoneMatch: tag)
                #expect(again.status == .notModified && again.body.readableBytes == 0)
                tags.append(tag)
            }
            #expect(tags[0] != tags[1])
        }
    }

    /// The unit: the tag depends on the scope as well as the bytes, and `If-None-Match` lists compare by opaque tag.
    @Test func entityTagsDependOnScopeAndBytes() {
        let body = Data("same".utf8)
        #expect(ConditionalGet.entityTag(scope: "calendar helen", body: body) != ConditionalGet.entityTag(scope: "calendar ravi", body: body))
        #expect(ConditionalGet.entityTag(scope: "a", body: body) == ConditionalGet.entityTag(scope: "a", body: Data("same".utf8)))
        #expect(ConditionalGet.entityTag(scope: "a", body: body) != ConditionalGet.entityTag(scope: "a", body: Data("other".utf8)))
    }
}

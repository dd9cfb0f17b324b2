import Foundation
import Planning
import Vapor
import Workforce

/// Service Standard 2.3's reserve list for a month (`ContingencyReserve`): the days of high demand
/// in its published rota and who is free to call in. Leads and managers only: it names people.
enum ContingencyLists {
    /// The reserve for `?month=YYYY-MM` (default this month), from the stored hub, the month's
    /// published rota (and the month before's, whose last night runs into it) and the planning
    /// folder's referrals and workload.
    static func reserve(_ request: Request) async throws -> (reserve: ContingencyReserve, hub: Hub) {
        var reader = FieldReader()
        let text = request.query[String.self, at: "month"]
        let month = (text?.isEmpty ?? true) ? ServiceClock.thisMonth : reader.month(text)
        try reader.check("The contingency list request has problems.")
        guard let month else { throw Abort(.unprocessableEntity) }
        let folder = try PlanningInputs.planningFolder(request.application.plannerConfiguration)
        let stores = request.stores
        let hub = try await stores.hub.require()
        guard let rota = try await stores.rotas.published(month: month)?.rota else {
            throw Abort(.notFound, reason: "No rota is published for \(month), so there is no cover to judge. Fix: publish the month's rota, or ask for a month that has one.")
        }
        let earlier = try await stores.rotas.published(month: month.previous)?.rota
        let planning = try PlanningData.load(folder: folder, hub: hub)
        guard !planning.referrals.isEmpty else {
            throw Abort(.conflict, reason: "The planning folder has no referrals.csv, so demand in each hour is unknown. Fix: add referrals.csv to \(folder.path) (docs/planning.md).")
        }
        return (ContingencyReserve(hub: hub, rota: rota, earlier: earlier.map { [$0] } ?? [], planning: planning), hub)
    }
}

/// `GET /api/standards/contingency`: the reserve list as JSON.
struct ContingencyReserveDTO: Content {
    struct Person: Content {
        let id: String
        let name: String
    }

    struct Day: Content {
        let date: String
        let hours: [Int]
        let hoursText: String
        let worstChance: Double
        let free: [Person]

        enum CodingKeys: String, CodingKey {
            case date, hours, hoursText = "hours_text", worstChance = "worst_chance", free
        }
    }

    let month: String
    let highChance: Double
    let days: [Day]

    enum CodingKeys: String, CodingKey {
        case month, highChance = "high_chance", days
    }

    init(_ reserve: ContingencyReserve, hub: Hub) {
        month = reserve.month.description
        highChance = ContingencyReserve.highChance
        days = reserve.days.map { day in
            Day(date: day.date.description, hours: day.hours, hoursText: ContingencyReserve.hoursText(day.hours), worstChance: day.worstChance,
                free: day.free.map { Person(id: $0, name: hub.amhp($0)?.name ?? $0) })
        }
    }
}

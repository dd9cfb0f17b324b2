import FluentKit
import Foundation

/// A hub as the rows of its tables, each file's rows in file order.
struct HubRows: Sendable {
    var hub: StoredHub
    var settings: [StoredHubSetting] = []
    var weights: [StoredHubWeight] = []
    var bankHolidayChanges: [StoredBankHolidayChange] = []
    var amhps: [StoredAMHP] = []
    var suspensions: [StoredSuspension] = []
    var shiftTypes: [StoredShiftType] = []
    var coverRules: [StoredCoverRule] = []
    var absences: [StoredAbsence] = []
    var requests: [StoredShiftRequest] = []
    var toilPlans: [StoredTOILPlan] = []
    var history: [StoredFairnessHistory] = []
    var carryIn: [StoredCarryIn] = []

    /// Rows per insert statement: well inside PostgreSQL's 65,535 bound values.
    static let batchSize = 500

    /// Inserts the hub and then every child table.
    func create(on database: any Database) async throws {
        try await hub.create(on: database)
        try await Self.insert(settings, on: database)
        try await Self.insert(weights, on: database)
        try await Self.insert(bankHolidayChanges, on: database)
        try await Self.insert(amhps, on: database)
        try await Self.insert(suspensions, on: database)
        try await Self.insert(shiftTypes, on: database)
        try await Self.insert(coverRules, on: database)
        try await Self.insert(absences, on: database)
        try await Self.insert(requests, on: database)
        try await Self.insert(toilPlans, on: database)
        try await Self.insert(history, on: database)
        try await Self.insert(carryIn, on: database)
    }

    /// The stored hub's rows, or nil when no hub has been imported.
    static func load(on database: any Database) async throws -> HubRows? {
        guard let hub = try await StoredHub.query(on: database).first(), let hubID = hub.id else { return nil }
        return HubRows(
            hub: hub,
            settings: try await StoredHubSetting.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            weights: try await StoredHubWeight.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            bankHolidayChanges: try await StoredBankHolidayChange.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            amhps: try await StoredAMHP.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            suspensions: try await StoredSuspension.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            shiftTypes: try await StoredShiftType.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            coverRules: try await StoredCoverRule.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            absences: try await StoredAbsence.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            requests: try await StoredShiftRequest.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            toilPlans: try await StoredTOILPlan.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            history: try await StoredFairnessHistory.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all(),
            carryIn: try await StoredCarryIn.query(on: database).filter(\.$hub.$id == hubID).sort(\.$position).all())
    }

    private static func insert<Row: Model>(_ rows: [Row], on database: any Database) async throws {
        var start = 0
        while start < rows.count {
            let end = min(start + batchSize, rows.count)
            try await rows[start..<end].create(on: database)
            start = end
        }
    }
}

import Foundation

/// The stored hub at a glance: which hub, when it was imported and by whom, and how much it holds.
public struct HubSummary: Hashable, Sendable {
    public let name: String
    public let importedAt: Date
    public let importedBy: String
    public let amhpCount: Int
    public let shiftTypeCount: Int
    public let absenceCount: Int
    public let requestCount: Int

    public init(name: String, importedAt: Date, importedBy: String, amhpCount: Int, shiftTypeCount: Int,
                absenceCount: Int, requestCount: Int) {
        self.name = name
        self.importedAt = importedAt
        self.importedBy = importedBy
        self.amhpCount = amhpCount
        self.shiftTypeCount = shiftTypeCount
        self.absenceCount = absenceCount
        self.requestCount = requestCount
    }

    init(_ rows: HubRows) {
        self.init(name: rows.hub.name, importedAt: rows.hub.importedAt, importedBy: rows.hub.importedBy,
                  amhpCount: rows.amhps.count, shiftTypeCount: rows.shiftTypes.count,
                  absenceCount: rows.absences.count, requestCount: rows.requests.count)
    }
}

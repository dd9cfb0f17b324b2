import Foundation
import Workforce

/// One AMHP's shifts in a month's published rota: what their own rota (`GET /api/my/rota`, `/my`) shows.
public struct PublishedShifts: Hashable, Sendable {
    public let rotaID: UUID
    public let month: Month
    /// The AMHP's assignments, by day.
    public let assignments: [Assignment]

    public init(rotaID: UUID, month: Month, assignments: [Assignment]) {
        self.rotaID = rotaID
        self.month = month
        self.assignments = assignments
    }
}

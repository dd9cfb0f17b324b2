import Foundation
import SQLKit
import Workforce

/// A rota's id, month and status: all that choosing the months a rota is chained to, or knowing
/// whether an answer kept about it is still right, needs. Read in one narrow query
/// (`RotaRepository.headers()`), without the report or shifts a `RotaRecord` or `SavedRota` carries.
public struct RotaHeader: Hashable, Sendable {
    public let id: UUID
    public let month: Month
    public let status: RotaStatus

    public init(id: UUID, month: Month, status: RotaStatus) {
        self.id = id
        self.month = month
        self.status = status
    }

    init(row: any SQLRow) throws {
        let table = StoredRota.schema
        self.init(id: try row.decode(column: "id", as: UUID.self),
                  month: try StoredValue.month(try row.decode(column: "month", as: String.self), table: table, field: "month"),
                  status: try StoredValue.choice(try row.decode(column: "status", as: String.self), as: RotaStatus.self,
                                                 table: table, field: "status"))
    }
}

extension RotaRecord {
    public var header: RotaHeader { RotaHeader(id: id, month: month, status: status) }
}

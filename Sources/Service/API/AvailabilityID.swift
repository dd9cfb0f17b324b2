import Crypto
import Foundation
import Storage
import Workforce

/// Stable ids for leave periods and requests, which the hub's files keep without one.
///
/// An id is a digest of the entry's fields (and which copy it is, should two be identical), so it
/// names the same entry however the list around it changes: withdrawing a request someone else has
/// just moved up the list cannot remove the wrong one, and an entry already removed gives 404.
enum AvailabilityID {
    static func ids(of absences: [Absence]) -> [String] {
        numbered(absences.map { "leave|\($0.amhpID)|\($0.kind.rawValue)|\($0.dates.first)|\($0.dates.last)|\($0.note)" }, prefix: "L")
    }

    static func ids(of requests: [ShiftRequest]) -> [String] {
        numbered(requests.map { "request|\($0.amhpID)|\($0.date)|\($0.shiftCode ?? "")|\($0.preference.rawValue)|\($0.weight)" }, prefix: "R")
    }

    private static func numbered(_ keys: [String], prefix: String) -> [String] {
        var seen: [String: Int] = [:]
        return keys.map { key in
            let copy = seen[key, default: 0]
            seen[key] = copy + 1
            let digest = Hex.string(SHA256.hash(data: Data(key.utf8)).prefix(6))
            return "\(prefix)\(digest)" + (copy == 0 ? "" : "-\(copy + 1)")
        }
    }
}

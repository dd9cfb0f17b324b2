import Foundation
import Workforce

/// Checks an edited hub by the same rules as a hub folder: it is written out as the files
/// `HubWriter` makes and read back with `HubLoader`, so an edit through the service can never
/// store a hub that `amhp import` would refuse.
enum HubValidator {
    static func validated(_ hub: Hub) throws -> Hub {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("amhp-validate-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try HubWriter.write(hub, to: folder)
        return try HubLoader.load(folder: folder)
    }
}

import Foundation
import Storage
import Vapor
import Workforce

/// The rota page's body (`rota-body.leaf`: the legend, the grid of ~1,200 cells, the rules, the
/// quality, the violations and the short shifts), rendered by Leaf once per key and kept in this
/// process (`ServiceStores.rotaGrids`), since laying it out and rendering it was most of the page's time.
///
/// The key is `RotaDetailCache`'s (rota, status, hub revision, chained versions, quality: read from
/// the database on every request, so it is right across instances) plus all else the body shows
/// differently by viewer: whether cells are editable, whether short shifts link to "Who can cover"
/// (the role), and the pinned cells (a manager's only). Drafts have no detail key and are never kept.
/// The HTML is Leaf's escaped output, never raw input, so `rota.leaf` embeds it with `#unsafeHTML`.
enum RotaGridFragments {
    /// A year of published months in its few role views (as `RotaDetailCache`); a body is a few hundred kilobytes.
    static let capacity = 48

    static func make() -> BoundedCache<String> {
        BoundedCache(capacity: capacity)
    }

    /// Nil (never kept) without a detail key: a draft, or a rota chained to one.
    static func key(detailKey: String?, editable: Bool, coverLinks: Bool, pins: [Pin]) -> String? {
        guard let detailKey else { return nil }
        let pinned = pins.map { "\($0.amhpID) \($0.date)" }.sorted()
        return "\(detailKey) editable \(editable) cover links \(coverLinks) pins \(pinned.joined(separator: ","))"
    }

    /// The page of `detail` as its viewer sees it: the head laid out, the body's HTML from the kept
    /// fragment when there is one, else laid out in full, marked with `pins` and rendered (and kept
    /// when it has a key). The page itself then encodes none of the body's rows.
    static func page(of detail: RotaDetailDTO, detailKey: String?, editable: Bool, coverLinks: Bool, pins: [Pin],
                     request: Request) async throws -> RotaGridView {
        @Sendable func rendered() async throws -> String {
            let view = RotaGridView(detail, editable: editable, coverLinks: coverLinks).marking(pins)
            return String(buffer: try await request.view.render("rota-body", BodyContext(page: view)).data)
        }
        var head = RotaGridView(detail, editable: editable, coverLinks: coverLinks, body: false)
        if let key = key(detailKey: detailKey, editable: editable, coverLinks: coverLinks, pins: pins), let fragments = request.stores.rotaGrids {
            // Askers at the same time share one rendering.
            head.bodyHTML = try await fragments.value(key, making: rendered)
        } else {
            head.bodyHTML = try await rendered()
        }
        return head
    }

    private struct BodyContext: Encodable {
        let page: RotaGridView
    }
}

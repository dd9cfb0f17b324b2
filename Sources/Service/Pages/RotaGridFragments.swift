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

    /// The page of `detail` as `user` sees it, with its body's HTML: from the kept fragment when there
    /// is one (then only the page's head is laid out), else laid out in full, marked with `pins` and
    /// rendered. The rows, which only the body shows, are left out of what the page itself encodes.
    static func page(of detail: RotaDetailDTO, detailKey: String?, editable: Bool, coverLinks: Bool, pins: [Pin],
                     request: Request) async throws -> RotaGridView {
        let fragments = request.stores.rotaGrids
        let key = key(detailKey: detailKey, editable: editable, coverLinks: coverLinks, pins: pins)
        if let key, let html = fragments?.value(key) {
            var head = RotaGridView(detail, editable: editable, coverLinks: coverLinks, body: false)
            head.bodyHTML = html
            return head
        }
        var view = RotaGridView(detail, editable: editable, coverLinks: coverLinks).marking(pins)
        let rendered = try await request.view.render("rota-body", BodyContext(page: view))
        view.bodyHTML = String(buffer: rendered.data)
        if let key { fragments?.keep(view.bodyHTML, key: key) }
        view.rows = []
        return view
    }

    private struct BodyContext: Encodable {
        let page: RotaGridView
    }
}

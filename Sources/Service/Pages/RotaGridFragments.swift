import Foundation
import NIOConcurrencyHelpers
import Vapor

/// The rota page's grid table (`rota-grid.leaf`, ~1,200 cells), rendered by Leaf once per key and
/// kept in this process, since rendering it was most of the page's time.
///
/// The key is `RotaDetailCache`'s (rota, status, hub revision, chained versions, quality: read from
/// the database on every request, so it is right across instances) plus all else the table shows
/// differently by viewer: whether cells are editable, whether short shifts link to "Who can cover"
/// (the role), and the pinned cells (a manager's only). Drafts have no detail key and are never kept.
/// The HTML is Leaf's escaped output, never raw input, so `rota.leaf` embeds it with `#unsafeHTML`.
final class RotaGridFragments: Sendable {
    /// A year of published months in its few role views (as `RotaDetailCache`); a grid is a few hundred kilobytes.
    static let capacity = 48
    static let shared = RotaGridFragments()

    private struct State {
        /// Keys, least recently used first.
        var order: [String] = []
        var html: [String: String] = [:]
    }

    private let entries = NIOLockedValueBox(State())

    func html(_ key: String) -> String? {
        entries.withLockedValue { entries in
            guard let html = entries.html[key] else { return nil }
            entries.order.removeAll { $0 == key }
            entries.order.append(key)
            return html
        }
    }

    func keep(_ html: String, key: String) {
        entries.withLockedValue { entries in
            if entries.html.updateValue(html, forKey: key) != nil { entries.order.removeAll { $0 == key } }
            entries.order.append(key)
            while entries.order.count > Self.capacity {
                entries.html[entries.order.removeFirst()] = nil
            }
        }
    }

    var count: Int { entries.withLockedValue { $0.html.count } }

    /// Nil (never kept) without a detail key: a draft, or a rota chained to one.
    static func key(detailKey: String?, view: RotaGridView) -> String? {
        guard let detailKey else { return nil }
        let pinned = view.rows.flatMap { $0.cells.filter(\.pinned).map(\.id) }.sorted()
        return "\(detailKey) editable \(view.editable) cover links \(view.coverLinks) pins \(pinned.joined(separator: ","))"
    }

    /// `view` with its grid's HTML, from the kept fragment when there is one; the rows, which only
    /// the grid shows, are then left out of what the page itself encodes.
    static func filling(_ view: RotaGridView, detailKey: String?, request: Request,
                        fragments: RotaGridFragments = .shared) async throws -> RotaGridView {
        var filled = view
        let key = key(detailKey: detailKey, view: view)
        if let key, let html = fragments.html(key) {
            filled.gridHTML = html
        } else {
            let rendered = try await request.view.render("rota-grid", GridContext(page: view))
            filled.gridHTML = String(buffer: rendered.data)
            if let key { fragments.keep(filled.gridHTML, key: key) }
        }
        filled.rows = []
        return filled
    }

    private struct GridContext: Encodable {
        let page: RotaGridView
    }
}

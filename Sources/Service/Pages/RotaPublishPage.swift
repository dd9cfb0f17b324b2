import Foundation
import Storage
import Vapor
import Workforce

/// Publishing a draft from its page asks first, without JavaScript: the Publish button posts
/// here and gets a confirmation page ("Publish December 2026? 18 AMHPs will see it; it replaces
/// version 2"); only its Confirm button, posting `confirm=yes`, publishes, by the API's own path
/// (`RotaAPI.publish`). A refusal (hard rules broken) comes back on the confirmation page with its
/// reasons and status. `POST /api/rotas/{rotaID}/publish` itself is unchanged.
enum RotaPublishPage {
    static func register(on app: Application) {
        // The parameter is named as RotaAPI's, so the page finds the rota exactly as the API does.
        app.post("rotas", ":rotaID", "publish", use: publish)
    }

    @Sendable static func publish(_ request: Request) async throws -> Response {
        let user = try request.requireUser(RotaAPI.publishRota.roles)
        let fields = try request.content.decode(PublishFormFields.self)
        let saved = try await RotaAPI.rota(request, user: user)
        guard fields.confirm == "yes" else { return try await render(request, user: user, saved: saved, failure: nil) }
        do {
            _ = try await RotaAPI.publish(request, user)
            return request.redirect(to: "/rotas/\(saved.record.id)", redirectType: .normal)
        } catch {
            return try await render(request, user: user, saved: saved, failure: error)
        }
    }

    static func render(_ request: Request, user: CurrentUser, saved: SavedRota, failure: (any Error)?) async throws -> Response {
        let published = try await request.stores.rotas.published(month: saved.record.month)
        var view = PublishConfirmView(saved: saved, replacing: published?.record)
        if let failure {
            let described = ServiceFailure(failure)
            (view.error, view.problems) = (described.message, described.problems)
            let response = try await request.page("rota-publish", title: view.question, user: user, view).encodeResponse(for: request)
            response.status = described.status
            return response
        }
        return try await request.page("rota-publish", title: view.question, user: user, view).encodeResponse(for: request)
    }
}

/// The confirmation page (`rota-publish.leaf`).
struct PublishConfirmView: Encodable {
    let rotaID: String
    let question: String
    /// "18 AMHPs will see it; it replaces version 2 (published 2026-11-20 14:03 by sam)."
    let consequence: String
    let isDraft: Bool
    var error: String?
    var problems: [Problem] = []

    init(saved: SavedRota, replacing published: RotaRecord?) {
        rotaID = saved.record.id.uuidString
        isDraft = saved.record.status == .draft
        let month = PageText.monthName(saved.record.month)
        question = "Publish \(month)?"
        let people = Set(saved.rota.assignments.map(\.amhpID)).count
        var text = "\(people) AMHP\(people == 1 ? "" : "s") will see it"
        if let published {
            text += "; it replaces version \(published.version ?? 0)"
            if let at = published.publishedAt { text += " (published \(PageText.moment(at)) by \(published.publishedBy ?? "?"))" }
            text += ", and everyone whose shifts change is told."
        } else {
            text += "; it is the month's first published version."
        }
        consequence = text
    }
}

/// The Publish and Confirm buttons' form: `confirm=yes` only from the confirmation page.
struct PublishFormFields: Content {
    let confirm: String?
}

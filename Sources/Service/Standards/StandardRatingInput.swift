import Planning
import Vapor
import Workforce

/// Reads a standard's rating from outside (the API's JSON or the page's form) through
/// `FieldReader`'s bounds: every problem named by its field, nothing stored until all are right.
enum StandardRatingInput {
    static func rating(standard: String, _ edit: StandardRatingEditDTO) throws -> StandardRating {
        var reader = FieldReader()
        let evidence = reader.text(edit.evidence ?? "", field: "evidence", limit: StandardRating.evidenceLength, multiline: true) ?? ""
        let givenLinks = (edit.links ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if givenLinks.count > StandardRating.maximumLinks {
            reader.add("links", "has \(givenLinks.count) entries; keep to \(StandardRating.maximumLinks), one document or address each.")
        }
        let links = givenLinks.prefix(StandardRating.maximumLinks).enumerated().compactMap { index, link in
            reader.text(link, field: "links[\(index)]", limit: StandardRating.lineLength)
        }
        let evaluation = blankIsNil(edit.evaluation).flatMap { reader.choice($0, StandardEvaluation.self, field: "evaluation") }
        let risk = blankIsNil(edit.risk).flatMap { reader.choice($0, StandardRisk.self, field: "risk") }
        let rows = (edit.actions ?? []).filter { !$0.isBlank }
        if rows.count > StandardRating.maximumActions {
            reader.add("actions", "has \(rows.count) actions; keep to \(StandardRating.maximumActions) for one standard.")
        }
        var actions: [StandardAction] = []
        for (index, row) in rows.prefix(StandardRating.maximumActions).enumerated() {
            let field = "actions[\(index)]"
            let text = required(row.text, field: "\(field).text", meaning: "what will be done", reader: &reader)
            let owner = required(row.owner, field: "\(field).owner", meaning: "who will do it", reader: &reader)
            let term = reader.choice(blankIsNil(row.term), StandardActionTerm.self, field: "\(field).term")
            let due = reader.optionalDate(row.due, field: "\(field).due")
            if let text, let owner, let term { actions.append(StandardAction(text: text, term: term, owner: owner, due: due)) }
        }
        try reader.check("The rating of standard \(standard) has problems; nothing was changed.")
        return StandardRating(standard: standard, evidence: evidence, links: links, evaluation: evaluation, actions: actions, risk: risk)
    }

    private static func required(_ text: String?, field: String, meaning: String, reader: inout FieldReader) -> String? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            reader.add(field, "is missing; say \(meaning).")
            return nil
        }
        return reader.text(trimmed, field: field, limit: StandardRating.lineLength)
    }

    private static func blankIsNil(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// The standard named by a path, which must be one of the published numbers.
    static func standard(_ request: Request, in standards: ServiceStandards) throws -> ServiceStandard {
        let number = try request.identifier("standard")
        guard let standard = standards.standard(number) else {
            throw ServiceRefusal(.notFound, field: "standard", "\"\(FieldReader.shown(number))\" is not a published standard. "
                                 + "Fix: use a number from GET /api/standards, such as 2.3 (chapter 4 has no 4.4).")
        }
        return standard
    }
}

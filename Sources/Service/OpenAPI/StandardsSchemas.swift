import Workforce

/// The schemas of the Service Standards routes (`StandardsDTOs.swift`).
enum StandardsSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        let moment: Schema = ["type": "string", "format": "date-time"]
        let uuid: Schema = ["type": "string", "format": "uuid"]
        let evaluation: Schema = ["type": "string", "enum": StandardEvaluation.allCases.map(\.rawValue)]
        let risk: Schema = ["type": "string", "enum": StandardRisk.allCases.map(\.rawValue)]
        let term: Schema = ["type": "string", "enum": StandardActionTerm.allCases.map(\.rawValue)]
        let change: Schema = ["type": "string", "enum": ["better", "worse", "same", "new", "cleared"]]
        return [
            "StandardsCatalogue": object(["source": string, "chapters": array(ref("StandardsChapter"))]),
            "StandardsChapter": object(["number": integer, "title": string, "purpose": string, "examples": array(string),
                                        "standards": array(ref("ServiceStandard"))]),
            "ServiceStandard": object(["number": string, "text": string]),
            "StandardsAssessmentSummary": object(["id": uuid, "title": string, "assessed_on": date, "created_by": string,
                                                  "updated_at": moment, "evaluated": integer, "total": integer, "high_risks": integer,
                                                  "actions": integer, "evidence_at": nullable(moment)], optional: ["evidence_at"]),
            "StandardsAssessment": object(["id": uuid, "title": string, "assessed_on": date, "created_by": string, "created_at": moment,
                                           "updated_at": moment, "previous_id": nullable(uuid), "evidence_as_of": nullable(date),
                                           "evidence_at": nullable(moment), "standards": array(ref("StandardRating"))],
                                          optional: ["previous_id", "evidence_as_of", "evidence_at"]),
            "StandardRating": object(["standard": string, "chapter": integer, "evidence": string, "links": array(string),
                                      "evaluation": nullable(evaluation), "risk": nullable(risk), "actions": array(ref("StandardAction")),
                                      "updated_by": nullable(string), "updated_at": nullable(moment),
                                      "previous_evaluation": nullable(evaluation), "previous_risk": nullable(risk),
                                      "evaluation_change": nullable(change), "risk_change": nullable(change),
                                      "from_data": array(ref("StandardsEvidenceItem"))],
                                     optional: ["evaluation", "risk", "updated_by", "updated_at", "previous_evaluation", "previous_risk",
                                                "evaluation_change", "risk_change"]),
            "StandardAction": object(["text": string, "term": term, "owner": string, "due": nullable(date)], optional: ["due"]),
            "StandardsEvidenceItem": object(["key": string, "measure": string, "value": string, "detail": string, "source": string,
                                             "concern": boolean, "amhps": nullable(array(string))], optional: ["amhps"]),
            "ContingencyReserve": object(["month": OpenAPISchemas.month, "high_chance": number, "days": array(ref("ContingencyDay"))]),
            "ContingencyDay": object(["date": date, "hours": array(integer), "hours_text": string, "worst_chance": number,
                                      "free": array(object(["id": string, "name": string]))]),
            "NewStandardsAssessment": object(["title": string, "assessed_on": date, "repeats": uuid], optional: ["assessed_on", "repeats"]),
            "StandardRatingEdit": object(["evidence": string, "links": array(string), "evaluation": nullable(evaluation),
                                          "risk": nullable(risk), "actions": array(ref("StandardActionEdit"))],
                                         optional: ["evidence", "links", "evaluation", "risk", "actions"]),
            "StandardActionEdit": object(["text": string, "term": term, "owner": string, "due": nullable(date)], optional: ["due"]),
        ]
    }
}

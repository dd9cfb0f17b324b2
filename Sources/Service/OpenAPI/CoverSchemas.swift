/// The schemas of "who can cover" and the picker's choices (`CoverDTOs.swift`).
enum CoverSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        [
            "CoverOptions": object(["date": date, "shift": string, "shift_name": string, "assigned": integer, "minimum": integer,
                                    "short_by": integer, "on_shift": array(ref("CoverPerson")),
                                    "candidates": array(ref("CoverCandidate")), "cannot": array(ref("CoverRefusal"))]),
            "CoverPerson": object(["amhp_id": string, "name": string]),
            "CoverCandidate": object(["amhp_id": string, "name": string,
                                      "objective_change": ["type": "number", "description": "The checker's objective after assigning them minus before; lowest first."],
                                      "strains": array(ref("RuleStrain"))]),
            "CoverRefusal": object(["amhp_id": string, "name": string, "reason": string, "rule": nullable(string),
                                    "message": nullable(string)], optional: ["rule", "message"]),
            "CoverAssignment": object(["amhp_id": string, "date": date, "shift": string]),
            "RuleStrain": object(["rule": string, "penalty_change": number]),
            "BrokenRule": object(["rule": string, "message": string]),
            "CellChoices": object(["amhp_id": string, "date": date, "current": nullable(string), "choices": array(ref("CellChoice"))],
                                  optional: ["current"]),
            "CellChoice": object(["shift": nullable(string), "breaks": array(ref("BrokenRule")), "objective_change": number,
                                  "strains": array(ref("RuleStrain"))], optional: ["shift"]),
        ]
    }
}

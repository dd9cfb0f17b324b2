import Storage

/// The schemas of the swap routes (`SwapDTOs.swift`).
enum SwapSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        let status: Schema = ["type": "string", "enum": SwapStatus.allCases.map(\.rawValue)]
        let kind: Schema = ["type": "string", "enum": SwapKind.allCases.map(\.rawValue)]
        let moment: Schema = ["type": "string", "format": "date-time"]
        let uuid: Schema = ["type": "string", "format": "uuid"]
        let optionalKeys: Set<String> = ["colleague_id", "colleague_name", "their_date", "their_shift", "accepted_by", "accepted_at",
                                         "decided_by", "decided_at", "decision_note", "version_id"]
        return [
            "Swap": object(["id": uuid, "month": string, "kind": kind, "status": status, "offerer_id": string, "offerer_name": string,
                            "date": date, "shift": string, "colleague_id": nullable(string), "colleague_name": nullable(string),
                            "their_date": nullable(date), "their_shift": nullable(string), "notes": string, "created_by": string,
                            "created_at": moment, "updated_at": moment, "accepted_by": nullable(string), "accepted_at": nullable(moment),
                            "decided_by": nullable(string), "decided_at": nullable(moment), "decision_note": nullable(string),
                            "overrode": boolean, "based_on": uuid, "version_id": nullable(uuid)], optional: optionalKeys),
            "NewSwap": object(["kind": kind, "date": date, "shift": string, "colleague_id": string, "their_date": date,
                               "their_shift": string, "notes": string], optional: ["colleague_id", "their_date", "their_shift", "notes"]),
            "SwapDecision": object(["note": string], optional: ["note"]),
            "SwapApproval": object(["note": string, "override": boolean], optional: ["note", "override"]),
            "SwapApproved": object(["swap": ref("Swap"), "rota": ref("RotaSummary")]),
            "SwapCheck": object(["swap_id": uuid, "version": nullable(integer), "stale": nullable(string), "breaks_hard_rules": boolean,
                                 "hard": array(ref("SwapFinding")), "soft": array(ref("SwapFinding"))], optional: ["version", "stale"]),
            "SwapFinding": object(["rule": string, "severity": ["type": "string", "enum": ["hard", "soft"]], "amhp_id": nullable(string),
                                   "date": nullable(date), "message": string], optional: ["amhp_id", "date"]),
        ]
    }
}

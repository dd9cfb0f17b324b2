import Storage

/// The schemas of leave requests, their decisions and cover impact (`LeaveRequestDTOs.swift`).
enum LeaveRequestSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var requestKind: Schema { ["type": "string", "enum": LeaveRequestForm.kinds.map(\.rawValue)] }

    static var all: [String: Schema] {
        [
            "LeaveRequest": object(["id": OpenAPISchemas.uuid, "amhp_id": string, "name": string, "kind": OpenAPISchemas.leaveKind,
                                    "start": date, "end": date, "days": integer, "note": string,
                                    "status": ["type": "string", "enum": LeaveRequestStatus.allCases.map(\.rawValue)],
                                    "change_request": boolean, "created_by": string, "created_at": OpenAPISchemas.dateTime,
                                    "decided_by": nullable(string), "decided_at": nullable(OpenAPISchemas.dateTime),
                                    "decision_note": nullable(string), "absence_id": nullable(string)],
                                   optional: ["decided_by", "decided_at", "decision_note", "absence_id"]),
            "NewLeaveRequest": object(["amhp_id": string, "kind": requestKind, "start": date, "end": date,
                                       "note": ["type": "string", "maxLength": LeaveRequestLimits.noteLength]],
                                      optional: ["amhp_id", "note"]),
            "LeaveDecision": object(["note": ["type": "string", "maxLength": LeaveRequestLimits.noteLength]], optional: ["note"]),
            "CoverImpact": object(["request_id": OpenAPISchemas.uuid, "amhp_id": string, "months": array(ref("CoverImpactMonth")),
                                   "below_minimum_count": integer, "summary": string]),
            "CoverImpactMonth": object(["month": OpenAPISchemas.month, "rota": ["type": "string", "enum": ["published", "draft", "none"]],
                                        "rota_id": nullable(OpenAPISchemas.uuid), "shifts_removed": integer,
                                        "below_minimum": array(ref("CoverImpactShift")), "summary": string],
                                       optional: ["rota_id"]),
            "CoverImpactShift": object(["date": date, "shift": string, "minimum": integer, "assigned": integer]),
        ]
    }
}

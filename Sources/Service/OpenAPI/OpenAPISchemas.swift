/// The JSON schemas of the API's bodies, by name, as OpenAPI 3.1 components.
///
/// Each mirrors a DTO of `Sources/Service/API/DTO` (snake_case keys); a test encodes the DTOs and
/// checks their keys against these.
enum OpenAPISchemas {
    typealias Schema = [String: Any]

    static var string: Schema { ["type": "string"] }
    static var integer: Schema { ["type": "integer"] }
    static var number: Schema { ["type": "number"] }
    static var boolean: Schema { ["type": "boolean"] }
    static var date: Schema { ["type": "string", "format": "date"] }
    static var dateTime: Schema { ["type": "string", "format": "date-time"] }
    static var uuid: Schema { ["type": "string", "format": "uuid"] }
    static var month: Schema { ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$", "description": "YYYY-MM"] }

    static func nullable(_ schema: Schema) -> Schema {
        var schema = schema
        schema["type"] = [schema["type"] as? String ?? "string", "null"]
        return schema
    }

    static func ref(_ name: String) -> Schema { ["$ref": "#/components/schemas/\(name)"] }
    static func array(_ items: Schema) -> Schema { ["type": "array", "items": items] }

    /// An object whose every property is required unless listed in `optional` (or nullable).
    static func object(_ properties: [String: Schema], optional: Set<String> = []) -> Schema {
        ["type": "object", "properties": properties,
         "required": properties.keys.filter { !optional.contains($0) }.sorted()]
    }

    static var all: [String: Schema] {
        [
            "Error": object(["error": string, "problems": array(ref("Problem"))]),
            "Problem": object(["field": string, "message": string]),
            "SignIn": object(["username": string, "password": string]),
            "Session": object(["token": string, "user": ref("User"), "expires_at": dateTime]),
            "User": object(["username": string, "display_name": string,
                            "role": ["type": "string", "enum": ["manager", "lead", "hr", "amhp"]], "amhp_id": nullable(string)],
                           optional: ["amhp_id"]),
            "NewUser": object(["username": string, "display_name": string, "password": ["type": "string", "minLength": 8],
                               "role": ["type": "string", "enum": ["manager", "lead", "hr", "amhp"]], "amhp_id": string],
                              optional: ["amhp_id"]),
            "AMHP": object(["id": string, "name": string, "employer": string, "profession": string, "grade": string,
                            "fte": nullable(number), "shifts_per_month": nullable(number), "approved_from": nullable(date),
                            "approved_to": nullable(date), "trainee": boolean, "can_coordinate_days": boolean,
                            "can_coordinate_nights": boolean, "night_working": ["type": "string", "enum": ["yes", "no", "only"]]],
                           optional: ["fte", "shifts_per_month", "approved_from", "approved_to"]),
            "ShiftType": object(["code": string, "name": string, "start": string, "end": string, "hours": number, "night": boolean]),
            "Leave": object(["index": integer, "amhp_id": string, "kind": leaveKind, "start": date, "end": date, "note": string]),
            "NewLeave": object(["amhp_id": string, "kind": leaveKind, "start": date, "end": date, "note": string], optional: ["note"]),
            "Request": object(["index": integer, "amhp_id": string, "date": date, "shift": nullable(string),
                               "preference": preference, "weight": integer], optional: ["shift"]),
            "NewRequest": object(["amhp_id": string, "date": date, "shift": nullable(string), "preference": preference,
                                  "weight": ["type": "integer", "minimum": 1, "maximum": 10]],
                                 optional: ["amhp_id", "shift", "weight"]),
            "TOILBalance": object(["amhp_id": string, "name": string, "as_of": date, "held": number, "planned": number,
                                   "available": number, "oldest_lot_date": nullable(date), "month": month, "opening": number,
                                   "accrued": number, "bank_holiday": number, "taken": number, "adjusted": number,
                                   "forfeited": number, "paid_out": number, "closing": number,
                                   "planned_back_this_month": number, "alerts": array(string)],
                                  optional: ["oldest_lot_date"]),
            "TOILEntry": object(["id": string, "amhp_id": string, "kind": toilKind, "corrects": nullable(string), "date": date,
                                 "hours": number, "reason": string, "recorded_by": string, "approved_by": nullable(string),
                                 "recorded_on": date], optional: ["corrects", "approved_by"]),
            "TOILHistoryLine": object(["sequence": integer, "entry": ref("TOILEntry"), "signed_hours": number,
                                       "held_after": number, "corrected_by": nullable(string)], optional: ["corrected_by"]),
            "NewTOILEntry": object(["amhp_id": string, "kind": toilKind, "hours": number, "date": date, "reason": string,
                                    "approved_by": string, "corrects": string],
                                   optional: ["amhp_id", "hours", "date", "reason", "approved_by", "corrects"]),
            "TOILAppended": object(["entry": ref("TOILEntry"), "position": integer, "held": number, "planned": number,
                                    "available": number]),
            "RotaSummary": object(["id": uuid, "month": month, "status": ["type": "string", "enum": ["draft", "published"]],
                                   "created_by": string, "created_at": dateTime, "objective": nullable(number),
                                   "published_at": nullable(dateTime), "published_by": nullable(string)],
                                  optional: ["objective", "published_at", "published_by"]),
            "RotaDetail": object(["rota": ref("RotaSummary"), "days": array(ref("RotaDay")), "shift_types": array(ref("ShiftType")),
                                  "people": array(ref("RotaRow")), "coverage": array(ref("Coverage")),
                                  "violations": array(ref("Violation")), "shortfalls": array(ref("Shortfall")),
                                  "objective": number, "hard_violation_count": integer, "soft_violation_count": integer,
                                  "solver_report": nullable(string)], optional: ["solver_report"]),
            "RotaDay": object(["date": date, "day": integer, "weekday": string,
                               "day_type": ["type": "string", "enum": ["weekday", "saturday", "sunday", "bank_holiday"]],
                               "bank_holiday": nullable(string)], optional: ["bank_holiday"]),
            "RotaRow": object(["amhp_id": string, "name": string, "employer": string, "cells": array(ref("RotaCell")),
                               "shifts": integer, "hours": number, "contracted_hours": nullable(number),
                               "committed_shifts": nullable(number)], optional: ["contracted_hours", "committed_shifts"]),
            "RotaCell": object(["date": date, "shift": nullable(string), "coordinator": boolean, "absence": nullable(leaveKind),
                                "hard_violation": boolean], optional: ["shift", "absence"]),
            "Coverage": object(["date": date, "shift": string, "minimum": integer, "target": integer, "assigned": integer,
                                "short_by": integer, "coordinator_required": boolean, "coordinator_present": boolean]),
            "Violation": object(["rule": string, "severity": ["type": "string", "enum": ["hard", "soft"]],
                                 "amhp_id": nullable(string), "date": nullable(date), "shift": nullable(string),
                                 "message": string, "penalty": number], optional: ["amhp_id", "date", "shift"]),
            "Shortfall": object(["date": date, "shift": string, "shift_name": string, "minimum": integer, "assigned": integer,
                                 "short_by": integer, "missing_coordinator": boolean, "summary": string,
                                 "candidates": array(ref("ShortfallCandidate"))]),
            "ShortfallCandidate": object(["amhp_id": string, "name": string, "reason": string]),
            "ShiftEdit": object(["amhp_id": string, "date": date, "shift": nullable(string), "coordinator": boolean],
                                optional: ["shift", "coordinator"]),
            "NewSolveJob": object(["month": month, "time_limit": number, "seed": integer], optional: ["time_limit", "seed"]),
            "SolveJob": object(["id": uuid, "month": month,
                                "status": ["type": "string", "enum": ["queued", "running", "done", "failed", "cancelled"]],
                                "progress": string, "requested_by": string, "requested_at": dateTime,
                                "started_at": nullable(dateTime), "finished_at": nullable(dateTime), "rota_id": nullable(uuid),
                                "error": nullable(string), "parameters": ref("SolveParameters")],
                               optional: ["started_at", "finished_at", "rota_id", "error"]),
            "SolveParameters": object(["time_limit": number, "seed": integer]),
            "MyRota": object(["month": month, "published": boolean, "rota_id": nullable(uuid), "shifts": array(ref("MyShift"))],
                             optional: ["rota_id"]),
            "MyShift": object(["date": date, "shift": string, "shift_name": string, "start": string, "end": string,
                               "coordinator": boolean]),
            "CalendarLink": object(["url": string]),
            "AuditEvent": object(["id": integer, "at": dateTime, "actor": string, "action": string, "subject": string,
                                  "detail": ["type": "string", "description": "A JSON object as text."]]),
        ].merging(PlanningSchemas.all) { first, _ in first }
    }

    static var leaveKind: Schema { ["type": "string", "enum": ["annual", "sickness", "training", "toil", "other"]] }
    static var preference: Schema { ["type": "string", "enum": ["want", "avoid"]] }
    static var toilKind: Schema { ["type": "string", "enum": ["accrued", "bank_holiday_worked", "taken", "planned", "forfeited",
                                                              "paid_out", "adjustment_credit", "adjustment_debit", "correction"]] }
}

/// The schemas of the lead's sufficiency and succession routes (issue 6).
enum PlanningSchemas {
    static var all: [String: OpenAPISchemas.Schema] { [:] }
}

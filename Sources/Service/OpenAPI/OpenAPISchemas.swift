import Planning
import Storage
import Workforce

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
                            "role": ["type": "string", "enum": ["manager", "lead", "hr", "amhp"]], "amhp_id": nullable(string),
                            "email": nullable(string), "enabled": boolean],
                           optional: ["amhp_id", "email"]),
            "UserEmail": object(["email": ["anyOf": [["type": "string", "maxLength": EmailAddress.maximumLength], ["type": "null"]],
                                           "description": "The address; null or empty for none."]]),
            "NewUser": object(["username": string, "display_name": string, "password": ["type": "string", "minLength": 8],
                               "role": ["type": "string", "enum": ["manager", "lead", "hr", "amhp"]], "amhp_id": string],
                              optional: ["amhp_id"]),
            "AMHP": object(["id": string, "name": string, "employer": string, "profession": string, "grade": string,
                            "fte": nullable(number), "shifts_per_month": nullable(number), "approved_from": nullable(date),
                            "approved_to": nullable(date), "trainee": boolean, "can_coordinate_days": boolean,
                            "can_coordinate_nights": boolean, "night_working": ["type": "string", "enum": ["yes", "no", "only"]]],
                           optional: ["fte", "shifts_per_month", "approved_from", "approved_to"]),
            "ShiftType": object(["code": string, "name": string, "start": string, "end": string, "hours": number, "night": boolean,
                                 "kind": HubSchemas.shiftKind]),
            "Leave": object(["id": string, "amhp_id": string, "kind": leaveKind, "start": date, "end": date, "note": string]),
            "NewLeave": object(["amhp_id": string, "kind": leaveKind, "start": date, "end": date, "note": string], optional: ["note"]),
            "Request": object(["id": string, "amhp_id": string, "date": date, "shift": nullable(string),
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
            "TOILEntry": object(["id": string, "amhp_id": string, "kind": toilEntryKind, "corrects": nullable(string), "date": date,
                                 "hours": number, "reason": string, "recorded_by": string, "approved_by": nullable(string),
                                 "recorded_on": date], optional: ["corrects", "approved_by"]),
            "TOILHistoryLine": object(["sequence": integer, "entry": ref("TOILEntry"), "signed_hours": number,
                                       "held_after": number, "corrected_by": nullable(string)], optional: ["corrected_by"]),
            "NewTOILEntry": object(["amhp_id": string, "kind": toilKind, "hours": number, "date": date, "reason": string,
                                    "approved_by": string, "corrects": string],
                                   optional: ["amhp_id", "hours", "date", "reason", "approved_by", "corrects"]),
            "TOILAppended": object(["entry": ref("TOILEntry"), "position": integer, "held": number, "planned": number,
                                    "available": number]),
            "RotaSummary": object(["id": uuid, "month": month,
                                   "status": ["type": "string", "enum": RotaStatus.allCases.map(\.rawValue)],
                                   "created_by": string, "created_at": dateTime, "objective": nullable(number),
                                   "published_at": nullable(dateTime), "published_by": nullable(string),
                                   "version": nullable(integer), "based_on": nullable(uuid),
                                   "change_kind": ["anyOf": [["type": "string", "enum": RotaChangeKind.allCases.map(\.rawValue)],
                                                            ["type": "null"]]],
                                   "change_reason": nullable(string), "next_month": ref("NextMonthCheck")],
                                  optional: ["objective", "published_at", "published_by", "version", "based_on", "change_kind",
                                             "change_reason", "next_month"]),
            "NextMonthCheck": object(["rota_id": uuid, "month": month, "violations": array(ref("Violation"))]),
            "RotaComparison": object(["from": ref("RotaSummary"), "to": ref("RotaSummary"),
                                      "changes": array(object(["amhp_id": string, "name": string, "date": date,
                                                               "before": nullable(string), "after": nullable(string), "why": string],
                                                              optional: ["before", "after"])),
                                      "amhps": array(object(["amhp_id": string, "name": string, "changes": integer]))]),
            "RotaDetail": object(["rota": ref("RotaSummary"), "days": array(ref("RotaDay")), "shift_types": array(ref("ShiftType")),
                                  "people": array(ref("RotaRow")), "coverage": array(ref("Coverage")),
                                  "violations": array(ref("Violation")), "shortfalls": array(ref("Shortfall")),
                                  "objective": number, "hard_violation_count": integer, "soft_violation_count": integer,
                                  "summary": ["type": "string", "description": "The rota in one sentence: cover, requests not met, fairness spread."],
                                  "solver_report": nullable(string), "enhancement_cost": number,
                                  "quality": ["anyOf": [ref("RotaQuality"), ["type": "null"]],
                                              "description": "For managers and leads; null for others."]],
                                 optional: ["solver_report", "quality"]),
            "RotaDay": object(["date": date, "day": integer, "weekday": string,
                               "day_type": ["type": "string", "enum": ["weekday", "saturday", "sunday", "bank_holiday"]],
                               "bank_holiday": nullable(string)], optional: ["bank_holiday"]),
            "RotaRow": object(["amhp_id": string, "name": string, "employer": string, "cells": array(ref("RotaCell")),
                               "shifts": integer, "hours": number, "contracted_hours": nullable(number),
                               "committed_shifts": nullable(number), "duty_shifts": integer, "duty_hours": number],
                              optional: ["contracted_hours", "committed_shifts"]),
            "RotaCell": object(["date": date, "shift": nullable(string), "coordinator": boolean, "absence": nullable(leaveKind),
                                "hard_violation": boolean], optional: ["shift", "absence"]),
            "Coverage": object(["date": date, "shift": string, "minimum": integer, "target": integer, "maximum": integer,
                                "duty": boolean, "assigned": integer,
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
            "NewSolveJob": object(["month": month, "time_limit": number, "seed": integer,
                                   "iterations": ["type": "integer", "minimum": 0, "maximum": SolveJobParameters.iterationLimit]],
                                  optional: ["time_limit", "seed", "iterations"]),
            "SolveJob": object(["id": uuid, "month": month,
                                "status": ["type": "string", "enum": ["queued", "running", "done", "failed", "cancelled"]],
                                "progress": string, "requested_by": string, "requested_at": dateTime,
                                "stage": ["type": "string", "enum": SolveStage.Code.allCases.map(\.rawValue)],
                                "stage_text": string, "percent": ["type": "integer", "minimum": 0, "maximum": 100],
                                "started_at": nullable(dateTime), "finished_at": nullable(dateTime), "rota_id": nullable(uuid),
                                "error": nullable(string), "parameters": ref("SolveParameters"),
                                "attempts": ["type": "integer", "minimum": 0], "ran_by": nullable(string)],
                               optional: ["started_at", "finished_at", "rota_id", "error", "ran_by"]),
            "SolveParameters": object(["time_limit": number, "seed": integer, "iterations": nullable(integer)], optional: ["iterations"]),
            "MyRota": object(["month": month, "published": boolean, "rota_id": nullable(uuid), "shifts": array(ref("MyShift"))],
                             optional: ["rota_id"]),
            "MyShift": object(["date": date, "shift": string, "shift_name": string, "start": string, "end": string,
                               "coordinator": boolean, "kind": ["type": "string", "enum": ShiftKind.allCases.map(\.rawValue) + [""]]]),
            "CalendarLink": object(["url": string]),
            "MyChanges": object(["seen_at": nullable(dateTime), "new_count": integer, "changes": array(ref("ShiftChange"))],
                                optional: ["seen_at"]),
            "ShiftChange": object(["month": month, "version": integer,
                                   "kind": ["type": "string", "enum": RotaChangeKind.allCases.map(\.rawValue)], "reason": string,
                                   "published_at": dateTime, "date": date, "before": nullable(string), "after": nullable(string),
                                   "is_new": boolean], optional: ["before", "after"]),
            "AuditEvent": object(["id": integer, "at": dateTime, "actor": string, "action": string, "subject": string,
                                  "detail": ["type": "string", "description": "A JSON object as text."]]),
        ].merging(PlanningSchemas.all) { first, _ in first }.merging(HubSchemas.all) { first, _ in first }
            .merging(CoverSchemas.all) { first, _ in first }
            .merging(ReplanSchemas.all) { first, _ in first }
            .merging(TeamSchemas.all) { first, _ in first }
            .merging(SwapSchemas.all) { first, _ in first }
            .merging(LeaveRequestSchemas.all) { first, _ in first }
            .merging(StandardsSchemas.all) { first, _ in first }
            .merging(AnnualReportSchemas.all) { first, _ in first }
    }

    static var leaveKind: Schema { ["type": "string", "enum": ["annual", "sickness", "training", "toil", "other"]] }
    static var preference: Schema { ["type": "string", "enum": ["want", "avoid"]] }
    /// A stored entry's kind: what people record, and `opening`, which only `amhp import` enters.
    static var toilEntryKind: Schema {
        ["type": "string", "enum": ((toilKind["enum"] as? [String]) ?? []) + ["opening"]]
    }
    static var toilKind: Schema { ["type": "string", "enum": ["accrued", "bank_holiday_worked", "taken", "planned", "forfeited",
                                                              "paid_out", "adjustment_credit", "adjustment_debit", "correction"]] }
}

/// The schemas of the lead's sufficiency, scenario and succession routes (issue 6).
///
/// The summaries mirror `SufficiencySummary`, `ScenarioSummary`, `RegisterSummary`,
/// `ProjectionSummary` and `TrainingPlanSummary` (Sources/Planning/Reports), whose keys are
/// spelled out in their `CodingKeys`; the runs and files mirror `Sources/Service/Planning/ScenarioDTOs.swift`.
enum PlanningSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        sufficiency.merging(scenarios) { first, _ in first }.merging(succession) { first, _ in first }
    }

    /// A reference that may be null.
    private static func nullableRef(_ name: String) -> Schema { ["anyOf": [ref(name), ["type": "null"]]] }
    /// A share from 0 to 1.
    private static var share: Schema { ["type": "number", "minimum": 0, "maximum": 1] }

    static var sufficiency: [String: Schema] {
        [
            "SufficiencySummary": object([
                "hub_name": string, "month": OpenAPISchemas.month,
                "demand_factor": ["type": "number", "description": "Demand as logged times this (1.1 for ten percent more)."],
                "referrals": ref("SufficiencyReferrals"), "response": ref("ResponseTarget"),
                "needed_fte": number, "minimum_cover_fte": number, "target_cover_fte": number, "available_fte": number,
                "employers": array(ref("EmployerFTE")),
                "gap_fte": ["type": "number", "description": "Needed − available rota FTE: positive is short."],
                "uncovered_shifts_per_month": number, "basis": ref("RotaFTEBasis"), "shifts": array(ref("ShiftCoverNeeded")),
                "uncovered_hours": array(ref("UncoveredHour")), "ratios": nullableRef("ReferenceRatios"),
                "sensitivity": nullableRef("FTESensitivity"), "year": nullableRef("SufficiencyYear"),
                "simulation": nullableRef("SimulationCheck"),
                "second_worker_fte": nullable(number),
            ], optional: ["ratios", "sensitivity", "year", "simulation", "second_worker_fte"]),
            "SimulationCheck": object([
                "replications": integer, "seed": integer, "days": integer,
                "service": ["type": "string", "enum": ServiceTimes.Shape.allCases.map(\.rawValue)],
                "fte_uses": ["type": "string", "enum": ["erlang_c"], "description": "The FTE figure uses Erlang C; the simulation checks it."],
                "rows": array(object(["key": string, "label": string, "erlang_c": share, "simulated": nullable(share), "half_width": nullable(number)],
                                     optional: ["simulated", "half_width"])),
                "wait_percentiles": array(object(["percentile": integer, "hours": number, "half_width": number])),
                "overrun_hours_per_assessment": number, "overrun_half_width": number,
                "toil_hours_per_year": nullable(number), "toil_fte": nullable(number),
            ], optional: ["toil_hours_per_year", "toil_fte"]),
            "ResponsePriority": object(["name": string, "label": string, "within_hours": number, "target_share": nullable(share),
                                        "achieved_share": share, "share_of_referrals": share, "referrals_per_year": number],
                                       optional: ["target_share"]),
            "FTESensitivity": object(["low_fte": number, "central_fte": number, "high_fte": number,
                                      "swings": ["type": "array", "items": ref("FTESwing"), "description": "Widest first."]]),
            "FTESwing": object([
                "assumption": ["type": "string", "enum": SufficiencySensitivity.Assumption.allCases.map(\.rawValue)],
                "label": string, "low_value": string, "high_value": string, "low_fte": number, "high_fte": number,
            ]),
            "SufficiencyReferrals": object(["logged": integer, "first_day": date, "last_day": date, "per_year": number,
                                            "seasonal_index": number]),
            "ResponseTarget": object(["target_share": share, "within_hours": number, "achieved_share": share,
                                      "periods": array(ref("ResponsePeriod")), "priorities": array(ref("ResponsePriority"))],
                                     optional: ["periods", "priorities"]),
            "SufficiencyYear": object(["needed_fte": number, "months": array(object(["month": OpenAPISchemas.month, "needed_fte": number]))]),
            "ResponsePeriod": object(["period": ["type": "string", "enum": ResponsePeriod.allCases.map(\.rawValue)], "label": string,
                                      "achieved_share": share, "minimum": nullable(share)], optional: ["minimum"]),
            "EmployerFTE": object(["employer": string, "fte": number, "headcount": integer]),
            "RotaFTEBasis": object(["contracted_hours": number, "annual_leave_hours": number, "sickness_hours": number,
                                    "training_hours": number, "supervision_hours": number, "other_duties_hours": number,
                                    "toil_hours": number, "toil_ledger": nullable(ref("TOILLedgerYear")),
                                    "rota_hours_per_fte": number, "needed_hours": number], optional: ["toil_ledger"]),
            "TOILLedgerYear": object(["first_month": OpenAPISchemas.month, "last_month": OpenAPISchemas.month, "months": integer,
                                      "accrued_hours": number, "paid_out_hours": number, "nhs_accrued_hours": number,
                                      "la_fte": number, "hours_per_year": number]),
            "ShiftCoverNeeded": object(["day_type": ["type": "string", "enum": ["weekday", "saturday", "sunday", "bank_holiday"]],
                                        "shift": string, "shift_name": string, "teams_needed": integer, "amhps_needed": integer,
                                        "hub_minimum": integer, "hub_target": integer, "needed_minus_minimum": integer]),
            "UncoveredHour": object(["hour_of_week": ["type": "integer", "minimum": 0, "maximum": 167], "label": string, "teams": integer]),
            "ReferenceRatios": object(["population": number, "population_source": string, "approved_amhps": integer,
                                       "amhps_per_100000": number, "rota_fte_per_100000": number,
                                       "benchmark_amhps_per_100000": number, "benchmark_amhps": number,
                                       "benchmark_amhps_minimum": ["type": "integer", "minimum": 0,
                                                                   "description": "The guideline as a minimum: whole AMHPs, rounded up."],
                                       "referrals_per_100000": number, "assessments_per_100000": number,
                                       "benchmark_assessments_per_100000": number]),
        ]
    }

    static var scenarios: [String: Schema] {
        [
            "ScenarioFile": object(["file": string, "name": string, "description": string, "yaml": string,
                                    "problems": array(ref("Problem"))]),
            "NewScenarioRun": object([
                "month": OpenAPISchemas.month,
                "files": ["type": "array", "items": string, "description": "Scenario files from GET /api/scenarios, by file name."],
                "scenarios": ["type": "array", "items": string, "description": "Scenarios as YAML text (docs/planning.md)."],
                "time_limit": ["type": "number", "minimum": 1, "description": "Seconds for each solve (the baseline and each scenario). Default: 20."],
                "seed": ["type": "integer", "minimum": 0],
                "seeds": ["type": "integer", "minimum": 1, "maximum": 10,
                          "description": "Solves of each hub with seeds seed, seed+1, …; the best rota is kept and the spread shown. Default: 1."],
            ], optional: ["files", "scenarios", "time_limit", "seed", "seeds"]),
            "ScenarioRun": object([
                "id": OpenAPISchemas.uuid, "month": OpenAPISchemas.month,
                "status": ["type": "string", "enum": ScenarioRun.Status.allCases.map(\.rawValue)],
                "progress": string, "requested_by": string, "requested_at": OpenAPISchemas.dateTime,
                "started_at": nullable(OpenAPISchemas.dateTime), "finished_at": nullable(OpenAPISchemas.dateTime),
                "time_limit": number, "seed": integer, "seeds": integer, "scenarios": array(string), "error": nullable(string),
                "result": nullableRef("ScenarioComparison"), "files": array(string),
                "attempts": ["type": "integer", "minimum": 0], "ran_by": nullable(string),
            ], optional: ["started_at", "finished_at", "error", "result", "ran_by"]),
            "ScenarioComparison": object(["hub_name": string, "month": OpenAPISchemas.month,
                                          "columns": array(ref("ScenarioColumn")), "measures": array(ref("ScenarioMeasure"))]),
            "ScenarioColumn": object(["name": string, "notes": array(string), "status": string, "gap": nullable(number),
                                      "seconds": number, "objective": nullable(number), "bound": nullable(number),
                                      "beyond_noise": nullable(boolean), "seed_objectives": nullable(array(number))],
                                     optional: ["gap", "objective", "bound", "beyond_noise", "seed_objectives"]),
            "ScenarioMeasure": object(["name": string, "decimals": integer, "lower_is_better": nullable(boolean),
                                       "values": array(number), "changes": array(number)], optional: ["lower_is_better"]),
        ]
    }

    static var succession: [String: Schema] {
        [
            "SuccessionSummary": object(["hub_name": string, "register": ref("Register"), "projection": ref("Projection"),
                                         "training_plan": ref("TrainingPlan")]),
            "Register": object([
                "as_of": date,
                "counts": ["type": "object", "additionalProperties": integer,
                           "description": "People by status: approved, suspended, approved_from_later, trainee, expired."],
                "share_aged_55_or_over": nullable(share), "without_age": array(string), "entries": array(ref("RegisterEntry")),
            ], optional: ["share_aged_55_or_over"]),
            "RegisterEntry": object([
                "amhp_id": string, "name": string, "employer": string, "profession": string,
                "status": ["type": "string", "enum": ["approved", "suspended", "approved_from_later", "expired", "trainee"]],
                "age": nullable(integer), "approval_start": nullable(date), "warrant_expiry": nullable(date),
                "days_to_reapproval": nullable(integer), "reapproval_due_within_year": boolean, "suspensions": array(ref("DatePeriod")),
                "cpd_hours_last_12_months": number, "under_18_hours": boolean, "cpd_hours_towards_reapproval": nullable(number),
                "reapproval_due_while_under_18": boolean, "hours_needed_for_reapproval": nullable(number), "booked_hours": number,
                "short_approval_years": integer, "reapproval_chance": share,
            ], optional: ["age", "approval_start", "warrant_expiry", "days_to_reapproval", "cpd_hours_towards_reapproval",
                          "hours_needed_for_reapproval"]),
            "DatePeriod": object(["from": date, "to": date]),
            "Projection": object([
                "simulations": integer, "target": ref("SuccessionTarget"), "reapproval_rate": share, "rate_uncertainty": number,
                "leaver_rates": ["type": "object", "additionalProperties": share, "description": "Annual leaver rate by employer."],
                "quarters": array(ref("ProjectionQuarter")), "groups": array(ref("ProjectionGroup")),
            ]),
            "SuccessionTarget": object(["base_fte": number, "source": string, "growth_per_year": number]),
            "PercentileBand": object(["p10": number, "median": number, "p90": number]),
            "ProjectionQuarter": object([
                "label": string, "from": date, "to": date, "target": number,
                "fte_without_plan": ref("PercentileBand"), "fte_with_plan": ref("PercentileBand"),
                "headcount_without_plan": ref("PercentileBand"), "headcount_with_plan": ref("PercentileBand"),
                "flows": ref("ProjectionFlows"),
            ]),
            "ProjectionFlows": object(["start": number, "joined": number, "retired": number, "left": number,
                                       "not_reapproved": number, "end": number]),
            "ProjectionGroup": object(["group": string, "fte": array(ref("PercentileBand"))]),
            "TrainingPlan": object([
                "intakes": array(ref("TrainingIntake")), "hires": array(ref("PlannedHire")), "total_trainees": integer, "total_hires": integer,
                "total_cost": number, "costs": object(["training": number, "recruitment": number, "agency": number, "nhs_extra": number]),
                "first_qualification": nullable(date), "iterations": integer, "capacity_per_year": integer, "pass_rate": share,
                "course_months": integer, "cost_per_trainee": number, "quarters": array(ref("TrainingQuarter")),
            ], optional: ["first_qualification"]),
            "TrainingIntake": object(["start": date, "trainees": integer, "cost": number, "approved_from": date]),
            "PlannedHire": object(["start": date, "count": integer, "cost": number]),
            "TrainingQuarter": object(["label": string, "target": number, "median_permanent": number, "agency_fte": number, "nhs_extra_fte": number,
                                       "median_with_plan": number, "meets_target": boolean,
                                       "short_by": number, "why_not": nullable(string)], optional: ["why_not"]),
        ]
    }
}

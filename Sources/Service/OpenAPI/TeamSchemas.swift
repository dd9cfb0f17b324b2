/// The schemas of the team rota, who is on now, the league table and the user changes
/// (`TeamDTOs.swift`, `UserAccessDTOs.swift`).
enum TeamSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        [
            "UserRoleChange": object(["role": ["type": "string", "enum": ["manager", "lead", "hr", "amhp"]], "amhp_id": nullable(string)],
                                     optional: ["amhp_id"]),
            "PasswordReset": object(["password": ["type": "string", "minLength": 8]]),
            "UserEnabled": object(["enabled": boolean]),
            "TeamRota": object(["month": OpenAPISchemas.month, "published": boolean, "version": nullable(integer),
                                "days": array(ref("TeamDay")), "shift_types": array(ref("TeamShiftType")),
                                "people": array(ref("TeamPerson"))], optional: ["version"]),
            "TeamDay": object(["date": date, "day": integer, "weekday": string, "bank_holiday": nullable(string)],
                              optional: ["bank_holiday"]),
            "TeamShiftType": object(["code": string, "name": string, "start": string, "end": string, "night": boolean]),
            "TeamPerson": object(["amhp_id": string, "name": string, "cells": array(ref("TeamCell"))]),
            "TeamCell": object(["date": date, "shift": ["type": ["string", "null"],
                                                        "description": "A shift code, \"off\" when absent (never why), or null when not on the rota."],
                                "coordinator": boolean], optional: ["shift"]),
            "TeamNow": object(["at": string, "now": array(ref("TeamShiftOn")), "tonight": array(ref("TeamShiftOn"))]),
            "TeamShiftOn": object(["date": date, "shift": string, "name": string, "start": string, "end": string,
                                   "people": array(ref("TeamOnShiftPerson"))]),
            "TeamOnShiftPerson": object(["amhp_id": string, "name": string, "coordinator": boolean]),
            "League": object(["years": array(integer), "rows": array(ref("LeagueRow"))]),
            "LeagueRow": object(["amhp_id": string, "name": string, "fte": nullable(number), "festive_days": integer,
                                 "bank_holidays": integer, "festive_days_per_fte": nullable(number),
                                 "bank_holidays_per_fte": nullable(number), "before_planner": ["anyOf": [ref("LeagueOpening"), ["type": "null"]]],
                                 "years": array(ref("LeagueYear"))],
                                optional: ["fte", "festive_days_per_fte", "bank_holidays_per_fte", "before_planner"]),
            "LeagueOpening": object(["months": integer, "bank_holiday_shifts": integer, "worked_last_festive": boolean]),
            "LeagueYear": object(["year": integer, "christmas_day": boolean, "boxing_day": boolean, "new_years_day": boolean,
                                  "other_bank_holidays": array(string), "bank_holidays": integer]),
        ]
    }
}

import Workforce

/// The schemas of the hub's rota settings (`HubSettingsDTOs.swift`) and of a rota's quality
/// section (`RotaQualityDTO.swift`), with the bounds the service reads them within, so the fuzzers
/// know what a good value is.
enum HubSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        settings.merging(quality) { first, _ in first }
    }


    static var dayType: Schema { ["type": "string", "enum": DayType.allCases.map(\.rawValue)] }
    static var shiftKind: Schema { ["type": "string", "enum": ShiftKind.allCases.map(\.rawValue)] }
    static var surplusHours: Schema { ["type": "string", "enum": SurplusHours.allCases.map(\.rawValue)] }
    static var count: Schema {
        ["type": "integer", "minimum": CoverRule.counts.lowerBound, "maximum": CoverRule.counts.upperBound]
    }
    static var time: Schema { ["type": "string", "pattern": "^[0-9]{1,2}:[0-9]{2}$", "description": "HH:MM, 24-hour clock"] }

    static var settings: [String: Schema] {
        let rates = Dictionary(uniqueKeysWithValues: EnhancementRates.settings.map { setting -> (String, Schema) in
            (setting.key, ["type": "number", "minimum": setting.range.lowerBound, "maximum": setting.range.upperBound])
        })
        return [
            "HubSettings": object([
                "shift_types": array(ref("ShiftType")), "cover": array(ref("CoverRule")),
                "surplus_hours": ["anyOf": [surplusHours, ["type": "null"]], "description": "As set; null follows the shift types."],
                "surplus_hours_in_effect": surplusHours, "unsocial_hours": ref("UnsocialHours"),
            ], optional: ["surplus_hours"]),
            "HubSettingsEdit": object([
                "shift_kinds": ["type": "array", "items": ref("ShiftKindEdit"), "description": "Every shift type of the hub once."],
                "cover": ["type": "array", "items": ref("CoverRule"),
                          "description": "The whole cover table: every rota shift on every day type, a duty shift on each day type it runs."],
                "surplus_hours": ["anyOf": [surplusHours, ["type": "null"]],
                                  "description": "duty, unplanned, or null (or left out) to follow the shift types."],
                "unsocial_hours": ref("UnsocialHours"),
            ], optional: ["surplus_hours"]),
            "ShiftKindEdit": object(["shift": string, "kind": shiftKind]),
            "CoverRule": object([
                "day_type": dayType, "shift": string, "minimum": count, "target": count,
                "maximum": count.merging(["description": "Blank: the target plus one. For a duty shift, the day's cap on people on duty."]) { first, _ in first },
                "coordinator": boolean, "second_worker": boolean,
            ], optional: ["maximum", "second_worker"]),
            "UnsocialHours": object(["night_start": time, "night_end": time, "la": ref("EnhancementRates"), "nhs": ref("EnhancementRates")]),
            "EnhancementRates": object(rates),
        ]
    }

    static var quality: [String: Schema] {
        [
            "RotaQuality": object([
                "shifts_over_target": array(ref("RotaQualityOverTarget")), "people_over_target": integer, "shifts_over_maximum": integer,
                "busiest": ["anyOf": [ref("RotaQualityBusiest"), ["type": "null"]]], "surplus": ref("RotaQualitySurplus"),
                "idle": array(ref("RotaQualityIdle")), "enhancement_by_employer": array(ref("RotaQualityEmployerCost")),
                "weight_warning": OpenAPISchemas.nullable(string),
            ], optional: ["busiest", "weight_warning"]),
            "RotaQualityOverTarget": object(["date": date, "shift": string, "assigned": integer, "target": integer, "maximum": integer]),
            "RotaQualityBusiest": object(["date": date, "shift": string, "assigned": integer, "target": integer]),
            "RotaQualitySurplus": object(["total": number, "on_duty": number, "above_target": number, "unplanned": number,
                                          "over_contract": number]),
            "RotaQualityIdle": object(["amhp_id": string, "name": string, "reason": string]),
            "RotaQualityEmployerCost": object(["employer": string, "pounds": number]),
        ]
    }
}

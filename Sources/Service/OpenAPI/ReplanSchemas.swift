/// The schemas of pins and of re-solving and re-planning a rota (`RotaPinAPI`, `ReplanAPI`).
enum ReplanSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        [
            "Pin": object(["amhp_id": string, "date": date, "shift": nullable(string)], optional: ["shift"]),
            "NewResolve": object(["time_limit": number, "seed": integer], optional: ["time_limit", "seed"]),
            "NewReplan": object(["from": date, "time_limit": number, "seed": integer], optional: ["time_limit", "seed"]),
        ]
    }
}

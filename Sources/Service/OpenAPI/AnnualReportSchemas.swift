/// The schemas of the annual report's routes (`AnnualReports.swift`).
enum AnnualReportSchemas: SchemaVocabulary {
    typealias Schema = OpenAPISchemas.Schema

    static var all: [String: Schema] {
        [
            "AnnualReport": object(["hub_name": string, "made_on": date, "tables": array(ref("AnnualReportTable"))]),
            "AnnualReportTable": object(["name": string, "title": string, "header": array(string), "rows": array(array(string))]),
        ]
    }
}

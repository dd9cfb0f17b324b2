import Foundation
@testable import Service

/// Checks a JSON value against a schema of the OpenAPI document: types, required properties, no
/// undocumented properties, enums, and `$ref`s followed into the components.
struct SchemaCheck {
    let components: [String: Any]

    init(document: [String: Any]) {
        components = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
    }

    init(components: [String: Any] = OpenAPISchemas.all) {
        self.components = components
    }

    /// The problems of `value` against the published schema called `name`.
    static func problems(_ value: Any, schema name: String) -> [String] {
        SchemaCheck().problems(value, against: OpenAPISchemas.ref(name), at: name)
    }

    func problems(_ value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let target = components[name] as? [String: Any] else { return ["\(path): $ref \(ref) names no schema"] }
            return problems(value, against: target, at: path)
        }
        if let choices = schema["anyOf"] as? [[String: Any]] {
            let results = choices.map { problems(value, against: $0, at: path) }
            return results.contains { $0.isEmpty } ? [] : results.flatMap { $0 }
        }
        let types: [String] = (schema["type"] as? [String]) ?? ((schema["type"] as? String).map { [$0] } ?? [])
        if value is NSNull { return types.contains("null") ? [] : ["\(path): null where \(types) is expected"] }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            return ["\(path): \"\(text)\" is not one of \(allowed)"]
        }
        if types.contains("object") {
            guard let object = value as? [String: Any] else { return ["\(path): expected an object"] }
            if let additional = schema["additionalProperties"] as? [String: Any] {
                return object.flatMap { problems($0.value, against: additional, at: "\(path).\($0.key)") }
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            var found: [String] = []
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path): missing required \(name)")
            }
            for (name, item) in object {
                guard let property = properties[name] as? [String: Any] else {
                    found.append("\(path): \(name) is not in the schema")
                    continue
                }
                found += problems(item, against: property, at: "\(path).\(name)")
            }
            return found
        }
        if types.contains("array") {
            guard let array = value as? [Any] else { return ["\(path): expected an array"] }
            let items = schema["items"] as? [String: Any] ?? [:]
            return array.enumerated().flatMap { problems($0.element, against: items, at: "\(path)[\($0.offset)]") }
        }
        if types.contains("string") { return value is String ? [] : ["\(path): expected a string"] }
        if types.contains("integer") || types.contains("number") {
            return value is NSNumber || value is Int || value is Double ? [] : ["\(path): expected a number"]
        }
        if types.contains("boolean") { return value is Bool ? [] : ["\(path): expected a boolean"] }
        return []
    }
}

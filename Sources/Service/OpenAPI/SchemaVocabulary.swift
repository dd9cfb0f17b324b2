/// The building blocks of `OpenAPISchemas`, unqualified, for each file of schemas: one conformance
/// instead of a block of forwarding members in every file.
protocol SchemaVocabulary {}

extension SchemaVocabulary {
    // Spelled in full: each conforming enum names its own `Schema` the same.
    static var string: OpenAPISchemas.Schema { OpenAPISchemas.string }
    static var integer: OpenAPISchemas.Schema { OpenAPISchemas.integer }
    static var number: OpenAPISchemas.Schema { OpenAPISchemas.number }
    static var boolean: OpenAPISchemas.Schema { OpenAPISchemas.boolean }
    static var date: OpenAPISchemas.Schema { OpenAPISchemas.date }
    static func ref(_ name: String) -> OpenAPISchemas.Schema { OpenAPISchemas.ref(name) }
    static func array(_ items: OpenAPISchemas.Schema) -> OpenAPISchemas.Schema { OpenAPISchemas.array(items) }
    static func nullable(_ schema: OpenAPISchemas.Schema) -> OpenAPISchemas.Schema { OpenAPISchemas.nullable(schema) }
    static func object(_ properties: [String: OpenAPISchemas.Schema], optional: Set<String> = []) -> OpenAPISchemas.Schema {
        OpenAPISchemas.object(properties, optional: optional)
    }
}

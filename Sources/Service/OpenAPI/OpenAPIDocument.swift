import Foundation
import Storage

/// The OpenAPI 3.1 document at `/openapi.json`, made from the very operations the router registered.
struct OpenAPIDocument {
    let operations: [APIOperation]

    func object() -> [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            paths[operation.path, default: [:]][operation.method.rawValue.lowercased()] = describe(operation)
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "AMHP Planner", "version": "0.1.0",
                     "description": "Rotas, availability, the TOIL ledger and workforce planning for an AMHP hub. "
                        + "Sign in with POST /api/session, then send the token as `Authorization: Bearer …` "
                        + "(or keep the session cookie). Each operation lists the roles that may call it in `x-roles`."],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": [
                "schemas": OpenAPISchemas.all,
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer"],
                    "cookie": ["type": "apiKey", "in": "cookie", "name": SessionTokenAuthenticator.cookieName],
                    "basic": ["type": "http", "scheme": "basic"],
                ],
            ],
            "security": [["bearer": []], ["cookie": []], ["basic": []]],
        ]
    }

    func json() -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object(), options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private func describe(_ operation: APIOperation) -> [String: Any] {
        var result: [String: Any] = [
            "operationId": operation.operationID,
            "tags": [operation.tag],
            "summary": operation.summary,
            "x-roles": operation.roles.map(\.rawValue),
        ]
        if operation.isPublic { result["security"] = [[String: Any]]() }
        if !operation.parameters.isEmpty {
            result["parameters"] = operation.parameters.map { parameter -> [String: Any] in
                var schema: [String: Any] = ["type": parameter.type]
                if let format = parameter.format { schema["format"] = format }
                return ["name": parameter.name, "in": parameter.place.rawValue, "required": parameter.required,
                        "description": parameter.description, "schema": schema]
            }
        }
        if let content = content(operation.request) {
            result["requestBody"] = ["required": true, "content": content]
        }
        var success: [String: Any] = ["description": operation.status.reasonPhrase]
        if let content = content(operation.response) { success["content"] = content }
        var responses: [String: Any] = ["\(operation.status.code)": success]
        if let other = operation.otherStatus {
            var also = success
            also["description"] = other.description
            responses["\(other.status.code)"] = also
        }
        let error: [String: Any] = ["application/json": ["schema": OpenAPISchemas.ref("Error")]]
        responses["400"] = ["description": "The request could not be read.", "content": error]
        if !operation.isPublic {
            responses["401"] = ["description": "Not signed in.", "content": error]
            responses["403"] = ["description": "The user's role may not do this.", "content": error]
        } else {
            responses["401"] = ["description": "Wrong user name or password.", "content": error]
        }
        if operation.path.contains("{") { responses["404"] = ["description": "Not found.", "content": error] }
        if operation.request != .none { responses["422"] = ["description": "The input has problems, each named.", "content": error] }
        if operation.isConditional {
            responses["304"] = ["description": "Not modified: the If-None-Match header names the current ETag (published versions only)."]
        }
        result["responses"] = responses
        return result
    }

    private func content(_ body: APIOperation.Body) -> [String: Any]? {
        switch body {
        case .none: nil
        case .json(let name): ["application/json": ["schema": OpenAPISchemas.ref(name)]]
        case .jsonArray(let name): ["application/json": ["schema": OpenAPISchemas.array(OpenAPISchemas.ref(name))]]
        case .text(let type): [type: ["schema": ["type": "string"]]]
        }
    }
}

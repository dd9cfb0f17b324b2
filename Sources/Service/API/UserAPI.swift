import Foundation
import Storage
import Vapor
import Workforce

/// The service's users: managers list and add them.
enum UserAPI {
    static let listUsers = APIOperation(
        method: .GET, path: "/api/users", operationID: "listUsers", tag: "Users",
        summary: "Every user and their role.", roles: [.manager], response: .jsonArray("User"))
    static let createUser = APIOperation(
        method: .POST, path: "/api/users", operationID: "createUser", tag: "Users",
        summary: "Add a user; role `amhp` needs the AMHP's id.", roles: [.manager],
        request: .json("NewUser"), response: .json("User"), status: .created)

    static let setUserEmail = APIOperation(
        method: .PUT, path: "/api/users/{username}/email", operationID: "setUserEmail", tag: "Users",
        summary: "Set or clear the address a user's changed shifts are mailed to.", roles: [.manager],
        parameters: [.path("username", "The user's name, as in GET /api/users.")], request: .json("UserEmail"), response: .json("User"))

    static func register(_ api: APIRouter) {
        api.add(listUsers, users)
        api.add(createUser, create)
        api.add(setUserEmail, setEmail)
    }

    @Sendable static func setEmail(_ request: Request, _ user: CurrentUser) async throws -> UserDTO {
        let username = try request.identifier("username")
        var reader = FieldReader()
        let email = reader.email(try request.content.decode(UserEmailDTO.self).email)
        try reader.check()
        let stores = request.stores
        try await stores.users.changeEmail(username: username, to: email, by: user.username, at: Date())
        guard let account = try await stores.users.users().first(where: { $0.username == username }) else {
            throw Abort(.notFound, reason: "No user is called \(username); see GET /api/users.")
        }
        return UserDTO(account)
    }

    @Sendable static func users(_ request: Request, _ user: CurrentUser) async throws -> [UserDTO] {
        try await request.stores.users.users().map(UserDTO.init)
    }

    @Sendable static func create(_ request: Request, _ user: CurrentUser) async throws -> Created<UserDTO> {
        let new = try request.content.decode(NewUserDTO.self)
        let stores = request.stores
        let role = try NewUserCheck.role(new)
        if let amhpID = new.amhpID { try NewUserCheck.amhp(amhpID, in: try await stores.hub.require()) }
        let account = try await stores.users.create(username: new.username, displayName: new.displayName, password: new.password,
                                                    role: role, amhpID: new.amhpID, by: user.username, at: Date())
        return Created(UserDTO(account))
    }
}

/// What the service checks of a new user before Storage checks the rest.
enum NewUserCheck {
    static func role(_ new: NewUserDTO) throws -> UserRole {
        try role(new.role)
    }

    static func role(_ text: String) throws -> UserRole {
        guard let role = UserRole(rawValue: text) else {
            throw InputFailure("The role is not one the service knows.",
                               problems: [Problem(field: "role", message: "use one of: manager, lead, hr, amhp.")])
        }
        return role
    }

    static func amhp(_ amhpID: String, in hub: Hub) throws {
        guard hub.amhp(amhpID) != nil else {
            throw InputFailure("No AMHP has that id.", problems: [Problem(field: "amhp_id", message: "\(amhpID) is not in the hub's amhps.csv.")])
        }
    }
}

/// A value sent with 201 Created.
struct Created<Value: Content>: AsyncResponseEncodable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    func encodeResponse(for request: Request) async throws -> Response {
        let response = try await value.encodeResponse(for: request)
        response.status = .created
        return response
    }
}

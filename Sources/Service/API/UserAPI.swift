import Storage
import Vapor

/// The service's users: managers list and add them.
enum UserAPI {
    static func register(_ api: APIRouter) {
        api.add(APIOperation(
            method: .GET, path: "/api/users", operationID: "listUsers", tag: "Users",
            summary: "Every user and their role.", roles: [.manager], response: .jsonArray("User"))) { request, _ in
            try await UserRepository(database: request.db).users().map(UserDTO.init)
        }
        api.add(APIOperation(
            method: .POST, path: "/api/users", operationID: "createUser", tag: "Users",
            summary: "Add a user; role `amhp` needs the AMHP's id.", roles: [.manager],
            request: .json("NewUser"), response: .json("User"), status: .created)) { request, user in
            let new = try request.content.decode(NewUserDTO.self)
            guard let role = UserRole(rawValue: new.role) else {
                throw InputFailure("The role is not one the service knows.",
                                   problems: [Problem(field: "role", message: "use one of: manager, lead, hr, amhp.")])
            }
            if let amhpID = new.amhpID {
                let hub = try await HubRepository(database: request.db).require()
                guard hub.amhp(amhpID) != nil else {
                    throw InputFailure("No AMHP has that id.", problems: [Problem(field: "amhp_id", message: "\(amhpID) is not in the hub's amhps.csv.")])
                }
            }
            let account = try await UserRepository(database: request.db, passwordCost: request.application.plannerConfiguration.passwordCost)
                .create(username: new.username, displayName: new.displayName, password: new.password, role: role,
                        amhpID: new.amhpID, by: user.username)
            return Created(UserDTO(account))
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

import Storage
import Vapor
import Workforce

/// A user as the API shows one.
struct UserDTO: Content {
    let username: String
    let displayName: String
    let role: String
    let amhpID: String?
    /// Where changes to the user's shifts are mailed; nil for none.
    let email: String?
    /// Whether the user may sign in (a manager can disable them).
    let enabled: Bool

    init(_ account: UserAccount) {
        (username, displayName, role, amhpID) = (account.username, account.displayName, account.role.rawValue, account.amhpID)
        email = account.email
        enabled = account.isEnabled
    }
}

/// A user's e-mail address, set by a manager; null or "" for none.
struct UserEmailDTO: Content {
    let email: String?
}

/// A new user, as a manager creates one.
struct NewUserDTO: Content {
    let username: String
    let displayName: String
    let password: String
    let role: String
    let amhpID: String?
}

/// Sign-in credentials.
struct SignInDTO: Content {
    let username: String
    let password: String
}

/// A started session: the token for `Authorization: Bearer`, and who it is.
struct SessionDTO: Content {
    let token: String
    let user: UserDTO
    let expiresAt: Date
}

/// An AMHP of the hub, with what they owe the rota.
struct AMHPDTO: Content {
    let id: String
    let name: String
    let employer: String
    let profession: String
    let grade: String
    /// Local-authority FTE (1.0 = 37 hours a week); nil for NHS AMHPs.
    let fte: Double?
    /// Shifts an NHS AMHP agreed to offer each month; nil for local-authority AMHPs.
    let shiftsPerMonth: Double?
    let approvedFrom: String?
    let approvedTo: String?
    let trainee: Bool
    let canCoordinateDays: Bool
    let canCoordinateNights: Bool
    let nightWorking: String

    init(_ amhp: AMHP) {
        id = amhp.id
        name = amhp.name
        employer = amhp.employment.employerName
        profession = amhp.profession.rawValue
        grade = amhp.grade
        switch amhp.employment {
        case .localAuthority(let fte): (self.fte, shiftsPerMonth) = (fte, nil)
        case .nhs(_, let shifts): (fte, shiftsPerMonth) = (nil, shifts)
        }
        approvedFrom = amhp.approval.map { "\($0.first)" }
        approvedTo = amhp.approval.map { "\($0.last)" }
        trainee = amhp.isTrainee
        canCoordinateDays = amhp.canCoordinateDays
        canCoordinateNights = amhp.canCoordinateNights
        nightWorking = amhp.nightWorking.rawValue
    }
}

/// A shift type of the hub.
struct ShiftTypeDTO: Content {
    let code: String
    let name: String
    let start: String
    let end: String
    let hours: Double
    let night: Bool
    /// `rota` (counts towards cover) or `duty` (weekday duty: hours the rota does not need, never cover).
    let kind: String

    init(_ shift: ShiftType) {
        (code, name, start, end, hours, night) = (shift.code, shift.name, "\(shift.start)", "\(shift.end)", shift.hours, shift.isNight)
        kind = shift.kind.rawValue
    }
}

import Workforce

/// One AMHP's contribution to the rota in the planning month, in rota FTE.
public struct WorkforceFTE: Hashable, Sendable {
    public let amhpID: String
    public let name: String
    public let employer: String
    public let profession: Profession
    /// Their contract or NHS agreement in rota FTE.
    public let rotaFTE: Double
    /// The share of the month their warrant is in force and not suspended.
    public let approvedShare: Double

    /// What they give the rota in the month: rota FTE × the approved share.
    public var effectiveFTE: Double { rotaFTE * approvedShare }

    /// Every AMHP on the hub (trainees do not count towards cover, so are left out).
    public static func of(_ hub: Hub, month: Month, basis: RotaFTEBasis) -> [WorkforceFTE] {
        hub.amhps.filter(\.countsTowardsCover).map { amhp in
            let approvedDays = month.dates.filter(amhp.isApproved).count
            return WorkforceFTE(amhpID: amhp.id, name: amhp.name, employer: amhp.employment.employerName, profession: amhp.profession,
                                rotaFTE: basis.rotaFTE(amhp.employment), approvedShare: Double(approvedDays) / Double(month.dayCount))
        }
    }
}

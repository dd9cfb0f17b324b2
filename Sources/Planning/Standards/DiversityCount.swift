/// One group of one category a service chooses to record about its AMHP workforce, as a count
/// (Service Standard 3.4: the workforce should reflect the diversity of its community). Never a
/// person: the file holds aggregate counts only, and a count from 1 to 4 is shown as "fewer than 5"
/// so that no small group can be told apart.
public struct DiversityCount: Hashable, Sendable {
    public let category: String
    public let group: String
    public let amhps: Int
    /// The group's share of the area's residents, in percent, where the service knows it.
    public let communityPercent: Double?
    /// The service's own target share of its AMHPs, in percent, if it sets one.
    public let targetPercent: Double?

    public init(category: String, group: String, amhps: Int, communityPercent: Double? = nil, targetPercent: Double? = nil) {
        (self.category, self.group, self.amhps, self.communityPercent, self.targetPercent) = (category, group, amhps, communityPercent, targetPercent)
    }

    /// Counts below this (and above 0) are not shown.
    public static let smallestShown = 5

    /// Whether the count is small enough that showing it could point at a person.
    public var isSuppressed: Bool { amhps > 0 && amhps < Self.smallestShown }
}

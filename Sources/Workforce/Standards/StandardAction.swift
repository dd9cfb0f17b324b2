/// One step of a standard's "Plan": what will be done, over which term, by whom, by when.
public struct StandardAction: Codable, Hashable, Sendable {
    public let text: String
    public let term: StandardActionTerm
    public let owner: String
    /// Nil when the action has no date yet.
    public let due: LocalDate?

    public init(text: String, term: StandardActionTerm, owner: String, due: LocalDate?) {
        (self.text, self.term, self.owner, self.due) = (text, term, owner, due)
    }

    private enum CodingKeys: String, CodingKey {
        case text, term, owner, due
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        term = try container.decode(StandardActionTerm.self, forKey: .term)
        owner = try container.decode(String.self, forKey: .owner)
        let due = try container.decodeIfPresent(String.self, forKey: .due)
        guard due == nil || due.flatMap(LocalDate.init) != nil else {
            throw DecodingError.dataCorruptedError(forKey: .due, in: container, debugDescription: "not a date as YYYY-MM-DD")
        }
        self.due = due.flatMap(LocalDate.init)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(term, forKey: .term)
        try container.encode(owner, forKey: .owner)
        try container.encodeIfPresent(due?.description, forKey: .due)
    }
}

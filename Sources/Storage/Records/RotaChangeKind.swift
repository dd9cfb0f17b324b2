/// Why a published version of a month's rota was made: the one list of kinds, stored in
/// `rotas.change_kind` and shown beside each version.
public enum RotaChangeKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A draft published: the month's first version, or one that replaced the rota wholesale.
    case publish
    /// Sickness or leave recorded after publication took an AMHP off their shifts.
    case absence
    /// Someone was put on a shift left short.
    case cover
    /// Two AMHPs exchanged shifts.
    case swap
    /// The month was re-planned from a date.
    case replan
    /// A manager changed cells of the published rota by hand.
    case edit
}

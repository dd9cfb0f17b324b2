/// What a shift is for: cover on the rota, or daytime duty that uses hours the rota does not need.
public enum ShiftKind: String, CaseIterable, Sendable, Codable {
    /// A rota shift: counts towards cover, has a minimum, a target and a maximum (`cover.csv`).
    case rota
    /// Weekday duty (follow-ups, reports, supervision, training, office cover): counts towards an
    /// LA AMHP's contracted hours, never towards cover, within its own cap per day (`cover.csv`'s maximum).
    case duty
}

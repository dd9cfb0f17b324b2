/// The solve a month gets when no one says otherwise, named once: `amhp rota`, the solver's own
/// options, `amhp serve` and the service's solve jobs all start from these.
public enum RotaRunDefaults {
    /// Wall-clock seconds a rota solve may take.
    public static let timeLimit: Double = 60
    /// The heuristics' seed; the same seed gives the same rota.
    public static let seed: UInt64 = 1
}

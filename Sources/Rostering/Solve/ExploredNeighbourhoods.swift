/// The neighbourhoods tried since the rota last changed, and whether each was proved to hold nothing
/// better. GLPK re-solving one of them around the same rota would only repeat itself, and nor can a
/// neighbourhood inside a proved one do better (the 40-AMHP May, seed 4, at 30 s spent 3 s of its 14 s
/// of search on "everyone, days 4-7" twice).
struct ExploredNeighbourhoods {
    private var proved: [Neighbourhood: Bool] = [:]

    /// Whether re-solving `neighbourhood` around the current rota can find nothing new.
    func contains(_ neighbourhood: Neighbourhood) -> Bool {
        proved[neighbourhood] != nil || proved.contains { $0.value && $0.key.covers(neighbourhood) }
    }

    /// Records a try that left the rota as it was; `proved` when its sub-model was solved to optimality.
    mutating func record(_ neighbourhood: Neighbourhood, proved wasProved: Bool) {
        proved[neighbourhood] = proved[neighbourhood] == true || wasProved
    }

    /// The rota changed: every neighbourhood is worth trying again.
    mutating func forget() { proved.removeAll() }
}

extension Hub {
    /// The shift types that make up the rota: every one but duty.
    public var rotaShiftTypes: [ShiftType] { shiftTypes.filter { !$0.isDuty } }

    /// The mean length of the rota's shift types, in hours: what an NHS AMHP's agreed shift is
    /// worth, since NHS AMHPs work only rota shifts (duty is for LA AMHPs). 0 with no rota shifts.
    public var meanRotaShiftHours: Double {
        let rota = rotaShiftTypes
        return rota.isEmpty ? 0 : rota.map(\.hours).reduce(0, +) / Double(rota.count)
    }
}

import Workforce

/// What a solve must keep and what it starts from, besides the hub: the manager's pins and, in a
/// re-plan, the rota given (its days before `from` fixed, its later days the baseline a change is
/// counted against). Empty for a plain solve.
public struct CellFixing: Sendable {
    /// A cell the solve may not change.
    public enum Fixed: Hashable, Sendable {
        case off
        case shift(Int)
    }

    public let pins: [Pin]
    public let baseline: RotaBaseline?
    /// `fixed[a][d]`: the cell's fixed value, nil where the solver chooses.
    let fixed: [[Fixed?]]
    /// `baselineShift[a][d]`: the baseline's shift index for an open day (nil: off, or a code the hub
    /// no longer has); empty without a baseline.
    let baselineShift: [[Int?]]
    /// The first open day (0 without a baseline, `dayCount` when none is open).
    let firstOpenDay: Int

    init() {
        pins = []
        baseline = nil
        fixed = []
        baselineShift = []
        firstOpenDay = 0
    }

    /// The fixed past comes first; a pin on a day before `from` is not applied (`PinCheck` refuses it).
    init(pins: [Pin], baseline: RotaBaseline?, amhps: [AMHP], shifts: [ShiftType], month: Month) {
        self.pins = pins
        self.baseline = baseline
        let dates = month.dates
        let amhpIndex = Dictionary(amhps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let shiftIndex = Dictionary(shifts.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let firstOpen = baseline.map { baseline in dates.firstIndex { baseline.isOpen($0) } ?? dates.count } ?? 0
        firstOpenDay = firstOpen
        var fixed = Array(repeating: [Fixed?](repeating: nil, count: dates.count), count: amhps.count)
        let past = baseline?.pastPins(amhpIDs: amhps.map(\.id)) ?? []
        for pin in past + pins {
            guard let a = amhpIndex[pin.amhpID], month.range.contains(pin.date) else { continue }
            let d = month.firstDay.days(to: pin.date)
            guard fixed[a][d] == nil else { continue }
            if let code = pin.shiftCode {
                guard let s = shiftIndex[code] else { continue }
                fixed[a][d] = .shift(s)
            } else {
                fixed[a][d] = .off
            }
        }
        self.fixed = fixed
        baselineShift = baseline.map { baseline in
            amhps.map { amhp in dates.map { date in baseline.shiftCode(of: amhp.id, on: date).flatMap { shiftIndex[$0] } } }
        } ?? []
    }
}

extension RotaInstance {
    /// The month with pins kept and, in a re-plan, the days before `baseline.from` fixed to the
    /// baseline and each later cell that differs from it priced by `changed_cell`.
    public init(hub: Hub, month: Month, pins: [Pin], baseline: RotaBaseline? = nil) {
        self.init(hub: hub, month: month)
        fixing = CellFixing(pins: pins, baseline: baseline, amhps: amhps, shifts: shifts, month: month)
    }

    /// The cell's fixed value (a pin, or the re-plan's past), nil where the solver chooses.
    public func fixedCell(_ a: Int, day d: Int) -> CellFixing.Fixed? {
        fixing.fixed.isEmpty ? nil : fixing.fixed[a][d]
    }

    /// Whether shift `s` on day `d` is open to AMHP `a` as far as pins and the fixed past go.
    func fixingAllows(_ a: Int, day d: Int, shift s: Int) -> Bool {
        switch fixedCell(a, day: d) {
        case nil: true
        case .off: false
        case .shift(let pinned): pinned == s
        }
    }

    /// The baseline of a re-plan, if this is one.
    public var baseline: RotaBaseline? { fixing.baseline }

    /// The baseline's shift for AMHP `a` on day `d`: nil without a baseline or before `from`;
    /// `.some(nil)` where the baseline has them off or on a shift the hub no longer has.
    func baselineCell(_ a: Int, day d: Int) -> Int?? {
        guard !fixing.baselineShift.isEmpty, d >= fixing.firstOpenDay else { return nil }
        return .some(fixing.baselineShift[a][d])
    }

    /// Whether the baseline has AMHP `a` on a shift on day `d` (a code the hub no longer has included).
    func baselineWorks(_ a: Int, day d: Int) -> Bool {
        baseline?.shiftCode(of: amhps[a].id, on: dates[d]) != nil
    }
}

import Testing
@testable import LinearProgramming

/// Mixed-integer rounding (`LinearModel+Rounding.swift`): a cut that keeps every point with whole
/// integer variables and cuts off the relaxation's fractions.
@Suite struct MixedIntegerRoundingTests {
    /// Parker owes 53.28 hours in 8-hour shifts over 10 days: 8 × shifts − over ≤ 53.28.
    static func parker() -> (LinearModel, shifts: [Variable], over: Variable, row: LinearExpression) {
        var model = LinearModel()
        let shifts = (1...10).map { model.addVariable(name: "x\($0)", kind: .binary) }
        let over = model.addVariable(name: "over")
        var row = LinearExpression()
        for shift in shifts { row.add(shift, 8) }
        row.add(over, -1)
        return (model, shifts, over, row)
    }

    @Test func sixShiftsUnlessOverTheContract() throws {
        // Divided by 8: shifts − over / 8 ≤ 6.66, so shifts − over / (8 × 0.34) ≤ 6: a seventh shift
        // needs 2.72 hours over, which is what 56 hours against 53.28 are.
        let (model, shifts, over, row) = Self.parker()
        let cut = try #require(model.mixedIntegerRounding(of: row, atMost: 53.28, divisor: 8))
        let normalized = cut.expression.normalized()
        #expect(cut.bound == 6)
        for shift in shifts { #expect(normalized.coefficients[normalized.variables.firstIndex(of: shift) ?? -1] == 1) }
        let overCoefficient = try #require(normalized.variables.firstIndex(of: over).map { normalized.coefficients[$0] })
        #expect(abs(overCoefficient + 1 / (8 * 0.34)) < 1e-9)
        // The relaxation's 6.66 shifts and no hours over break it; seven shifts and 2.72 over keep it.
        var fractional = Array(repeating: 0.666, count: 11)
        fractional[over.index] = 0
        #expect(normalized.value(fractional) > cut.bound + 0.5)
        var seven = Array(repeating: 0.0, count: 11)
        for shift in shifts.prefix(7) { seven[shift.index] = 1 }
        seven[over.index] = 2.72
        #expect(normalized.value(seven) <= cut.bound + 1e-9)
    }

    @Test func aCutHeldBackIsAddedOnceBroken() throws {
        // Parker's shifts are worth 1 each, hours over cost 0.2 an hour. Without the cut the
        // relaxation works 6.66 shifts (−6.66); with it, 7 shifts and 2.72 hours over (−6.456), the
        // best rota. Held back until broken, it is added and gives the same bound.
        var (model, shifts, over, row) = Self.parker()
        model.addConstraint(row, atMost: 53.28, name: "contract")
        for shift in shifts { model.objective.add(shift, -1) }
        model.objective.add(over, 0.2)
        let loose = try #require(try GLPKSolver().solveRelaxation(model).bound)
        #expect(abs(loose + 6.66) < 1e-6)
        let cut = try #require(model.mixedIntegerRounding(of: row, atMost: 53.28, divisor: 8))
        model.addCut(cut.expression, atMost: cut.bound, name: "contractMIR")
        #expect(model.constraints.last?.isCut == true)
        let whole = try #require(try GLPKSolver().solveRelaxation(model).bound)
        let held = try GLPKSolver().solveRelaxation(model, presolve: true, cutsWhenBroken: true)
        #expect(abs(whole + 6.456) < 1e-6)
        #expect(abs((held.bound ?? 0) + 6.456) < 1e-6)
        let values = try #require(held.values)
        #expect(model.largestViolation(of: values) == nil)
    }

    @Test func noCutWhereTheBoundIsWhole() {
        // Zero case: 48 hours are exactly six shifts, so rounding cuts nothing.
        let (model, _, _, row) = Self.parker()
        #expect(model.mixedIntegerRounding(of: row, atMost: 48, divisor: 8) == nil)
        #expect(model.mixedIntegerRounding(of: row, atMost: 53.28, divisor: 0) == nil)
    }

    @Test func noCutFromAFreeVariable() {
        var model = LinearModel()
        let x = model.addVariable(name: "x", kind: .binary)
        let free = model.addVariable(name: "free", lowerBound: -.infinity)
        #expect(model.mixedIntegerRounding(of: LinearExpression(x, 2) + free, atMost: 1.5, divisor: 2) == nil)
    }

    /// Property: no point with whole integer variables is cut off. Random rows over three integer
    /// variables (0 to 3), a continuous one with a negative coefficient, one with a positive coefficient
    /// and an upper bound (complemented) and one without (left out), each divided by a random divisor;
    /// every whole point is tried with the continuous values at the row's extremes.
    @Test(arguments: 1...40)
    func noWholePointIsCutOff(seed: Int) throws {
        var random = SeededTestRandom(UInt64(seed))
        var model = LinearModel()
        let integers = (0..<3).map { model.addVariable(name: "y\($0)", kind: .integer, upperBound: 3) }
        let negative = model.addVariable(name: "zn")
        let capped = model.addVariable(name: "zc", upperBound: random.next(in: 0.5...4.0))
        let loose = model.addVariable(name: "zp")
        let alphas = integers.map { _ in random.next(in: -6.0...9.0) }
        let gammaNegative = -random.next(in: 0.2...3.0), gammaCapped = random.next(in: 0.2...3.0)
        var row = LinearExpression()
        for (variable, alpha) in zip(integers, alphas) { row.add(variable, alpha) }
        row.add(negative, gammaNegative)
        row.add(capped, gammaCapped)
        row.add(loose, random.next(in: 0.2...3.0))
        let bound = random.next(in: -5.0...20.0), divisor = random.next(in: 0.5...9.0)
        guard let cut = model.mixedIntegerRounding(of: row, atMost: bound, divisor: divisor) else { return }
        let cap = model.definition(of: capped).upperBound
        for point in 0..<64 {
            let ys: [Double] = [point % 4, point / 4 % 4, point / 16].map(Double.init)
            var integerPart = 0.0
            for (y, alpha) in zip(ys, alphas) { integerPart += y * alpha }
            for step in 0...8 {
                let zc = cap * Double(step) / 8
                // The least zn the row allows (the cut is loosest as zn grows), the loose one at 0.
                let needed: Double = integerPart + gammaCapped * zc - bound
                let zn = max(0, needed / -gammaNegative)
                var values: [Double] = ys + [zn, zc, 0]
                #expect(cut.expression.value(values) <= cut.bound + 1e-7, "seed \(seed), y \(ys), zc \(zc)")
                values[negative.index] = zn + 1
                #expect(cut.expression.value(values) <= cut.bound + 1e-7, "seed \(seed), y \(ys), zc \(zc), more zn")
            }
        }
    }
}

extension SeededTestRandom {
    /// A value in `range`, in a million steps.
    mutating func next(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + Double(next(in: 0...1_000_000)) / 1_000_000 * (range.upperBound - range.lowerBound)
    }
}

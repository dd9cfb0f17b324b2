import Testing
@testable import Rostering

/// `ExploredNeighbourhoods` and `Neighbourhood.covers`: the search does not re-solve a neighbourhood
/// around the same rota, nor one inside a neighbourhood proved to hold nothing better.
@Suite struct ExploredNeighbourhoodsTests {
    /// AMHPs 0-3 (Amy, Ben, Cal, Dee) on days 3-9, on every shift.
    let week = Neighbourhood(kind: .people, people: [0, 1, 2, 3], firstDay: 2, lastDay: 8, shifts: nil)
    /// Ben and Cal's nights (shift 2) on days 4-5: inside the week.
    let nights = Neighbourhood(kind: .shift, people: [1, 2], firstDay: 3, lastDay: 4, shifts: [2])
    /// Everyone on days 4-5: reaches past Amy to Dee.
    let everyone = Neighbourhood(kind: .days, people: nil, firstDay: 3, lastDay: 4, shifts: nil)

    @Test func aNeighbourhoodCoversWhatItFrees() {
        #expect(week.covers(nights))
        #expect(week.covers(week))
        #expect(!nights.covers(week))
        #expect(!week.covers(everyone), "everyone is more than four AMHPs")
        #expect(everyone.covers(Neighbourhood(kind: .people, people: [7], firstDay: 3, lastDay: 3, shifts: [0])))
        #expect(!week.covers(Neighbourhood(kind: .days, people: [1], firstDay: 8, lastDay: 9, shifts: nil)),
                "day 10 is past the week")
        #expect(!nights.covers(Neighbourhood(kind: .shift, people: [1], firstDay: 3, lastDay: 4, shifts: nil)),
                "all shifts are more than nights")
    }

    @Test func nothingIsExploredAtFirst() {
        let explored = ExploredNeighbourhoods()
        #expect(!explored.contains(week) && !explored.contains(nights) && !explored.contains(everyone))
    }

    @Test func aTryCutShortRulesOutOnlyItself() {
        var explored = ExploredNeighbourhoods()
        explored.record(week, proved: false)
        #expect(explored.contains(week))
        #expect(!explored.contains(nights), "the week's sub-model was not solved to the end")
    }

    @Test func aProvedTryRulesOutWhatItCovers() {
        var explored = ExploredNeighbourhoods()
        explored.record(week, proved: false)
        explored.record(week, proved: true)
        #expect(explored.contains(nights))
        #expect(!explored.contains(everyone))
        // Cut short later, it stays proved.
        explored.record(week, proved: false)
        #expect(explored.contains(nights))
    }

    @Test func aChangedRotaForgetsEverything() {
        var explored = ExploredNeighbourhoods()
        explored.record(week, proved: true)
        explored.record(everyone, proved: false)
        explored.forget()
        #expect(!explored.contains(week) && !explored.contains(nights) && !explored.contains(everyone))
    }
}

import Testing
import Workforce
@testable import RotaCheck

@Suite("Trainees")
struct TraineesTests {
    let beth = Fixture.amhp("A02", "Beth Brown", isPracticeEducator: true)
    let cara = Fixture.amhp("A03", "Cara Cole", educatorID: "A02")

    @Test("trainee.educator: a trainee works only on the same shift, same date, as their practice educator")
    func withoutEducator() {
        // 3 Dec: both on D, fine. 4 Dec: Cara on L, Beth on D. 5 Dec: Cara alone.
        let rota = Fixture.rota([("A02", 3, "D"), ("A03", 3, "D"), ("A02", 4, "D"), ("A03", 4, "L"), ("A03", 5, "D")])
        let breaches = Fixture.check(Fixture.hub([Fixture.amy, beth, cara]), rota).violations(of: .traineeWithEducator)

        #expect(breaches.map(\.date) == [Fixture.date(4), Fixture.date(5)])
        #expect(breaches.allSatisfy { $0.amhpID == "A03" })
        #expect(breaches[0].message
            == "Trainee Cara Cole (A03) is rostered on the Late (L, 13:00-21:00) on Fri 2026-12-04 without their practice educator Beth Brown (A02) on the same shift.")
    }

    @Test("trainee.educator: shifts shared with the educator are fine, and the educator may work alone")
    func withEducator() {
        let rota = Fixture.rota([("A02", 3, "N"), ("A03", 3, "N"), ("A02", 7, "D")])
        #expect(Fixture.check(Fixture.hub([beth, cara]), rota).violations(of: .traineeWithEducator).isEmpty)
    }
}

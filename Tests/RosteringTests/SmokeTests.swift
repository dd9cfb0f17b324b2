import Testing
import Workforce
import LinearProgramming
@testable import Rostering

@Test func smokeSolveGeneratedHub() throws {
    let hub = HubGenerator(amhpCount: 40, firstMonth: Month("2026-12")!, seed: 7).generate()
    let instance = RotaInstance(hub: hub, month: Month("2026-12")!)
    var options = RotaSolveOptions()
    options.timeLimit = 30
    let solution = try RotaSolver(options: options).solve(instance)
    print("size", solution.modelSize, "start", solution.startObjective ?? -1, "obj", solution.objective, "bound", solution.bound ?? -1, solution.status, solution.rawStatus, solution.seconds)
    print(solution.penalties.filter { $0.value > 0 })
}

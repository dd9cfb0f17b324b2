import ArgumentParser
import Foundation
import Workforce

/// The files `amhp rota` and `amhp replan` read besides the hub (pins.csv, the rota to re-plan):
/// each read through its Workforce parser, every problem printed by file, line and field, and the
/// command ended with the input-error status.
enum RotaInputFiles {
    static func pins(at path: String, hub: Hub, month: Month, from: LocalDate?) throws -> [Pin] {
        try reporting { try PinsFile.read(url: URL(fileURLWithPath: path), hub: hub, month: month, from: from) }
    }

    static func rota(at path: String, hub: Hub, month: Month) throws -> Rota {
        try reporting { try RotaFile.read(url: URL(fileURLWithPath: path), hub: hub, month: month) }
    }

    private static func reporting<Value>(_ read: () throws -> Value) throws -> Value {
        do {
            return try read()
        } catch let errors as InputErrors {
            FileHandle.standardError.write(Data("\(errors.description)\n".utf8))
            throw ExitCode(.inputError)
        }
    }
}

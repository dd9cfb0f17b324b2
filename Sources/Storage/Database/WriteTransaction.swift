import FluentKit

/// Several repository writes as one transaction (publishing a rota and the TOIL it plans back):
/// repositories given the transaction's database join it, so either all their writes happen or none.
///
///     try await WriteTransaction.run(on: db) { transaction in
///         try await RotaRepository(database: transaction).publish(id: id, by: "sam")
///         try await TOILLedgerRepository(database: transaction).append(hubAMHPIDs: ids) { … }
///     }
public enum WriteTransaction {
    public static func run<T: Sendable>(on database: any Database,
                                        _ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await StorageTransaction.write(on: database, body)
    }
}

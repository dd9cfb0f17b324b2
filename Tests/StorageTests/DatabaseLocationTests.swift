import Storage
import Testing

/// Where the database is: the option, then AMHP_DATABASE, then DATABASE_URL, then amhp.sqlite.
@Suite struct DatabaseLocationTests {
    @Test func theOptionComesFirstThenTheEnvironment() throws {
        let environment = ["AMHP_DATABASE": "/var/amhp/hub.sqlite", "DATABASE_URL": "postgres://amhp@db/amhp"]
        #expect(try DatabaseLocation.resolve(option: "mine.sqlite", environment: environment) == .sqlite(path: "mine.sqlite"))
        #expect(try DatabaseLocation.resolve(option: nil, environment: environment) == .sqlite(path: "/var/amhp/hub.sqlite"))
        #expect(try DatabaseLocation.resolve(option: nil, environment: ["DATABASE_URL": "postgres://amhp@db/amhp"])
            == .postgres(url: "postgres://amhp@db/amhp"))
        #expect(try DatabaseLocation.resolve(option: nil, environment: [:]) == .sqlite(path: "amhp.sqlite"))
        #expect(try DatabaseLocation.resolve(option: "postgresql://amhp@db/amhp", environment: [:]) == .postgres(url: "postgresql://amhp@db/amhp"))
    }

    @Test func otherURLsAreRefusedWithAFix() {
        #expect(throws: StorageError.unsupportedDatabaseURL(source: "DATABASE_URL", value: "mysql://db/amhp")) {
            try DatabaseLocation.resolve(option: nil, environment: ["DATABASE_URL": "mysql://db/amhp"])
        }
        #expect(throws: StorageError.unsupportedDatabaseURL(source: "DATABASE_URL", value: "amhp.sqlite")) {
            try DatabaseLocation.resolve(option: nil, environment: ["DATABASE_URL": "amhp.sqlite"])
        }
        #expect(throws: StorageError.self) { try DatabaseLocation.resolve(option: " ", environment: [:]) }
        let error = StorageError.unsupportedDatabaseURL(source: "--database", value: "mysql://x")
        #expect(error.description.contains("Fix: give a file path for SQLite"))
    }

    @Test func aPasswordIsNeverShown() {
        let location = DatabaseLocation.postgres(url: "postgres://amhp:secret@db:5432/amhp", schema: "test")
        #expect(location.description == "postgres://amhp:***@db:5432/amhp (schema test)")
        #expect(DatabaseLocation.sqlite(path: "amhp.sqlite").description == "amhp.sqlite")
    }
}

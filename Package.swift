// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "AMHPPlanner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "amhp", targets: ["amhp"]),
        .executable(name: "amhp-bench", targets: ["amhp-bench"]),
        .executable(name: "amhp-rota", targets: ["amhp-rota"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.0"),
        .package(url: "https://github.com/vapor/leaf", from: "4.5.0"),
        .package(url: "https://github.com/vapor/leaf-kit", from: "1.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.1.0"),
    ],
    targets: [
        // GLPK, the C library, seen through a module map; only LinearProgramming imports it.
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        // glibc's posix_spawn extensions, for the service's child processes.
        .systemLibrary(name: "CSpawn"),
        .target(name: "LinearProgramming", dependencies: ["CGLPK"]),
        // The domain, and the small helpers every layer shares (Support/: seeded random numbers, HTML
        // escaping, numbers as the outputs show them).
        .target(
            name: "Workforce",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The independent rota checker: it sees the domain, never the model builder.
        .target(name: "RotaCheck", dependencies: ["Workforce"]),
        // Synthetic hubs of any size, from a seed, for `amhp bench hub` and the tests; the domain only.
        .target(name: "HubGeneration", dependencies: ["Workforce"]),
        // The rota model: the instance, the model builder (one file per rule family) and the solve
        // strategy (greedy start, GLPK on the whole model, neighbourhood search).
        .target(
            name: "Rostering",
            dependencies: ["Workforce", "LinearProgramming", "RotaCheck"]
        ),
        // What a rota gives people: rota.csv, coverage.csv, summary.csv, rota.xlsx (ZIPFoundation packs
        // the SpreadsheetML we write), the printable rota.html, the
        // solve report, and why each short shift is short. Above Rostering only for the solve report,
        // which reads a RotaSolution; the files, the page and the explanations need the domain and the checker.
        .target(
            name: "RotaReports",
            dependencies: [
                "Workforce", "RotaCheck", "Rostering", "LinearProgramming",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The Curtois nurse-rostering benchmark (`amhp bench curtois`): its own model, column generation
        // and solver; it shares only the seeded generator with the rota planner.
        .target(name: "Curtois", dependencies: ["LinearProgramming", "Workforce"]),
        // Sufficiency (demand to cover to FTE, rota-based what-if) and succession planning.
        .target(
            name: "Planning",
            dependencies: [
                "Workforce", "LinearProgramming", "Rostering", "RotaCheck", "RotaReports",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/service-standards.yaml")]
        ),
        // Durable storage: the hub, the TOIL ledger, users, the audit log, rotas and solve jobs (Fluent;
        // SQLite by default, PostgreSQL when DATABASE_URL names one).
        .target(
            name: "Storage",
            dependencies: [
                "Workforce",
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ],
            resources: [.copy("Resources/common-passwords.txt")]
        ),
        // The web service: JSON API, OpenAPI document, pages, sign-in and roles, and solve jobs run
        // in a child process (`amhp rota`), so a failing GLPK solve never takes the server down.
        .target(
            name: "Service",
            dependencies: [
                "CSpawn", "Planning", "RotaCheck", "RotaReports", "Storage", "Workforce",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Leaf", package: "leaf"),
                .product(name: "LeafKit", package: "leaf-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Views"), .copy("Public")]
        ),
        // `amhp bench`'s commands, apart so the solver-only `amhp-bench` builds without Vapor.
        .target(
            name: "BenchCommands",
            dependencies: [
                "Curtois", "HubGeneration", "LinearProgramming", "Rostering", "RotaCheck", "RotaReports", "Workforce",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `amhp rota` and `amhp check` (and the child-process watch solve jobs use), apart so the
        // planner alone builds without Vapor.
        .target(
            name: "RotaCommands",
            dependencies: [
                "BenchCommands", "LinearProgramming", "Rostering", "RotaCheck", "RotaReports", "Workforce",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The planner alone (`rota`, `check`, `bench`), for Scripts/run: a newcomer's first rota after a
        // few minutes' build, without the service's libraries.
        .executableTarget(
            name: "amhp-rota",
            dependencies: ["BenchCommands", "RotaCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // `amhp bench` alone, for Scripts/bench: a release build of it takes minutes, not a quarter hour.
        .executableTarget(
            name: "amhp-bench",
            dependencies: ["BenchCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "amhp",
            dependencies: [
                "BenchCommands", "Planning", "Rostering", "RotaCheck", "RotaCommands", "RotaReports", "Service", "Storage",
                "Workforce",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming"]),
        .testTarget(name: "WorkforceTests", dependencies: ["Workforce"]),
        .testTarget(name: "RotaCheckTests", dependencies: ["RotaCheck", "Workforce"]),
        .testTarget(
            name: "RosteringTests",
            dependencies: [
                "Rostering", "RotaCheck", "RotaReports", "HubGeneration", "Workforce", "LinearProgramming",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(name: "CurtoisTests", dependencies: ["Curtois", "Workforce", "LinearProgramming"]),
        .testTarget(name: "HubGenerationTests", dependencies: ["HubGeneration", "Workforce"]),
        .testTarget(
            name: "PlanningTests",
            dependencies: ["Planning", "Rostering", "RotaCheck", "HubGeneration", "Workforce", "LinearProgramming"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Workforce"]),
        // Finding and running the built programs, for the tests that run them as a person would.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "amhpTests", dependencies: ["amhp", "amhp-rota", "HubGeneration", "Storage", "Workforce", "TestSupport"]),
        .testTarget(
            name: "ServiceTests",
            dependencies: [
                "Service", "Storage", "Workforce", "RotaCheck", "RotaCommands", "TestSupport",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

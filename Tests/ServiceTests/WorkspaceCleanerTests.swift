import Foundation
@testable import Service
import Storage
import Testing
import Workforce

/// Folders a crash left in the jobs' workspace go; a running job's folder stays.
@Suite struct WorkspaceCleanerTests {
    @Test func removesFinishedAndUnknownJobFoldersAndKeepsRunningOnes() async throws {
        try await ServiceHarness.with { service in
            let jobs = SolveJobRepository(database: service.app.db)
            let month = try #require(Month("2026-12"))
            let running = try await jobs.enqueue(month: month, by: "sam")
            _ = try await jobs.claimNext()
            let failed = try await jobs.enqueue(month: month, by: "sam")
            _ = try await jobs.fail(id: failed.id, error: "crashed")
            let workspace = service.folder.appendingPathComponent("cleaner")
            let names = [running.id.uuidString, failed.id.uuidString, UUID().uuidString, "planning-old", "planning-new", "notes"]
            for name in names {
                try FileManager.default.createDirectory(at: workspace.appendingPathComponent(name), withIntermediateDirectories: true)
            }
            let old = Date().addingTimeInterval(-3 * 24 * 3600)
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: workspace.appendingPathComponent("planning-old").path)
            let removed = try await WorkspaceCleaner(workspace: workspace, jobs: jobs).clean()
            #expect(Set(removed.map(\.lastPathComponent)) == [failed.id.uuidString, names[2], "planning-old"])
            let left = try FileManager.default.contentsOfDirectory(atPath: workspace.path)
            #expect(Set(left) == [running.id.uuidString, "planning-new", "notes"])
            // The zero case: an empty or missing workspace removes nothing.
            #expect(try await WorkspaceCleaner(workspace: workspace.appendingPathComponent("none"), jobs: jobs).clean().isEmpty)
        }
    }
}

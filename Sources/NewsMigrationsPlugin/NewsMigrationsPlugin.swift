import Foundation
import PackagePlugin

/// Compiles Migrations/*.sql into the target as Swift source (`Migration.bundled`).
///
/// The folder and each file in it are inputs: editing a file re-runs the generator, and so does adding or
/// removing one (the folder changes).
@main
struct NewsMigrationsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let migrations = context.package.directoryURL.appending(path: "Migrations")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledMigrations.swift")
        let files = (try? FileManager.default.contentsOfDirectory(at: migrations, includingPropertiesForKeys: nil)) ?? []
        return [
            .buildCommand(
                displayName: "Bundling Migrations/*.sql",
                executable: try context.tool(named: "NewsMigrationsGenerator").url,
                arguments: [migrations.path(), output.path()],
                inputFiles: [migrations] + files,
                outputFiles: [output]
            )
        ]
    }
}

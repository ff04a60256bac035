using System.Reflection;
using DbUp;
using DbUp.Engine;
using DbUp.Engine.Output;
using Npgsql;

namespace HelpDesk.Migrations;

/// <summary>
/// Applies the forward-only SQL scripts embedded from db-migrations/scripts, one transaction per script,
/// journaled in migrations.schema_versions. Used by the host at start-up, by ./helpdesk migrate and by the tests.
/// </summary>
public static class Migrator
{
    private const string JournalSchema = "migrations";
    private const string JournalTable = "schema_versions";

    public static void Migrate(string connectionString, Action<string>? log = null)
    {
        EnsureDatabase.For.PostgresqlDatabase(connectionString, new SilentLog());
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {JournalSchema}", connection);
            command.ExecuteNonQuery();
        }

        var result = Build(connectionString, log).PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Migration {result.ErrorScript?.Name ?? "(unknown)"} failed: {result.Error.Message}", result.Error);
        }
    }

    /// <summary>Scripts embedded in this build that the database has not applied yet.</summary>
    public static IReadOnlyList<string> PendingScripts(string connectionString) =>
        Build(connectionString, null).GetScriptsToExecute().Select(s => s.Name).ToList();

    private static UpgradeEngine Build(string connectionString, Action<string>? log) =>
        DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.EndsWith(".sql", StringComparison.Ordinal))
            .JournalToPostgresqlTable(JournalSchema, JournalTable)
            .WithTransactionPerScript()
            .LogTo(log is null ? new SilentLog() : new ActionLog(log))
            .Build();

    private sealed class SilentLog : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }
        public void LogDebug(string format, params object[] args) { }
        public void LogInformation(string format, params object[] args) { }
        public void LogWarning(string format, params object[] args) { }
        public void LogError(string format, params object[] args) { }
        public void LogError(Exception ex, string format, params object[] args) { }
    }

    private sealed class ActionLog(Action<string> write) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) { }
        public void LogDebug(string format, params object[] args) { }
        public void LogInformation(string format, params object[] args) => write(string.Format(format, args));
        public void LogWarning(string format, params object[] args) => write("warning: " + string.Format(format, args));
        public void LogError(string format, params object[] args) => write("error: " + string.Format(format, args));
        public void LogError(Exception ex, string format, params object[] args) => write("error: " + string.Format(format, args) + " " + ex.Message);
    }
}

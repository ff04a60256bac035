using HelpDesk.Migrations;
using Npgsql;
using Testcontainers.PostgreSql;

namespace HelpDesk.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL for the whole test run: a Testcontainers container when a Docker engine answers, otherwise a
/// throwaway cluster from the machine's PostgreSQL binaries. Migrated once by the app's own migrator.
/// </summary>
public static class TestDatabase
{
    private static LocalPostgresCluster? cluster;
    private static PostgreSqlContainer? container;

    public static string ConnectionString { get; private set; } = "";

    /// <summary>Connection string of another, empty database on the same server (for start-up tests).</summary>
    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;

    public static async Task StartAsync()
    {
        ConnectionString = await TryDockerAsync() ?? StartLocalCluster();
        Migrator.Migrate(ConnectionString);
    }

    public static async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        cluster?.Delete();
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    private static string StartLocalCluster()
    {
        cluster = new LocalPostgresCluster(Path.Combine(Path.GetTempPath(), $"helpdesk-test-pg-{Environment.ProcessId}"));
        cluster.Start(durable: false);
        return cluster.ConnectionString();
    }

    private static async Task<string?> TryDockerAsync()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(dockerHost) && !File.Exists("/var/run/docker.sock"))
        {
            return null;
        }

        try
        {
            container = new PostgreSqlBuilder("postgres:15").WithDatabase("helpdesk").Build();
            await container.StartAsync();
            return container.GetConnectionString();
        }
#pragma warning disable CA1031 // Any failure to reach Docker means: use the local binaries instead.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await TestContext.Progress.WriteLineAsync($"Docker not usable ({e.Message}); using a local PostgreSQL cluster.");
            container = null;
            return null;
        }
    }

    /// <summary>Empties every module table (the migrations journal and Hangfire's schema stay).</summary>
    public static async Task ResetAsync()
    {
        const string tablesSql = """
            SELECT string_agg(format('%I.%I', schemaname, tablename), ', ')
            FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'migrations', 'hangfire')
            """;
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var list = new NpgsqlCommand(tablesSql, connection);
        if (await list.ExecuteScalarAsync() is string tables)
        {
            await using var truncate = new NpgsqlCommand($"TRUNCATE {tables} RESTART IDENTITY CASCADE", connection);
            await truncate.ExecuteNonQueryAsync();
        }
    }
}

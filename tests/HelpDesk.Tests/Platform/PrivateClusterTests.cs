using HelpDesk.Migrations;
using Npgsql;

namespace HelpDesk.Tests.Platform;

/// <summary>The private PostgreSQL that <c>./helpdesk run</c> starts: durable by default, and it recovers from a crashed run.</summary>
public sealed class PrivateClusterTests
{
    private LocalPostgresCluster cluster = null!;

    [SetUp]
    public void NewFolder() => cluster = new LocalPostgresCluster(Path.Combine(Path.GetTempPath(), $"helpdesk-cluster-test-{Guid.NewGuid():N}"));

    [TearDown]
    public void DeleteFolder() => cluster.Delete();

    [Test]
    public async Task DefaultStart_KeepsPostgresDurability()
    {
        cluster.Start();

        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        foreach (var setting in new[] { "fsync", "synchronous_commit", "full_page_writes" })
        {
            await using var show = new NpgsqlCommand($"SHOW {setting}", connection);
            Assert.That(await show.ExecuteScalarAsync(), Is.EqualTo("on"), setting);
        }
    }

    [Test]
    public async Task Start_AfterACrashThatLeftTheServerRunning_StartsAgain()
    {
        cluster.Start();
        var leftBehind = cluster.Port;

        var again = new LocalPostgresCluster(cluster.DataDirectory);
        again.Start();

        await using var connection = new NpgsqlConnection(again.ConnectionString("postgres"));
        await connection.OpenAsync();
        Assert.That(again.Port, Is.Not.EqualTo(leftBehind));
        Assert.That(connection.State, Is.EqualTo(System.Data.ConnectionState.Open));
    }
}

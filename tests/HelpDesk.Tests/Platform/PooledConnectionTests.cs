using System.Data;
using HelpDesk.Shared.Data;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Platform;

/// <summary>
/// Issue 15: with No Reset On Close nothing checks a pooled connection between two requests, so a connection given back
/// with part of a result unread answers the next request with someone else's DataRow. The request's connection (Db)
/// keeps statements whole inside transactions, and gives a connection back after an interrupted statement only once it
/// has proved in step.
/// </summary>
public sealed class PooledConnectionTests
{
    [Test]
    public async Task Db_WhenAnInterruptedStatementLeftRowsUnread_DoesNotGiveTheConnectionToTheNextRequest()
    {
        await using var relay = PostgresRelay.To(TestDatabase.ConnectionString);
        await using var dataSource = OnePooledConnection(relay);

        await using (var aborted = new Db(dataSource))
        {
            await InterruptedReadAsync(aborted);
            await relay.LeaveRowsUnreadAsync();
        }

        await using var next = new Db(dataSource);
        Assert.That(await next.QueryAsync<int>("SELECT 7", null, CancellationToken.None), Is.EqualTo(new[] { 7 }),
            "the next request gets a connection that answers its own query");
    }

    [Test]
    public async Task Db_WhenAnInterruptedStatementLeftTheConnectionInStep_GivesItBackToThePool()
    {
        await using var relay = PostgresRelay.To(TestDatabase.ConnectionString);
        await using var dataSource = OnePooledConnection(relay);

        int backend;
        await using (var aborted = new Db(dataSource))
        {
            backend = (await aborted.ConnectionAsync(CancellationToken.None)).ProcessID;
            await InterruptedReadAsync(aborted);
        }

        await using var next = new Db(dataSource);
        Assert.That((await next.ConnectionAsync(CancellationToken.None)).ProcessID, Is.EqualTo(backend), "the same pooled connection");
        Assert.That(await next.QueryAsync<int>("SELECT 7", null, CancellationToken.None), Is.EqualTo(new[] { 7 }));
    }

    [Test]
    public async Task Db_InsideATransaction_RunsAStatementToItsEndAndStopsTheCommandAtTheNextOne()
    {
        await using var dataSource = NpgsqlDataSource.Create(TestDatabase.ConnectionString);
        await using var db = new Db(dataSource);
        await db.BeginTransactionAsync(IsolationLevel.ReadCommitted, CancellationToken.None);
        using var aborted = new CancellationTokenSource();

        // The client gives up while the statement runs: no cancel request races it; it finishes.
        aborted.CancelAfter(TimeSpan.FromMilliseconds(100));
        Assert.That(await db.QuerySingleAsync<string>("SELECT 'done' FROM pg_sleep(0.5)", null, aborted.Token), Is.EqualTo("done"));

        Assert.That(async () => await db.ExecuteAsync("SELECT 1", null, aborted.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(db.ConnectionBroken, Is.False);
    }

    /// <summary>A read the client gives up on while the server is still working: Npgsql cancels it on the server.</summary>
    private static async Task InterruptedReadAsync(Db db)
    {
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.That(async () => await db.QueryAsync<int>("SELECT 1 FROM pg_sleep(5)", null, aborted.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(db.ConnectionBroken, Is.False, "Npgsql kept the connection (the server cancelled the query)");
    }

    /// <summary>The app's settings (No Reset On Close, auto-prepare) through the relay, with one connection so the next request gets the same one.</summary>
    private static NpgsqlDataSource OnePooledConnection(PostgresRelay relay) =>
        new NpgsqlDataSourceBuilder(ConnectionSettings.ForApp(new NpgsqlConnectionStringBuilder(relay.ConnectionString(TestDatabase.ConnectionString)) { MaxPoolSize = 1 }.ConnectionString)).Build();
}

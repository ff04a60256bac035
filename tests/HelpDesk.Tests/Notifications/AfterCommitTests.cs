using System.Data;
using System.Net.Http.Json;
using HelpDesk.Notifications.Sending;
using HelpDesk.Shared.Data;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Tests.Notifications;

/// <summary>Work registered with IDb.AfterCommit runs only once the transaction has committed, and the outbox is woken that way.</summary>
public sealed class AfterCommitTests : IntegrationTest
{
    [Test]
    public async Task AfterCommit_RunsWhenTheTransactionCommits_AndIsDroppedOnRollback()
    {
        await using var dataSource = NpgsqlDataSource.Create(TestDatabase.ConnectionString);
        var ran = new List<string>();

        await using (var db = new Db(dataSource))
        {
            var transaction = await db.BeginTransactionAsync(IsolationLevel.ReadCommitted, CancellationToken.None);
            db.AfterCommit(() => ran.Add("committed"));
            Assert.That(ran, Is.Empty, "not while the transaction is open");
            await transaction.CommitAsync();
            db.ForgetTransaction(committed: true);
        }

        await using (var db = new Db(dataSource))
        {
            var transaction = await db.BeginTransactionAsync(IsolationLevel.ReadCommitted, CancellationToken.None);
            db.AfterCommit(() => ran.Add("rolled back"));
            await transaction.RollbackAsync();
            db.ForgetTransaction(committed: false);
            db.AfterCommit(() => ran.Add("no transaction"));
        }

        Assert.That(ran, Is.EqualTo(new[] { "committed", "no transaction" }));
    }

    [Test]
    public async Task QueuedEmail_WakesTheDispatcher_OnlyOnceItsRowIsCommitted()
    {
        var kick = new KickThatLooksAtTheOutbox();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IOutboxKick>(kick)));
        using var anonymous = app.CreateClient();

        var submitted = await anonymous.PostAsJsonAsync("/api/public/tickets", PublicWebFormTests.WebRequest());
        Assert.That(submitted.IsSuccessStatusCode, Is.True, await submitted.Content.ReadAsStringAsync());

        Assert.That(kick.UnsentSeenAtEachKick, Is.Not.Empty, "the receipt email woke the dispatcher");
        Assert.That(kick.UnsentSeenAtEachKick, Has.All.GreaterThan(0L), "the email was visible to the dispatcher when it was woken");
    }

    /// <summary>Counts, at each wake-up, the unsent emails another connection (the dispatcher's) can see.</summary>
    private sealed class KickThatLooksAtTheOutbox : IOutboxKick
    {
        public List<long> UnsentSeenAtEachKick { get; } = [];

        public void Kick()
        {
            using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
            connection.Open();
            using var count = new NpgsqlCommand("SELECT count(*) FROM notifications.outbox_emails WHERE sent_at IS NULL", connection);
            UnsentSeenAtEachKick.Add((long)count.ExecuteScalar()!);
        }
    }
}

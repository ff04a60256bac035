using System.Reflection;
using Hangfire;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Npgsql;

namespace HelpDesk.Tests.Notifications;

/// <summary>The email outbox when the database connection is cut mid-batch, and the jobs' locks after a killed process.</summary>
public sealed class OutboxFaultTests : IntegrationTest
{
    [Test]
    public async Task ConnectionCutMidBatch_RepeatsAtMostTheEmailInFlight()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        for (var i = 0; i < 5; i++)
        {
            await TicketApi.CreateAsync(agent);
        }

        var port = TestSmtpServer.FreePort();
        await using var app = new HelpDeskFactory(TicketIntakeTests.SmtpSettings(port));
        await using var smtp = new TestSmtpServer(port);
        // While the second email is being accepted, the dispatcher's database connection dies (as when PostgreSQL restarts).
        smtp.AfterReceived = count => count == 2 ? TerminateOpenTransactionsAsync() : Task.CompletedTask;
        smtp.Start();

        Assert.That(async () => await Outbox.DispatchAsync(app), Throws.InstanceOf<NpgsqlException>(), "the cut reaches the dispatcher");
        smtp.AfterReceived = null;
        while (await Outbox.DispatchAsync(app) > 0)
        {
        }

        var perEmail = smtp.Received.GroupBy(m => m.MessageId).Select(g => g.Count()).ToList();
        using var all = Assert.EnterMultipleScope();
        Assert.That(perEmail, Has.Count.EqualTo(5), "every email went out");
        Assert.That(perEmail.Sum() - perEmail.Count, Is.LessThanOrEqualTo(1), "only the email in flight may go twice");
        Assert.That((await Outbox.AllAsync()).All(e => e.SentAt is not null), Is.True, "every email recorded as sent");
    }

    [Test]
    public void Jobs_HoldNoHangfireLock_SoAKilledProcessCannotBlockThem()
    {
        var jobMethods = typeof(HelpDesk.Notifications.NotificationsModule).Assembly.GetTypes()
            .Concat(typeof(HelpDesk.Sla.SlaModule).Assembly.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => Carries<AutomaticRetryAttribute>(m))
            .ToList();

        Assert.That(jobMethods, Is.Not.Empty);
        Assert.That(jobMethods.Where(Carries<DisableConcurrentExecutionAttribute>).Select(m => m.Name), Is.Empty);
    }

    // Read from metadata: constructing Hangfire's attributes needs its logging, which the test app may have disposed.
    private static bool Carries<T>(MethodInfo method) => method.CustomAttributes.Any(a => a.AttributeType == typeof(T));

    private static async Task TerminateOpenTransactionsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()",
            connection);
        Assert.That(await terminate.ExecuteScalarAsync(), Is.EqualTo(1L), "the dispatcher's transaction");
    }
}

using System.Net;
using System.Security.Claims;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Security;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tickets.Attachments;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Tests.Tickets;

/// <summary>
/// An upload interrupted while its file is on the way to the database (the client gave up, the connection died) fails
/// with its real cause, stores nothing, and leaves the app working. Deterministic: the file stream itself interrupts
/// once the database write has read 1 MB of it.
/// </summary>
public sealed class UploadInterruptionTests : IntegrationTest
{
    private const int FileBytes = 4 * 1024 * 1024;

    [Test]
    public async Task UploadAttachment_WhenCancelledWhileTheFileIsSentToTheDatabase_FailsAsCancelledAndStoresNothing()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        using var cancel = new CancellationTokenSource();

        var failure = await UploadInterruptedAsync(number, (_, _) => cancel.Cancel(), cancel.Token);

        Assert.That(failure, Is.InstanceOf<OperationCanceledException>(), failure?.ToString());
        await AssertNothingStoredAndTheAppGoesOnAsync(agent, number);
    }

    [Test]
    public async Task UploadAttachment_WhenTheConnectionDiesWhileTheFileIsSent_FailsWithTheConnectionErrorNotTheRollback()
    {
        // Npgsql disposes the transaction of a connection it breaks. Rolling that transaction back threw
        // ObjectDisposedException (NpgsqlTransaction) over the real cause: a 500 where a lost database is a 503, and a
        // logged 500 where an aborted request is a quiet 499 (a write cut by the request's token breaks the connection too).
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();

        var failure = await UploadInterruptedAsync(number, (pid, _) => Terminate(pid), CancellationToken.None);

        Assert.That(failure, Is.InstanceOf<NpgsqlException>(), failure?.ToString());
        await AssertNothingStoredAndTheAppGoesOnAsync(agent, number);
    }

    /// <summary>Sends the upload as the app would, as an agent; <paramref name="interrupt"/> runs (with the backend's pid) 1 MB into the database write.</summary>
    private static async Task<Exception?> UploadInterruptedAsync(string number, Action<int, CancellationToken> interrupt, CancellationToken ct)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new(SessionClaims.UserId, Guid.NewGuid().ToString()), new(SessionClaims.Role, "agent")], "test")),
        };
        var pid = (await scope.ServiceProvider.GetRequiredService<IDb>().ConnectionAsync(ct)).ProcessID;
        var content = AttachmentAbortTests.Pdf(FileBytes, 7);
        await using var file = new InterruptingStream(content, FileBytes + (1024 * 1024), () => interrupt(pid, ct));
        try
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new UploadAttachment.Command(number, "soporte.pdf", file, false), ct);
            return null;
        }
        catch (Exception e) when (e is OperationCanceledException or NpgsqlException or ObjectDisposedException)
        {
            Assert.That(file.Interrupted, Is.True, "interrupted during the database write");
            return e;
        }
    }

    private static void Terminate(int pid)
    {
        using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        connection.Open();
        using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid, 5000)", connection);
        terminate.Parameters.AddWithValue("pid", pid);
        terminate.ExecuteNonQuery();
    }

    private static async Task AssertNothingStoredAndTheAppGoesOnAsync(HttpClient agent, string number)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM tickets.attachments) + (SELECT count(*) FROM tickets.attachment_contents)", connection);
        Assert.That(await count.ExecuteScalarAsync(), Is.Zero, "nothing stored");
        Assert.That((await agent.GetAsync($"/api/tickets/{number}/attachments")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the app goes on");
    }

    /// <summary>A seekable file that runs an action once this many bytes have been read from it, over all passes.</summary>
    private sealed class InterruptingStream(byte[] content, long atBytes, Action interrupt) : MemoryStream(content, writable: false)
    {
        private long readSoFar;

        public bool Interrupted { get; private set; }

        // MemoryStream's ReadAsync and CopyToAsync (for a derived type) come down to these two.
        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        private int Counted(int read)
        {
            readSoFar += read;
            if (readSoFar >= atBytes && !Interrupted)
            {
                Interrupted = true;
                interrupt();
            }

            return read;
        }
    }
}

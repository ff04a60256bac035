using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Tests.Tickets;

/// <summary>
/// Issue 15: a pooled connection went back to the pool mid-result, and a later upload read someone else's DataRow.
/// Many clients upload, list and download at once over real sockets, and give up at every stage of a request; a small
/// pool makes every connector serve many requests. Afterwards every pooled connection must answer, nothing may be
/// half-written, and the server must have answered no 5xx and logged no error.
/// </summary>
public sealed class ConnectionSyncStressTests : IntegrationTest
{
    private const int PoolSize = 8;
    private const int Clients = 12;
    private static readonly TimeSpan StormTime = TimeSpan.FromSeconds(10);

    private enum Abort
    {
        None,
        WhileSending,
        MidBody,
        AfterBody,
        MidResponse,
    }

    [Test]
    public async Task Attachments_WhenClientsAbortAtEveryStage_EveryPooledConnectionStaysInSync()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { MaxPoolSize = PoolSize }.ConnectionString;
        await using var app = KestrelApp.Start(new Dictionary<string, string?> { ["ConnectionStrings:HelpDesk"] = connectionString });
        var key = await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read");
        using var setup = app.CreateClient(key);
        var numbers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var number = (await TicketApi.CreateAsync(setup)).Number();
            using var first = await UploadAsync(setup, number, AttachmentAbortTests.Pdf(256 * 1024, i));
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
            numbers.Add(number);
        }

        var failures = new ConcurrentQueue<string>();
        var outcomes = new ConcurrentDictionary<string, int>();
        var stop = DateTime.UtcNow + StormTime;
        var workers = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = app.CreateClient(key);
            var random = new Random(1000 + c);
            while (DateTime.UtcNow < stop)
            {
                var number = numbers[random.Next(numbers.Count)];
                var kind = random.Next(4);
                var abort = random.Next(3) == 0 ? Abort.None : (kind, (Abort)random.Next(1, 5)) switch
                {
                    (0, Abort.MidResponse) => Abort.AfterBody, // an upload's answer is a few bytes
                    (2, Abort.MidBody or Abort.AfterBody) => Abort.MidResponse, // a download sends no body
                    var (_, other) => other,
                };
                using var cancel = new CancellationTokenSource();
                if (abort == Abort.WhileSending)
                {
                    cancel.CancelAfter(random.Next(0, 30));
                }

                try
                {
                    var outcome = await OneRequestAsync(client, number, kind, abort, random, cancel);
                    outcomes.AddOrUpdate($"{kind}/{abort}/completed", 1, (_, n) => n + 1);
                    if (outcome is not null && !cancel.IsCancellationRequested)
                    {
                        failures.Enqueue(outcome);
                    }
                }
                catch (Exception e) when (cancel.IsCancellationRequested && e is OperationCanceledException or HttpRequestException or IOException)
                {
                    outcomes.AddOrUpdate($"{kind}/{abort}/aborted", 1, (_, n) => n + 1);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        await TestContext.Progress.WriteLineAsync(string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}={o.Value}")));
        await TestContext.Progress.WriteLineAsync($"{app.Errors.Aborts} requests seen aborted by the server");

        // Every pooled connection, each taken at once so none is skipped, answers a read of many rows, twice.
        var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
        for (var round = 0; round < 2; round++)
        {
            var connections = new List<NpgsqlConnection>();
            try
            {
                for (var i = 0; i < PoolSize; i++)
                {
                    connections.Add(await dataSource.OpenConnectionAsync());
                }

                foreach (var connection in connections)
                {
                    try
                    {
                        await using var read = new NpgsqlCommand("SELECT id, file_name FROM tickets.attachments ORDER BY created_at", connection);
                        await using var reader = await read.ExecuteReaderAsync();
                        while (await reader.ReadAsync())
                        {
                        }
                    }
                    catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
                    {
                        failures.Enqueue($"pooled connection {connection.ProcessID} out of sync: {e.Message}");
                    }
                }
            }
            finally
            {
                foreach (var connection in connections)
                {
                    await connection.DisposeAsync();
                }
            }
        }

        // And the API still answers every kind of request.
        foreach (var number in numbers)
        {
            using var upload = await UploadAsync(setup, number, AttachmentAbortTests.Pdf(128 * 1024, 99));
            using var list = await setup.GetAsync($"/api/tickets/{number}/attachments");
            if (upload.StatusCode != HttpStatusCode.Created || list.StatusCode != HttpStatusCode.OK)
            {
                failures.Enqueue($"after the storm: upload {(int)upload.StatusCode}, list {(int)list.StatusCode}: {await upload.Content.ReadAsStringAsync()}");
            }
        }

        Assert.That(app.Errors.Aborts, Is.GreaterThanOrEqualTo(10), "enough requests were really aborted on the server to mean something");
        Assert.That(failures, Is.Empty, "requests that were not aborted succeed, and every pooled connection answers");
        Assert.That(app.Errors.All, Is.Empty, "the server answered no 5xx and logged no error");
        Assert.That(await HalfWrittenUploadsAsync(), Is.Empty, "every stored attachment has all its bytes and its timeline event, and nothing else was stored");
    }

    /// <summary>One request of the given kind: 0 upload, 1 attachment list, 2 download, 3 ticket list. Null when it succeeded.</summary>
    private static async Task<string?> OneRequestAsync(HttpClient client, string number, int kind, Abort abort, Random random, CancellationTokenSource cancel)
    {
        var ct = cancel.Token;
        switch (kind)
        {
            case 0:
                var size = random.Next(16, 1536) * 1024;
                using (var upload = await UploadAsync(client, number, AttachmentAbortTests.Pdf(size, random.Next()), abort, random, cancel))
                {
                    return upload.StatusCode == HttpStatusCode.Created ? null : $"upload answered {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync(ct)}";
                }

            case 1:
                if (abort != Abort.None)
                {
                    cancel.CancelAfter(random.Next(0, 15));
                }

                using (var list = await client.GetAsync($"/api/tickets/{number}/attachments", ct))
                {
                    return list.StatusCode == HttpStatusCode.OK ? null : $"list answered {(int)list.StatusCode}: {await list.Content.ReadAsStringAsync(ct)}";
                }

            case 2:
                var attachments = await client.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/attachments", ct);
                var attachment = attachments![random.Next(attachments.Count)];
                var expected = attachment.GetProperty("sizeBytes").GetInt32();
                using (var download = await client.GetAsync($"/api/tickets/{number}/attachments/{attachment.Str("id")}", HttpCompletionOption.ResponseHeadersRead, ct))
                {
                    if (download.StatusCode != HttpStatusCode.OK)
                    {
                        return $"download answered {(int)download.StatusCode}";
                    }

                    await using var body = await download.Content.ReadAsStreamAsync(ct);
                    // Giving up mid-response: the server is in the middle of the row, blocked writing to this socket.
                    var stopAt = abort == Abort.MidResponse ? random.Next(0, expected) : int.MaxValue;
                    var buffer = new byte[16 * 1024];
                    var read = 0;
                    while (true)
                    {
                        if (read >= stopAt)
                        {
                            await Task.Delay(random.Next(0, 60), CancellationToken.None);
                            await cancel.CancelAsync();
                            ct.ThrowIfCancellationRequested();
                        }

                        var n = await body.ReadAsync(buffer, ct);
                        if (n == 0)
                        {
                            break;
                        }

                        read += n;
                    }

                    return read == expected ? null : $"download sent {read} of {expected} bytes";
                }

            default:
                if (abort != Abort.None)
                {
                    cancel.CancelAfter(random.Next(0, 15));
                }

                using (var tickets = await client.GetAsync("/api/tickets?limit=50", ct))
                {
                    return tickets.StatusCode == HttpStatusCode.OK ? null : $"ticket list answered {(int)tickets.StatusCode}: {await tickets.Content.ReadAsStringAsync(ct)}";
                }
        }
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, byte[] content)
    {
        using var never = new CancellationTokenSource();
        return await UploadAsync(client, number, content, Abort.None, new Random(0), never);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, byte[] content, Abort abort, Random random, CancellationTokenSource cancel)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(file, "file", "soporte.pdf");
        var cutAt = abort == Abort.MidBody ? random.Next(0, content.Length) : -1;
        var afterBody = abort == Abort.AfterBody ? random.Next(0, 40) : -1;
        using var body = new AbortingContent(form, cutAt, afterBody, cancel);
        return await client.PostAsync($"/api/tickets/{number}/attachments", body, cancel.Token);
    }

    /// <summary>Attachments whose bytes, size, hash or timeline event are missing or wrong, and contents without an attachment.</summary>
    private static async Task<List<string>> HalfWrittenUploadsAsync()
    {
        const string sql = """
            SELECT 'attachment ' || a.id || ' incomplete' FROM tickets.attachments a
            LEFT JOIN tickets.attachment_contents c ON c.attachment_id = a.id
            WHERE c.attachment_id IS NULL OR length(c.content) <> a.size_bytes OR sha256(c.content) <> a.sha256
               OR NOT EXISTS (SELECT FROM tickets.events e WHERE e.ticket_id = a.ticket_id AND e.type = 'attachment_added' AND e.data->>'attachmentId' = a.id::text)
            UNION ALL
            SELECT 'event for a missing attachment ' || (e.data->>'attachmentId') FROM tickets.events e
            WHERE e.type = 'attachment_added' AND NOT EXISTS (SELECT FROM tickets.attachments a WHERE a.id::text = e.data->>'attachmentId')
            """;
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var problems = new List<string>();
        while (await reader.ReadAsync())
        {
            problems.Add(reader.GetString(0));
        }

        return problems;
    }

    /// <summary>
    /// A request body that can cut itself off part-way (the client gives up while sending) or cancel the request a
    /// moment after it has been sent whole (the server is parsing it or writing it to the database).
    /// </summary>
    private sealed class AbortingContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly int cutAt;
        private readonly int cancelAfterSentMs;
        private readonly CancellationTokenSource cancel;

        public AbortingContent(HttpContent inner, int cutAt, int cancelAfterSentMs, CancellationTokenSource cancel)
        {
            this.inner = inner;
            this.cutAt = cutAt;
            this.cancelAfterSentMs = cancelAfterSentMs;
            this.cancel = cancel;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            if (cutAt >= 0)
            {
                var all = await inner.ReadAsByteArrayAsync();
                await stream.WriteAsync(all.AsMemory(0, Math.Min(cutAt, all.Length)));
                await stream.FlushAsync();
                await cancel.CancelAsync();
                cancel.Token.ThrowIfCancellationRequested();
            }

            await inner.CopyToAsync(stream);
            if (cancelAfterSentMs >= 0)
            {
                cancel.CancelAfter(cancelAfterSentMs);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Tickets;

/// <summary>
/// Clients that give up mid-request (a closed browser tab, a partner's timeout) must not leave a pooled connection in a
/// state that fails someone else's request.
/// </summary>
public sealed class AttachmentAbortTests : IntegrationTest
{
    private const int Clients = 10;
    private const int RequestsPerClient = 24;

    [Test]
    public async Task Attachments_WhenHalfTheClientsAbortMidRequest_EveryOtherRequestSucceedsAndTheServerLogsNoError()
    {
        await using var app = KestrelApp.Start();
        var key = await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read");
        using var setup = app.CreateClient(key);
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var number = (await TicketApi.CreateAsync(setup)).Number();
            using var first = await UploadAsync(setup, number, Pdf(1024 * 1024, i), CancellationToken.None);
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
            numbers.Add(number);
        }

        // Real sockets: cancelling a request closes its connection, so the server sees a genuine abort at that point.
        var failures = new ConcurrentQueue<string>();
        var aborted = 0;
        var workers = Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = app.CreateClient(key);
            var random = new Random(c);
            var aborter = c % 2 == 1;
            for (var r = 0; r < RequestsPerClient; r++)
            {
                var number = numbers[random.Next(numbers.Count)];
                using var cancel = new CancellationTokenSource();
                var abort = aborter && random.Next(2) == 0;
                var abortAt = random.Next(0, 60);
                if (abort && random.Next(2) == 0)
                {
                    cancel.CancelAfter(abortAt); // while the request is sent, or soon after
                }

                // Or, for an upload, once its body is sent: the server is parsing it or writing it to the database.
                Action? bodySent = abort ? () => cancel.CancelAfter(abortAt) : null;
                try
                {
                    var outcome = await OneRequestAsync(client, number, random, bodySent, cancel.Token);
                    if (outcome is not null)
                    {
                        failures.Enqueue(outcome);
                    }
                }
                catch (Exception e) when (cancel.IsCancellationRequested && e is OperationCanceledException or HttpRequestException or IOException)
                {
                    Interlocked.Increment(ref aborted);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);

        // Every pooled connection answers a plain read afterwards.
        for (var i = 0; i < 20; i++)
        {
            using var list = await setup.GetAsync($"/api/tickets/{numbers[i % numbers.Count]}/attachments");
            if (list.StatusCode != HttpStatusCode.OK)
            {
                failures.Enqueue($"list after the run answered {(int)list.StatusCode}: {await list.Content.ReadAsStringAsync()}");
            }
        }

        await TestContext.Progress.WriteLineAsync($"{aborted} requests aborted by their clients, {app.Errors.Aborts} seen aborted by the server");
        Assert.That(app.Errors.Aborts, Is.GreaterThanOrEqualTo(5), "enough requests were really aborted on the server to mean something");
        Assert.That(failures, Is.Empty, "requests that were not aborted succeed");
        Assert.That(app.Errors.All, Is.Empty, "the server answered no 5xx and logged no error");
    }

    /// <summary>An upload (1-5 MB), a list or a download; null when it succeeded, else what went wrong.</summary>
    private static async Task<string?> OneRequestAsync(HttpClient client, string number, Random random, Action? bodySent, CancellationToken ct)
    {
        switch (random.Next(3))
        {
            case 0:
                var size = random.Next(1, 6) * 1024 * 1024;
                using (var upload = await UploadAsync(client, number, Pdf(size, random.Next()), ct, bodySent))
                {
                    return upload.StatusCode == HttpStatusCode.Created ? null : $"upload answered {(int)upload.StatusCode}: {await upload.Content.ReadAsStringAsync(ct)}";
                }

            case 1:
                using (var list = await client.GetAsync($"/api/tickets/{number}/attachments", ct))
                {
                    return list.StatusCode == HttpStatusCode.OK ? null : $"list answered {(int)list.StatusCode}: {await list.Content.ReadAsStringAsync(ct)}";
                }

            default:
                var attachments = await client.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/attachments", ct);
                var attachment = attachments![random.Next(attachments.Count)];
                using (var download = await client.GetAsync($"/api/tickets/{number}/attachments/{attachment.Str("id")}", HttpCompletionOption.ResponseHeadersRead, ct))
                {
                    var bytes = await download.Content.ReadAsByteArrayAsync(ct);
                    return download.StatusCode == HttpStatusCode.OK && bytes.Length == attachment.GetProperty("sizeBytes").GetInt32()
                        ? null
                        : $"download answered {(int)download.StatusCode} with {bytes.Length} bytes";
                }
        }
    }

    internal static byte[] Pdf(int size, int seed)
    {
        var content = new byte[size];
        new Random(seed).NextBytes(content);
        "%PDF-1.7\n"u8.CopyTo(content);
        return content;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, byte[] content, CancellationToken ct, Action? bodySent = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        form.Add(file, "file", "soporte.pdf");
        using var body = new SignallingContent(form, bodySent ?? (() => { }));
        return await client.PostAsync($"/api/tickets/{number}/attachments", body, ct);
    }

    /// <summary>A request body that says when it has been written to the connection.</summary>
    private sealed class SignallingContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly Action sent;

        public SignallingContent(HttpContent inner, Action sent)
        {
            this.inner = inner;
            this.sent = sent;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await inner.CopyToAsync(stream);
            sent();
        }

        protected override bool TryComputeLength(out long length)
        {
            length = inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Tickets;

/// <summary>An upload's bytes flow from the request to PostgreSQL without being held in managed memory.</summary>
public sealed class AttachmentMemoryTests : IntegrationTest
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    [Test]
    public async Task UploadAttachment_When10Megabytes_AllocatesFarLessThanTheFile()
    {
        // A real Kestrel listener, so no test host buffers the request body on its way in. The measure is every byte the
        // whole process allocated during one upload (GC.GetTotalAllocatedBytes(precise: true)): client, Kestrel, form
        // reader (it spools files over 64 KB to a temp file), handler and Npgsql. Nothing else runs in this process
        // meanwhile (no jobs, the other app idle). Holding the file even once would take 10 MB; the old code held it twice.
        await using var app = KestrelApp.Start();
        using var partner = app.CreateClient(await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read"));
        var number = (await TicketApi.CreateAsync(partner)).Number();
        var file = new byte[TenMegabytes];
        Random.Shared.NextBytes(file);
        "%PDF-1.7\n"u8.CopyTo(file);

        // The first upload warms what is made once per process (JIT, pools, caches); the second one is measured.
        Assert.That((await UploadAsync(partner, number, file)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        using var form = Form(file);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var measured = await partner.PostAsync($"/api/tickets/{number}/attachments", form);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        await TestContext.Out.WriteLineAsync($"allocated {allocated / 1024} KB for a {TenMegabytes / 1024} KB upload");
        Assert.That(measured.StatusCode, Is.EqualTo(HttpStatusCode.Created), await measured.Content.ReadAsStringAsync());
        Assert.That(allocated, Is.LessThan(3 * 1024 * 1024), $"allocated {allocated / 1024} KB for a {TenMegabytes / 1024} KB upload");
        var attachment = await measured.Content.ReadFromJsonAsync<JsonElement>();
        var download = await partner.GetByteArrayAsync($"/api/tickets/{number}/attachments/{attachment.Str("id")}");
        Assert.That(download, Is.EqualTo(file), "the stored bytes are the uploaded ones");
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var sha = new NpgsqlCommand("SELECT sha256 FROM tickets.attachments WHERE id = @id", connection);
        sha.Parameters.AddWithValue("id", Guid.Parse(attachment.Str("id")));
        Assert.That(await sha.ExecuteScalarAsync(), Is.EqualTo(SHA256.HashData(file)), "the hash is the file's");
    }

    private static MultipartFormDataContent Form(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
        return new MultipartFormDataContent { { file, "file", "escaneo.pdf" } };
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, byte[] content)
    {
        using var form = Form(content);
        return await client.PostAsync($"/api/tickets/{number}/attachments", form);
    }
}

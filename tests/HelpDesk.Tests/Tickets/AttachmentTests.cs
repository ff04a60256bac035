using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Tickets;

public sealed class AttachmentTests : IntegrationTest
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n"u8];

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, string fileName, byte[] content, string contentType, bool? @internal = null)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        if (@internal is not null)
        {
            form.Add(new StringContent(@internal.Value ? "true" : "false"), "internal");
        }

        return await client.PostAsync($"/api/tickets/{number}/attachments", form);
    }

    [Test]
    public async Task UploadAttachment_ThenDownload_StreamsTheSameBytesWithTheOriginalName()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var upload = await UploadAsync(agent, number, "extracto marzo.pdf", Pdf, "application/pdf");
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.Content.ReadAsStringAsync());
        var attachment = await upload.Content.ReadFromJsonAsync<JsonElement>();

        var download = await agent.GetAsync($"/api/tickets/{number}/attachments/{attachment.Str("id")}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("extracto marzo.pdf"));
        Assert.That(await TicketApi.TimelineTypesAsync(agent, number), Does.Contain("attachment_added"));
    }

    [Test]
    public async Task DownloadAttachment_WhenThePoolHasOneConnection_StreamsOnTheRequestsOwnConnection()
    {
        // A download used to hold two pooled connections at once (the request's, which checked access, and another for
        // the bytes): with as many downloads as connections, each waited for a second one until the pool timed out.
        var connectionString = new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionString) { MaxPoolSize = 1, Timeout = 2 }.ConnectionString;
        await using var app = new HelpDeskFactory(new Dictionary<string, string?> { ["ConnectionStrings:HelpDesk"] = connectionString });
        using var partner = app.CreatePlainClient(await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read"));
        var number = (await TicketApi.CreateAsync(partner)).Number();
        var upload = await UploadAsync(partner, number, "soporte.pdf", Pdf, "application/pdf");
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Created), await upload.Content.ReadAsStringAsync());
        var attachment = await upload.Content.ReadFromJsonAsync<JsonElement>();

        var download = await partner.GetAsync($"/api/tickets/{number}/attachments/{attachment.Str("id")}");

        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK), await download.Content.ReadAsStringAsync());
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(Pdf));
    }

    [Test]
    public async Task UploadAttachment_WhenContentDoesNotMatchItsType_Returns415()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var disguised = await UploadAsync(agent, number, "factura.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03], "application/pdf");
        await Problem.AssertAsync(disguised, HttpStatusCode.UnsupportedMediaType);
        var executable = await UploadAsync(agent, number, "programa.exe", [0x4D, 0x5A, 0x90, 0x00, 0x03], "application/octet-stream");
        await Problem.AssertAsync(executable, HttpStatusCode.UnsupportedMediaType);
        Assert.That(await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/attachments"), Is.Empty);
    }

    [Test]
    public async Task UploadAttachment_WhenTextHasAControlByteFarIntoTheFile_Returns415()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var text = Enumerable.Repeat((byte)'a', 300 * 1024).ToArray();
        Assert.That((await UploadAsync(agent, number, "notas.txt", text, "text/plain")).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        text[^10] = 0x01; // the file is checked as it streams past, block by block: the last block counts too
        await Problem.AssertAsync(await UploadAsync(agent, number, "notas.txt", text, "text/plain"), HttpStatusCode.UnsupportedMediaType);
        Assert.That((await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/attachments"))!.Count, Is.EqualTo(1));
    }

    [Test]
    public async Task UploadAttachment_WhenOver10Megabytes_Returns413()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var big = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);
        await Problem.AssertAsync(await UploadAsync(agent, number, "grande.pdf", big, "application/pdf"), HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Attachments_AreOnlyForWhoMaySeeTheTicket_AndInternalOnesForStaff()
    {
        var key = await CreateApiKeyAsync("Banco Aliado", "tickets:write", "tickets:read");
        var otherKey = await CreateApiKeyAsync("Aseguradora", "tickets:write", "tickets:read");
        using var partner = App.CreatePlainClient(key);
        using var otherPartner = App.CreatePlainClient(otherKey);
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(partner)).Number();

        var shared = await (await UploadAsync(partner, number, "soporte.txt", "pago del 3 de marzo"u8.ToArray(), "text/plain")).Content.ReadFromJsonAsync<JsonElement>();
        var internalFile = await (await UploadAsync(agent, number, "analisis.txt", "solo para el equipo"u8.ToArray(), "text/plain", @internal: true)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That((await agent.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/attachments"))!.Count, Is.EqualTo(2));
        var partnerList = await partner.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/attachments");
        Assert.That(partnerList!.Select(a => a.Str("fileName")), Is.EqualTo(new[] { "soporte.txt" }));
        await Problem.AssertAsync(await partner.GetAsync($"/api/tickets/{number}/attachments/{internalFile.Str("id")}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await otherPartner.GetAsync($"/api/tickets/{number}/attachments/{shared.Str("id")}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await UploadAsync(partner, number, "x.txt", "x"u8.ToArray(), "text/plain", @internal: true), HttpStatusCode.Forbidden);
    }
}

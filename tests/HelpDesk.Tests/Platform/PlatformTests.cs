using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Platform;

public sealed class PlatformTests : IntegrationTest
{
    [Test]
    public async Task EveryResponse_CarriesSecurityHeaders()
    {
        using var client = App.CreatePlainClient();
        foreach (var path in new[] { "/health/live", "/api/directory/areas", "/openapi/v1.json" })
        {
            var response = await client.GetAsync(path);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"), path);
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"), path);
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("frame-ancestors 'none'"), path);
        }
    }

    [Test]
    public async Task ApiResponses_SayNoStore_IncludingErrors()
    {
        using var admin = await LoginAsAdminAsync();
        using var anonymous = App.CreatePlainClient();
        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["200"] = await admin.GetAsync("/api/auth/me"),
            ["401"] = await anonymous.GetAsync("/api/auth/me"),
            ["404 from a handler"] = await admin.PutAsJsonAsync($"/api/admin/users/{Guid.NewGuid()}", new { displayName = "X", roles = new[] { "agent" }, active = true }),
            ["422"] = await admin.PostAsJsonAsync("/api/admin/users", new { email = "nope" }),
        };
        foreach (var (what, response) in responses)
        {
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True, what);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"), what);
        }

        Assert.That(responses["404 from a handler"].StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await anonymous.GetAsync("/openapi/v1.json")).Headers.CacheControl?.NoStore ?? false, Is.False, "only /api/ answers");
    }

    [Test]
    public async Task Health_LiveAndReady_AreHealthyWithMigratedDatabase()
    {
        using var client = App.CreatePlainClient();
        Assert.That((await client.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var ready = await client.GetAsync("/health/ready");
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ready.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task OpenApi_IsVersion31_WithNamedOperations()
    {
        using var client = App.CreatePlainClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.That(document.GetProperty("openapi").GetString(), Does.StartWith("3.1"));
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString()))
            .ToList();
        Assert.That(operations, Does.Contain("Login").And.Contain("ListAreas").And.Contain("CreateApiKey"));
    }

    [Test]
    public async Task OpenApi_CommittedDocument_MatchesWhatTheApiServes()
    {
        using var client = App.CreatePlainClient();
        var served = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var committedPath = Path.Combine(RepositoryRoot(), "api", "HelpDesk.Api", "openapi.json");
        var committed = JsonDocument.Parse(await File.ReadAllTextAsync(committedPath)).RootElement;
        Assert.That(served.GetProperty("paths").GetRawText(), Is.EqualTo(committed.GetProperty("paths").GetRawText()),
            "api/HelpDesk.Api/openapi.json is stale: build the API and commit the file");
        Assert.That(served.GetProperty("components").GetRawText(), Is.EqualTo(committed.GetProperty("components").GetRawText()));
    }

    [Test]
    public async Task Swagger_ServesTheUi()
    {
        using var client = App.CreatePlainClient();
        var response = await client.GetAsync("/swagger/index.html");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("swagger-ui"));
    }

    [Test]
    public async Task HangfireDashboard_IsForAdminsOnly()
    {
        using var anonymous = App.CreatePlainClient();
        Assert.That((await anonymous.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        Assert.That((await agent.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        using var admin = await LoginAsAdminAsync();
        Assert.That((await admin.GetAsync("/hangfire")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task UnknownApiPath_Returns404Problem()
    {
        using var admin = await LoginAsAdminAsync();
        await Problem.AssertAsync(await admin.GetAsync("/api/does-not-exist"), HttpStatusCode.NotFound);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HelpDesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HelpDesk.sln not found above the test binaries.");
    }
}

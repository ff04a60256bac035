using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Directory;

public sealed class ApiKeysAndAuditTests : IntegrationTest
{
    private sealed record ApiKey(Guid Id, Guid PartnerId, string PartnerName, string[] Scopes, string KeyPrefix, DateTimeOffset? RevokedAt);

    [Test]
    public async Task CreateApiKey_ShowsKeyOnce_StoresOnlyItsHash()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/api-keys", new { partnerName = "Banco Aliado", scopes = new[] { "tickets:write", "tickets:read" } });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var key = created.GetProperty("key").GetString()!;
        Assert.That(key, Does.StartWith($"hdk_{created.GetProperty("keyPrefix").GetString()}_"));
        Assert.That(created.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "tickets:read", "tickets:write" }));

        var listed = await admin.GetStringAsync("/api/admin/api-keys");
        Assert.That(listed, Does.Not.Contain(key).And.Not.Contain("\"key\""));

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var dump = new NpgsqlCommand("SELECT row_to_json(k)::text FROM directory.api_keys k", connection);
        Assert.That((string)(await dump.ExecuteScalarAsync())!, Does.Not.Contain(key.Split('_')[2]));
    }

    [Test]
    public async Task CreateApiKey_WhenScopeUnknown_Returns422()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/api-keys", new { partnerName = "X", scopes = new[] { "everything" } });
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").TryGetProperty("scopes", out _), Is.True);
    }

    [Test]
    public async Task RevokeApiKey_MakesKeyUnusable_AndIsAudited()
    {
        var key = await CreateApiKeyAsync("Banco Aliado", "directory:read");
        using var partner = App.CreatePlainClient(key);
        Assert.That((await partner.GetAsync("/api/directory/areas")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var admin = await LoginAsAdminAsync();
        var keys = await admin.GetFromJsonAsync<List<ApiKey>>("/api/admin/api-keys");
        var revoke = await admin.PostAsync($"/api/admin/api-keys/{keys!.Single().Id}/revoke", null);
        Assert.That((await revoke.Content.ReadFromJsonAsync<ApiKey>())!.RevokedAt, Is.Not.Null);

        await Problem.AssertAsync(await partner.GetAsync("/api/directory/areas"), HttpStatusCode.Unauthorized);
        var log = await admin.GetFromJsonAsync<UsersTests.AuditPage>("/api/admin/audit-log");
        Assert.That(log!.Items.Select(e => e.EventType), Does.Contain("api_key_created").And.Contain("api_key_revoked"));
    }

    [Test]
    public async Task CreateApiKey_ForSamePartnerName_KeepsOnePartner()
    {
        using var admin = await LoginAsAdminAsync();
        var first = await (await admin.PostAsJsonAsync("/api/admin/api-keys", new { partnerName = "Banco Aliado", scopes = new[] { "tickets:read" } })).Content.ReadFromJsonAsync<ApiKey>();
        var second = await (await admin.PostAsJsonAsync("/api/admin/api-keys", new { partnerName = "banco aliado", scopes = new[] { "tickets:read" } })).Content.ReadFromJsonAsync<ApiKey>();
        Assert.That(second!.PartnerId, Is.EqualTo(first!.PartnerId));
        Assert.That(second.KeyPrefix, Is.Not.EqualTo(first.KeyPrefix));
    }

    [Test]
    public async Task AuditLog_CannotBeChangedOrDeleted()
    {
        using var admin = await LoginAsAdminAsync();
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE directory.audit_log SET details = 'x'", "DELETE FROM directory.audit_log" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(), sql);
        }
    }

    [Test]
    public async Task AuditLog_PagesNewestFirstWithCursor()
    {
        using var client = App.CreatePlainClient();
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email = $"nobody{i}@example.com", password = "x" });
        }

        using var admin = await LoginAsAdminAsync();
        var first = await admin.GetFromJsonAsync<UsersTests.AuditPage>("/api/admin/audit-log?limit=2");
        var second = await admin.GetFromJsonAsync<UsersTests.AuditPage>($"/api/admin/audit-log?limit=2&cursor={first!.NextCursor}");
        var subjects = first.Items.Concat(second!.Items).Select(e => e.Subject).ToList();

        Assert.That(subjects, Is.EqualTo(new[] { HelpDeskFactory.AdminEmail, "nobody2@example.com", "nobody1@example.com", "nobody0@example.com" }));
    }

    [Test]
    public async Task AuditLog_WhenLimitOutOfRange_Returns422()
    {
        using var admin = await LoginAsAdminAsync();
        await Problem.AssertAsync(await admin.GetAsync("/api/admin/audit-log?limit=0"), HttpStatusCode.UnprocessableEntity);
        await Problem.AssertAsync(await admin.GetAsync("/api/admin/audit-log?cursor=%%%"), HttpStatusCode.UnprocessableEntity);
    }
}

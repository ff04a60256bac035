using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Directory;

public sealed class AccessTests : IntegrationTest
{
    [Test]
    public async Task ListAreas_WhenAnonymous_Returns401Problem()
    {
        using var client = App.CreatePlainClient();
        var problem = await Problem.AssertAsync(await client.GetAsync("/api/directory/areas"), HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo("https://helpdesk.local/problems/unauthorized"));
    }

    [Test]
    public async Task ListAreas_WhenPartnerKeyLacksScope_Returns403Problem()
    {
        var key = await CreateApiKeyAsync("Banco Aliado", "tickets:read");
        using var partner = App.CreatePlainClient(key);
        await Problem.AssertAsync(await partner.GetAsync("/api/directory/areas"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ListAreas_WhenPartnerKeyHasScope_Returns200()
    {
        var key = await CreateApiKeyAsync("Banco Aliado", "directory:read");
        using var partner = App.CreatePlainClient(key);
        Assert.That((await partner.GetAsync("/api/directory/areas")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ListAreas_WhenKeyUnknown_Returns401Problem()
    {
        using var partner = App.CreatePlainClient("hdk_0123456789ab_not-a-real-secret");
        await Problem.AssertAsync(await partner.GetAsync("/api/directory/areas"), HttpStatusCode.Unauthorized);
        using var garbage = App.CreatePlainClient("garbage");
        await Problem.AssertAsync(await garbage.GetAsync("/api/directory/areas"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task PartnerKey_CannotReachAdminEndpoints()
    {
        var key = await CreateApiKeyAsync("Banco Aliado", "directory:read", "tickets:read", "tickets:write");
        using var partner = App.CreatePlainClient(key);
        await Problem.AssertAsync(await partner.GetAsync("/api/admin/users"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await partner.PostAsJsonAsync("/api/directory/areas", new { code = "X1", name = "X" }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AdminEndpoints_WhenAgent_Return403_ButAgentReadsDirectory()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await Problem.AssertAsync(await agent.GetAsync("/api/admin/users"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await agent.GetAsync("/api/admin/api-keys"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await agent.GetAsync("/api/admin/audit-log"), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await agent.PostAsJsonAsync("/api/directory/areas", new { code = "X1", name = "X" }), HttpStatusCode.Forbidden);
        Assert.That((await agent.GetAsync("/api/directory/areas")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await agent.GetAsync("/api/directory/topics")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task UnsafeRequest_WithSessionButNoXsrfHeader_Returns400AndChangesNothing()
    {
        using var admin = await LoginAsAdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directory/areas")
        {
            Content = JsonContent.Create(new { code = "CSRF", name = "Forged" }),
        };
        request.Headers.Add("X-XSRF-TOKEN", "forged-token");
        var problem = await Problem.AssertAsync(await admin.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/antiforgery"));

        var areas = await admin.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/directory/areas");
        Assert.That(areas, Is.Empty);
    }

    [Test]
    public async Task Session_WhenUserDeactivated_EndsAtOnce()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var admin = await LoginAsAdminAsync();
        var users = await admin.GetFromJsonAsync<List<UserBody>>("/api/admin/users");
        var id = users!.Single(u => u.Email == "agente@test.example").Id;

        var update = await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { displayName = "Agente", roles = new[] { "agent" }, areaIds = Array.Empty<Guid>(), active = false });
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await Problem.AssertAsync(await agent.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized);
        using var again = App.CreatePlainClient();
        await Problem.AssertAsync(await again.PostAsJsonAsync("/api/auth/login", new { email = "agente@test.example", password = "Password-1234" }), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Session_WhenRolesChange_AppliesOnNextRequest()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await Problem.AssertAsync(await agent.GetAsync("/api/admin/users"), HttpStatusCode.Forbidden);

        using var admin = await LoginAsAdminAsync();
        var users = await admin.GetFromJsonAsync<List<UserBody>>("/api/admin/users");
        var id = users!.Single(u => u.Email == "agente@test.example").Id;
        await admin.PutAsJsonAsync($"/api/admin/users/{id}", new { displayName = "Agente", roles = new[] { "agent", "admin" }, areaIds = Array.Empty<Guid>(), active = true });

        Assert.That((await agent.GetAsync("/api/admin/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private sealed record UserBody(Guid Id, string Email);
}

public sealed class StaffDirectoryTests : IntegrationTest
{
    [Test]
    public async Task ListStaff_ShowsActiveColleaguesByRole_ToAnyStaffMember_ButNotToPartners()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        using var other = await LoginAsNewUserAsync("otro@test.example", ["agent", "supervisor"]);
        var agents = await agent.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/directory/staff?role=agent");
        Assert.That(agents!.Select(a => a.GetProperty("email").GetString()), Is.EquivalentTo(new[] { "agente@test.example", "otro@test.example" }));
        var supervisors = await agent.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/directory/staff?role=supervisor");
        Assert.That(supervisors!.Select(a => a.GetProperty("email").GetString()), Is.EqualTo(new[] { "otro@test.example" }));
        Assert.That((await agent.GetStringAsync("/api/directory/staff")).Contains("lockedUntil", StringComparison.Ordinal), Is.False);
        await Problem.AssertAsync(await agent.GetAsync("/api/directory/staff?role=king"), HttpStatusCode.UnprocessableEntity);

        var key = await CreateApiKeyAsync("Banco", "directory:read");
        using var partner = App.CreatePlainClient(key);
        await Problem.AssertAsync(await partner.GetAsync("/api/directory/staff"), HttpStatusCode.Forbidden);
    }
}

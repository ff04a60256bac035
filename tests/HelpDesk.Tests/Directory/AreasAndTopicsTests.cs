using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Directory;

public sealed class AreasAndTopicsTests : IntegrationTest
{
    private sealed record Area(Guid Id, string Code, string Name, string? ManagerEmail, bool Active);

    private sealed record Topic(Guid Id, Guid AreaId, Guid? ParentId, string Code, string Name, bool Active);

    [Test]
    public async Task CreateArea_WhenValid_Returns201AndIsListed()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/directory/areas", new { code = "credito", name = "Crédito", managerEmail = "Jefe@Example.com" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var area = await response.Content.ReadFromJsonAsync<Area>();
        Assert.That(area, Is.EqualTo(new Area(area!.Id, "CREDITO", "Crédito", "jefe@example.com", true)));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/directory/areas/{area.Id}"));

        var list = await admin.GetFromJsonAsync<List<Area>>("/api/directory/areas");
        Assert.That(list, Is.EqualTo(new[] { area }));
    }

    [Test]
    public async Task CreateArea_WhenCodeTaken_Returns409()
    {
        using var admin = await LoginAsAdminAsync();
        await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" });
        var again = await admin.PostAsJsonAsync("/api/directory/areas", new { code = "credito", name = "Otro" });
        await Problem.AssertAsync(again, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task CreateArea_WhenFieldsInvalid_Returns422PerField()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/directory/areas", new { code = "a b", name = "", managerEmail = "not-an-email" });
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "code", "name", "managerEmail" }));
    }

    [Test]
    public async Task CreateArea_WhenBodyIsMalformedJson_Returns400Problem()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsync("/api/directory/areas", new StringContent("{\"code\":", System.Text.Encoding.UTF8, "application/json"));
        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/malformed-request"));
    }

    [Test]
    public async Task UpdateArea_WhenDeactivated_IsHiddenUnlessAsked()
    {
        using var admin = await LoginAsAdminAsync();
        var area = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CARTERA", name = "Cartera" })).Content.ReadFromJsonAsync<Area>();
        var update = await admin.PutAsJsonAsync($"/api/directory/areas/{area!.Id}", new { code = "CARTERA", name = "Cartera y cobro", managerEmail = (string?)null, active = false });
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That(await admin.GetFromJsonAsync<List<Area>>("/api/directory/areas"), Is.Empty);
        var all = await admin.GetFromJsonAsync<List<Area>>("/api/directory/areas?includeInactive=true");
        Assert.That(all!.Single().Name, Is.EqualTo("Cartera y cobro"));
    }

    [Test]
    public async Task UpdateArea_WhenUnknown_Returns404()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PutAsJsonAsync($"/api/directory/areas/{Guid.NewGuid()}", new { code = "X1", name = "X", active = true });
        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task CreateTopic_BuildsAreaTopicSubtopicTree()
    {
        using var admin = await LoginAsAdminAsync();
        var area = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" })).Content.ReadFromJsonAsync<Area>();
        var topicResponse = await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area!.Id, code = "cred-desembolso", name = "Desembolsos" });
        Assert.That(topicResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var topic = await topicResponse.Content.ReadFromJsonAsync<Topic>();
        var sub = await (await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area.Id, parentId = topic!.Id, code = "CRED-DES-DEMORA", name = "Demora en el desembolso" }))
            .Content.ReadFromJsonAsync<Topic>();

        var tree = await admin.GetFromJsonAsync<List<Topic>>($"/api/directory/topics?areaId={area.Id}");
        Assert.That(tree, Is.EqualTo(new[]
        {
            new Topic(topic.Id, area.Id, null, "CRED-DESEMBOLSO", "Desembolsos", true),
            new Topic(sub!.Id, area.Id, topic.Id, "CRED-DES-DEMORA", "Demora en el desembolso", true),
        }));

        var third = await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area.Id, parentId = sub.Id, code = "TOO-DEEP", name = "Demasiado" });
        var problem = await Problem.AssertAsync(third, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").TryGetProperty("parentId", out _), Is.True);
    }

    [Test]
    public async Task CreateTopic_WhenAreaInactiveOrUnknown_Returns422OnAreaId()
    {
        using var admin = await LoginAsAdminAsync();
        var area = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "SALUD", name = "Salud" })).Content.ReadFromJsonAsync<Area>();
        await admin.PutAsJsonAsync($"/api/directory/areas/{area!.Id}", new { code = "SALUD", name = "Salud", active = false });

        foreach (var areaId in new[] { area.Id, Guid.NewGuid() })
        {
            var response = await admin.PostAsJsonAsync("/api/directory/topics", new { areaId, code = "SAL-CITAS", name = "Citas" });
            var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").TryGetProperty("areaId", out _), Is.True);
        }
    }

    [Test]
    public async Task CreateTopic_WhenParentInAnotherArea_Returns422()
    {
        using var admin = await LoginAsAdminAsync();
        var credit = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" })).Content.ReadFromJsonAsync<Area>();
        var treasury = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "TESORERIA", name = "Tesorería" })).Content.ReadFromJsonAsync<Area>();
        var topic = await (await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = credit!.Id, code = "CRED-X", name = "X" })).Content.ReadFromJsonAsync<Topic>();
        var response = await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = treasury!.Id, parentId = topic!.Id, code = "TES-X", name = "Y" });
        await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task UpdateTopic_WhenDeactivated_IsHiddenFromAgents()
    {
        using var admin = await LoginAsAdminAsync();
        var area = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" })).Content.ReadFromJsonAsync<Area>();
        var topic = await (await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area!.Id, code = "CRED-X", name = "X" })).Content.ReadFromJsonAsync<Topic>();
        var update = await admin.PutAsJsonAsync($"/api/directory/topics/{topic!.Id}", new { code = "CRED-X", name = "X renombrado", active = false });
        Assert.That((await update.Content.ReadFromJsonAsync<Topic>())!.Name, Is.EqualTo("X renombrado"));

        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        Assert.That(await agent.GetFromJsonAsync<List<Topic>>("/api/directory/topics"), Is.Empty);
    }

    [Test]
    public async Task UpdateTopic_WhenDeactivated_RefusesTheNextIntakeAtOnce()
    {
        using var admin = await LoginAsAdminAsync();
        var area = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" })).Content.ReadFromJsonAsync<Area>();
        var topic = await (await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area!.Id, code = "CRED-X", name = "X" })).Content.ReadFromJsonAsync<Topic>();
        await TicketApi.CreateAsync(admin, TicketApi.NewTicket(topicId: topic!.Id)); // the app now knows the topic (kept in memory)

        await admin.PutAsJsonAsync($"/api/directory/topics/{topic.Id}", new { code = "CRED-X", name = "X", active = false });

        var refused = await admin.PostAsJsonAsync("/api/tickets", TicketApi.NewTicket(topicId: topic.Id));
        await Problem.AssertAsync(refused, HttpStatusCode.UnprocessableEntity);
    }
}

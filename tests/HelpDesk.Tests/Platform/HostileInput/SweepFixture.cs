using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HelpDesk.Shared.Security;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Platform.HostileInput;

/// <summary>
/// What the sweep calls with: a user holding every role, an area, a topic, a ticket, a customer and an escalation leg,
/// so hostile requests reach past "not found" into the handlers.
/// </summary>
internal sealed class SweepFixture(HttpClient client, string ticketNumber, Dictionary<string, string> knownIds, Dictionary<string, string> idsByPath)
{
    public HttpClient Client { get; } = client;

    public string TicketNumber { get; } = ticketNumber;

    /// <summary>Ids for body fields by name (areaId, topicId, customerId, assigneeId).</summary>
    public IReadOnlyDictionary<string, string> KnownIds { get; } = knownIds;

    public static async Task<SweepFixture> CreateAsync(Func<Task<HttpClient>> loginAsAdmin, Func<string, string[], Guid[]?, Task<HttpClient>> loginAsNewUser)
    {
        using var admin = await loginAsAdmin();
        var area = await IdOfAsync(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "SWEEP", name = "Barrido", managerEmail = (string?)null }));
        var topic = await IdOfAsync(await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area, parentId = (Guid?)null, code = "SWEEP-T", name = "Tema" }));
        var client = await loginAsNewUser("sweep.all.roles@test.example", [.. Roles.All], [Guid.Parse(area)]);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        var ticket = await TicketApi.CreateAsync(client, TicketApi.NewTicket(topicId: Guid.Parse(topic)));
        var other = await TicketApi.CreateAsync(client, TicketApi.NewTicket(topicId: Guid.Parse(topic)));
        var escalated = await client.PostAsJsonAsync($"/api/tickets/{other.Number()}/escalations", new { areaId = area, reason = "Necesitamos al área" });
        var customer = ticket.GetProperty("customer").GetProperty("id").GetString()!;

        var ids = new Dictionary<string, string>
        {
            ["areaId"] = area,
            ["topicId"] = topic,
            ["customerId"] = customer,
            ["assigneeId"] = me.GetProperty("id").GetString()!,
            ["parentId"] = topic,
        };
        var byPath = new Dictionary<string, string>
        {
            ["/api/directory/areas"] = area,
            ["/api/directory/topics"] = topic,
            ["/api/customers"] = customer,
            ["/api/sla/area-calendars"] = area,
        };
        if (escalated.IsSuccessStatusCode && await escalated.Content.ReadFromJsonAsync<JsonElement>() is var leg && leg.TryGetProperty("id", out var legId))
        {
            byPath["/api/escalations"] = legId.GetString()!;
        }

        var fixture = new SweepFixture(client, ticket.Number(), ids, byPath);
        await fixture.CreateOneOfEachAsync();
        return fixture;
    }

    /// <summary>Sends the operation with the given JSON body (raw text), hostile path values and query.</summary>
    public async Task<HttpResponseMessage> SendAsync(ContractOperation operation, string? json, Dictionary<string, string>? pathValues = null, string query = "")
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.PathParameters)
        {
            var value = pathValues?.GetValueOrDefault(parameter) ?? PathValue(operation.PathTemplate, parameter);
            path = path.Replace($"{{{parameter}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), path + query);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (operation.PathTemplate.StartsWith("/api/tickets/{number}", StringComparison.Ordinal) && operation.Method != "GET")
        {
            var current = await Client.GetAsync($"/api/tickets/{TicketNumber}");
            request.Headers.TryAddWithoutValidation("If-Match", current.Headers.ETag?.Tag ?? "\"0\"");
        }

        return await Client.SendAsync(request);
    }

    private string PathValue(string template, string parameter)
    {
        if (parameter == "number")
        {
            return TicketNumber;
        }

        var prefix = template[..template.IndexOf($"/{{{parameter}}}", StringComparison.Ordinal)];
        return idsByPath.GetValueOrDefault(prefix) ?? Guid.NewGuid().ToString();
    }

    /// <summary>Sends each create operation's sample body once; what it creates gives the ids for the operations under it.</summary>
    private async Task CreateOneOfEachAsync()
    {
        foreach (var create in ContractOperations.All().Where(o => o is { Method: "POST", JsonBody: not null, PathParameters.Count: 0 }))
        {
            var prefix = create.PathTemplate;
            if (idsByPath.ContainsKey(prefix))
            {
                continue;
            }

            var response = await SendAsync(create, new SampleBody(KnownIds).Build(create.JsonBody!)!.ToJsonString());
            if (response.IsSuccessStatusCode && await response.Content.ReadFromJsonAsync<JsonElement>() is { ValueKind: JsonValueKind.Object } created
                && created.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                idsByPath[prefix] = id.GetString()!;
            }
        }
    }

    private static async Task<string> IdOfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }
}

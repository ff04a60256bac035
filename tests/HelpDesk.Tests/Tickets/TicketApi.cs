using System.Net.Http.Json;
using System.Text.Json;

namespace HelpDesk.Tests.Tickets;

/// <summary>Small helpers over the tickets API, as a client would use it.</summary>
internal static class TicketApi
{
    private static int documentSeed = 10_000_000;

    public static object NewTicket(
        string subject = "Demora en el desembolso del crédito", string type = "claim", string channel = "phone",
        string? document = null, string name = "José Pérez", string? email = "jose.perez@example.com", object? answerNow = null, Guid? topicId = null) =>
        new
        {
            type,
            channel,
            subject,
            description = "El cliente reporta que el desembolso no ha llegado después de 10 días.",
            customer = new { documentType = "CC", documentNumber = document ?? Interlocked.Increment(ref documentSeed).ToString(System.Globalization.CultureInfo.InvariantCulture), fullName = name, email },
            topicId,
            answerNow,
        };

    public static async Task<JsonElement> CreateAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/tickets", body ?? NewTicket());
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<(JsonElement Ticket, string ETag)> GetAsync(HttpClient client, string number)
    {
        var response = await client.GetAsync($"/api/tickets/{number}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        return (JsonDocument.Parse(text).RootElement, response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<List<string>> TimelineTypesAsync(HttpClient client, string number) =>
        (await client.GetFromJsonAsync<List<JsonElement>>($"/api/tickets/{number}/timeline"))!
            .Select(e => e.GetProperty("type").GetString()!).ToList();

    public static string Number(this JsonElement ticket) => ticket.GetProperty("number").GetString()!;

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}

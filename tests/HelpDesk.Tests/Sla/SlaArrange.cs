using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Tests.Sla;

/// <summary>Shared arrangement of the SLA tests: an office calendar (Mon–Fri 08:00–17:00, Bogotá), a policy for claims, a known Monday.</summary>
internal static class SlaArrange
{
    public static readonly TimeSpan Bogota = TimeSpan.FromHours(-5);

    public static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Without national holidays: the shared test clock walks through the year, and these tests count plain weeks.</summary>
    public static async Task<Guid> OfficeCalendarAsync(HttpClient admin) =>
        await IdOf(await admin.PostAsJsonAsync("/api/sla/calendars", new
        {
            name = "Oficina",
            timeZone = "America/Bogota",
            week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(d => new { day = d, start = "08:00", end = "17:00" }),
            holidays = Array.Empty<object>(),
            isDefault = true,
            nationalHolidays = false,
        }));

    /// <summary>Claims: first response in 120 working minutes, resolution in 600, warning at 75 %.</summary>
    public static object ClaimPolicy(Guid calendar, int firstResponse = 120, int resolution = 600, string name = "Reclamos") => new
    {
        name,
        conditions = new { ticketTypes = new[] { "claim" } },
        firstResponse = new { kind = "business_minutes", amount = firstResponse, calendarId = calendar },
        resolution = new { kind = "business_minutes", amount = resolution, calendarId = calendar },
    };

    /// <summary>Moves the shared fake clock (forward only) to the next Monday, 08:00 in Bogotá, a week or more ahead.</summary>
    public static DateTimeOffset MoveToMonday8(HelpDeskFactory app)
    {
        var local = app.Clock.GetUtcNow().ToOffset(Bogota);
        var date = local.Date.AddDays(7);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        var monday = new DateTimeOffset(date.AddHours(8), Bogota);
        app.Clock.SetUtcNow(monday.ToUniversalTime());
        return monday;
    }

    /// <summary>Sessions last 10 hours: the tests sign in after the clock has moved to the Monday, and again after longer jumps.</summary>
    public static DateTimeOffset Local(DateTimeOffset monday, int dayOffset, int hour, int minute = 0) =>
        new DateTimeOffset(monday.ToOffset(Bogota).Date.AddDays(dayOffset).AddHours(hour).AddMinutes(minute), Bogota).ToUniversalTime();

    public static async Task<BreachCheckResult> RunBreachCheckAsync(HelpDeskFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Mediator.IMediator>().Send(new HelpDesk.Sla.BreachCheck.BreachCheck.Command());
        return new BreachCheckResult(result.AtRisk, result.Breached);
    }

    public static async Task<JsonElement> SlaAsync(HttpClient client, string number) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/tickets/{number}/sla");

    public static JsonElement Clock(this JsonElement sla, string kind) =>
        sla.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == kind);
}

internal sealed record BreachCheckResult(int AtRisk, int Breached);

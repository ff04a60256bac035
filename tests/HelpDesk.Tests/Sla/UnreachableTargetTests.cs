using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Sla.Calendars;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static HelpDesk.Tests.Sla.SlaArrange;

namespace HelpDesk.Tests.Sla;

/// <summary>Targets a calendar cannot reach are refused when saved, and never fail a ticket's intake.</summary>
public sealed class UnreachableTargetTests : IntegrationTest
{
    private static object Calendar(string name, object[] week, IEnumerable<object>? holidays = null) =>
        new { name, timeZone = "America/Bogota", week, holidays = holidays ?? [], nationalHolidays = false };

    private static readonly object[] TenMinutesOnMondays = [new { day = "monday", start = "08:00", end = "08:10" }];

    private static readonly object[] MondaysOnly = [new { day = "monday", start = "08:00", end = "17:00" }];

    /// <summary>Every Monday from the test clock's today for 21 years (longer than the calculators look ahead).</summary>
    private static IEnumerable<object> EveryMonday()
    {
        var day = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(Bogota).DateTime);
        for (var i = 0; i < 366 * 21; i++, day = day.AddDays(1))
        {
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                yield return new { day, name = "Cerrado" };
            }
        }
    }

    private static object Policy(Guid calendar, string field, int minutes) => field == "firstResponse"
        ? new { name = "Reclamos", firstResponse = new { kind = "business_minutes", amount = minutes, calendarId = calendar } }
        : new { name = "Reclamos", resolution = new { kind = "business_minutes", amount = minutes, calendarId = calendar } };

    [Test]
    public async Task SavePolicy_WhenItsCalendarCannotReachTheTarget_Is422NamingTheTarget()
    {
        using var admin = await LoginAsAdminAsync();
        var tenMinutes = await IdOf(await admin.PostAsJsonAsync("/api/sla/calendars", Calendar("Diez minutos", TenMinutesOnMondays)));
        var closedMondays = await IdOf(await admin.PostAsJsonAsync("/api/sla/calendars", Calendar("Lunes festivos", MondaysOnly, EveryMonday())));

        foreach (var (calendar, field, minutes) in new[] { (tenMinutes, "resolution", 20_000), (tenMinutes, "firstResponse", 20_000), (closedMondays, "resolution", 60) })
        {
            var problem = await Problem.AssertAsync(await admin.PostAsJsonAsync("/api/sla/policies", Policy(calendar, field, minutes)), HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        }

        Assert.That(await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/policies"), Is.Empty);
        // Reachable, even if slowly: 2,000 minutes at 10 a week is 200 weeks.
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", Policy(tenMinutes, "resolution", 2_000)));
    }

    [Test]
    public async Task SaveCalendar_WhenTheChangeLeavesACurrentPolicyUnreachable_Is422NamingTheField_AndKeepsTheCalendar()
    {
        using var admin = await LoginAsAdminAsync();
        var calendar = await IdOf(await admin.PostAsJsonAsync("/api/sla/calendars", Calendar("Lunes", MondaysOnly)));
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", Policy(calendar, "resolution", 20_000)));

        var week = await Problem.AssertAsync(await admin.PutAsJsonAsync($"/api/sla/calendars/{calendar}", Calendar("Lunes", TenMinutesOnMondays)),
            HttpStatusCode.UnprocessableEntity);
        Assert.That(week.GetProperty("errors").TryGetProperty("week", out _), Is.True, week.ToString());
        var holidays = await Problem.AssertAsync(await admin.PutAsJsonAsync($"/api/sla/calendars/{calendar}", Calendar("Lunes", MondaysOnly, EveryMonday())),
            HttpStatusCode.UnprocessableEntity);
        Assert.That(holidays.GetProperty("errors").TryGetProperty("holidays", out _), Is.True, holidays.ToString());
        Assert.That(holidays.ToString(), Does.Contain("Reclamos"), "names the policy");

        var stored = (await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/calendars"))!.Single();
        Assert.That(stored.GetProperty("week")[0].Str("end"), Is.EqualTo("17:00"));
        Assert.That(stored.GetProperty("holidays").GetArrayLength(), Is.Zero);
        // A change that keeps the target reachable is saved.
        var fine = await admin.PutAsJsonAsync($"/api/sla/calendars/{calendar}", Calendar("Lunes", [new { day = "monday", start = "08:00", end = "12:00" }]));
        Assert.That(fine.StatusCode, Is.EqualTo(HttpStatusCode.OK), await fine.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task TicketIntake_WhenTheCalendarCannotReachThePolicy_CreatesTheTicket_AndTheClockHasNoDueDate()
    {
        var monday = MoveToMonday8(App);
        var admin = await LoginAsAdminAsync();
        var calendar = await OfficeCalendarAsync(admin);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", ClaimPolicy(calendar, firstResponse: 120, resolution: 20_000)));

        // The calendar shrinks to 10 working minutes a week behind the API's checks (stored before they existed).
        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("""UPDATE sla.calendars SET week = '[{"day":"monday","start":"08:00","end":"08:10"}]'::jsonb""", connection);
            await command.ExecuteNonQueryAsync();
        }

        App.Services.GetRequiredService<SlaSettingsCache>().Clear();

        var preview = await admin.GetAsync("/api/sla/preview?type=claim&channel=phone");
        var previewBody = await preview.Content.ReadAsStringAsync();
        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK), previewBody);
        var promised = JsonDocument.Parse(previewBody).RootElement;
        Assert.That(promised.GetProperty("resolutionDueAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(promised.GetProperty("firstResponseDueAt").ValueKind, Is.Not.EqualTo(JsonValueKind.Null), "120 minutes are 12 weeks away");

        var ticket = await TicketApi.CreateAsync(admin);
        var sla = await SlaAsync(admin, ticket.Number());
        var resolution = sla.Clock("resolution");
        Assert.That(resolution.Str("state"), Is.EqualTo("running"));
        Assert.That(resolution.GetProperty("dueAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(resolution.GetProperty("targetSeconds").GetInt64(), Is.EqualTo(20_000 * 60));
        Assert.That(ticket.GetProperty("slaDueAt").GetDateTimeOffset(), Is.EqualTo(sla.Clock("first_response").GetProperty("dueAt").GetDateTimeOffset()));

        // The breach check and the answer handle a clock without a due date.
        App.Clock.SetUtcNow(Local(monday, 0, 9));
        Assert.That((await RunBreachCheckAsync(App)).Breached, Is.Zero);
        admin = await LoginAsAdminAsync();
        var etag = (await TicketApi.GetAsync(admin, ticket.Number())).ETag;
        var answer = await TicketApi.SendAsync(admin, HttpMethod.Post, $"/api/tickets/{ticket.Number()}/answer", new { body = "Resuelto.", resolutionType = "answered" }, etag);
        Assert.That(answer.IsSuccessStatusCode, Is.True, await answer.Content.ReadAsStringAsync());
        Assert.That((await SlaAsync(admin, ticket.Number())).Clock("resolution").Str("state"), Is.EqualTo("met"));
    }

    [Test]
    public async Task Preview_OfALegalTerm_SkipsTheNationalHolidaysOfEveryYear_WithNoDatesStored()
    {
        using var admin = await LoginAsAdminAsync();
        // No nationalHolidays in the request: calendars follow them by default.
        var calendar = await IdOf(await admin.PostAsJsonAsync("/api/sla/calendars", new
        {
            name = "Días hábiles", timeZone = "America/Bogota",
            week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(d => new { day = d, start = "00:00", end = "24:00" }),
        }));
        Assert.That((await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/calendars"))!.Single().GetProperty("nationalHolidays").GetBoolean(), Is.True);
        await IdOf(await admin.PostAsJsonAsync("/api/sla/policies", new
        {
            name = "Un año hábil", conditions = new { ticketTypes = new[] { "claim" } },
            resolution = new { kind = "business_days", amount = 365, calendarId = calendar },
        }));

        // 365 business days from tomorrow, skipping the holidays of this year and the next ones (the data of the rule is
        // checked against the official lists in ColombianHolidaysTests).
        var day = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(Bogota).DateTime);
        var holidays = Enumerable.Range(day.Year, 3).SelectMany(ColombianHolidays.For).ToHashSet();
        for (var counted = 0; counted < 365;)
        {
            day = day.AddDays(1);
            counted += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || holidays.Contains(day) ? 0 : 1;
        }

        var preview = await admin.GetFromJsonAsync<JsonElement>("/api/sla/preview?type=claim&channel=phone");
        Assert.That(preview.GetProperty("resolutionDueAt").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Bogota)));
    }
}

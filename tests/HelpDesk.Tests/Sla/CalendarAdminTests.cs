using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Sla;

public sealed class CalendarAdminTests : IntegrationTest
{
    private static object Calendar(string timeZone = "America/Bogota", object[]? week = null) => new
    {
        name = "Centro de contacto",
        timeZone,
        week = week ?? [new { day = "monday", start = "07:00", end = "12:00" }, new { day = "monday", start = "14:00", end = "19:00" }, new { day = "saturday", start = "08:00", end = "13:00" }],
        holidays = new[] { new { day = "2026-03-23", name = "San José" } },
    };

    [Test]
    public async Task CreateCalendar_StoresWeekAndHolidays_AndListsIt()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/sla/calendars", Calendar());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var list = await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/calendars");
        var calendar = list!.Single();
        Assert.That(calendar.GetProperty("week").GetArrayLength(), Is.EqualTo(3));
        Assert.That(calendar.GetProperty("holidays")[0].GetProperty("day").GetString(), Is.EqualTo("2026-03-23"));

        var id = calendar.GetProperty("id").GetString();
        var update = await admin.PutAsJsonAsync($"/api/sla/calendars/{id}", new { name = "Centro de contacto", timeZone = "America/Bogota", week = new[] { new { day = "friday", start = "07:00", end = "24:00" } }, holidays = Array.Empty<object>() });
        Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK), await update.Content.ReadAsStringAsync());
        var after = (await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/calendars"))!.Single();
        Assert.That(after.GetProperty("holidays").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task CreateCalendar_BadInput_Is422NamingTheField()
    {
        using var admin = await LoginAsAdminAsync();
        var cases = new (object Body, string Field)[]
        {
            (Calendar(week: [new { day = "monday", start = "07:00", end = "12:00" }, new { day = "monday", start = "11:00", end = "15:00" }]), "week"),
            (Calendar(week: []), "week"),
            (Calendar(week: [new { day = "monday", start = "19:00", end = "07:00" }]), "week"),
            (Calendar(timeZone: "Mars/Olympus_Mons"), "timeZone"),
        };
        foreach (var (body, field) in cases)
        {
            var problem = await Problem.AssertAsync(await admin.PostAsJsonAsync("/api/sla/calendars", body), HttpStatusCode.UnprocessableEntity);
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        }

        Assert.That(await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/calendars"), Is.Empty);
    }

    [Test]
    public async Task CreateCalendar_ByAnAgent_Is403()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        await Problem.AssertAsync(await agent.PostAsJsonAsync("/api/sla/calendars", Calendar()), HttpStatusCode.Forbidden);
        Assert.That((await agent.GetAsync("/api/sla/calendars")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SaveCalendar_StoresTheCanonicalIanaZone_OfAnyCaseOrAWindowsName()
    {
        using var admin = await LoginAsAdminAsync();
        foreach (var (typed, name) in new[] { ("america/bogota", "Minúsculas"), ("SA Pacific Standard Time", "Windows"), ("AMERICA/BOGOTA", "Mayúsculas") })
        {
            var body = new { name, timeZone = typed, week = new[] { new { day = "monday", start = "08:00", end = "17:00" } } };
            var created = await admin.PostAsJsonAsync("/api/sla/calendars", body);
            var text = await created.Content.ReadAsStringAsync();
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
            Assert.That(JsonDocument.Parse(text).RootElement.GetProperty("timeZone").GetString(), Is.EqualTo("America/Bogota"), typed);

            var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetString();
            var updated = await admin.PutAsJsonAsync($"/api/sla/calendars/{id}", body);
            Assert.That(JsonDocument.Parse(await updated.Content.ReadAsStringAsync()).RootElement.GetProperty("timeZone").GetString(), Is.EqualTo("America/Bogota"));
        }

        var stored = await admin.GetFromJsonAsync<List<JsonElement>>("/api/sla/calendars");
        Assert.That(stored!.Select(c => c.GetProperty("timeZone").GetString()), Is.All.EqualTo("America/Bogota"));
        Assert.That(stored, Has.Count.EqualTo(3));
    }
}

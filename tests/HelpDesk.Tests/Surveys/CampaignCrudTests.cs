using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using static HelpDesk.Tests.Surveys.CampaignArrange;

namespace HelpDesk.Tests.Surveys;

public sealed class CampaignCrudTests : IntegrationTest
{
    private static readonly TimeSpan Bogota = TimeSpan.FromHours(-5);

    /// <summary>The first instant after now at hh:mm on Bogotá's wall clock on a day the predicate accepts (Bogotá keeps -05:00 all year).</summary>
    private static DateTimeOffset NextLocal(DateTimeOffset now, int hour, int minute, Func<DateTime, bool> day)
    {
        var local = now.ToOffset(Bogota);
        for (var d = local.Date; ; d = d.AddDays(1))
        {
            var candidate = new DateTimeOffset(d.AddHours(hour).AddMinutes(minute), Bogota);
            if (day(d) && candidate > now)
            {
                return candidate;
            }
        }
    }

    [Test]
    public async Task CreateSurveyCampaign_WithoutASchedule_IsFortnightlyAt7InBogota_AndListedAndReadBack()
    {
        using var admin = await LoginAsAdminAsync();
        var template = await TemplateAsync(admin);
        var created = await CreateAsync(admin, Campaign(template, Filter(kinds: ["affiliate"], segments: ["A"]), sampleSize: 400));
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/campaigns/{created.Id()}");
        var list = (await admin.GetFromJsonAsync<JsonElement[]>("/api/surveys/campaigns"))!;
        var expected = NextLocal(App.Clock.GetUtcNow(), 7, 0, d => d.Day is 1 or 15);
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("schedule").GetString(), Is.EqualTo("0 7 1,15 * *"));
            Assert.That(read.GetProperty("nextRunAt").GetDateTimeOffset(), Is.EqualTo(expected));
            Assert.That(read.GetProperty("templateName").GetString(), Is.EqualTo("Encuesta fría DCV"));
            Assert.That(read.GetProperty("filter").GetProperty("kinds")[0].GetString(), Is.EqualTo("affiliate"));
            Assert.That(read.GetProperty("sampleSize").GetInt32(), Is.EqualTo(400));
            Assert.That(read.GetProperty("sampleShare").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(read.GetProperty("responseRate").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(list.Select(c => c.Id()), Is.EqualTo(new[] { created.Id() }));
        });
    }

    [Test]
    public async Task CreateSurveyCampaign_WithACron_NextRunIsThatTimeOnTheDepartmentsWallClock()
    {
        using var admin = await LoginAsAdminAsync();
        var created = await CreateAsync(admin, Campaign(await TemplateAsync(admin), schedule: "30 8 * * 1-5", sampleSize: null, sampleShare: 0.05m, stratifyBy: "segment"));
        var expected = NextLocal(App.Clock.GetUtcNow(), 8, 30, d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Multiple(() =>
        {
            Assert.That(created.GetProperty("nextRunAt").GetDateTimeOffset(), Is.EqualTo(expected));
            Assert.That(created.GetProperty("sampleShare").GetDecimal(), Is.EqualTo(0.05m));
            Assert.That(created.GetProperty("stratifyBy").GetString(), Is.EqualTo("segment"));
        });
    }

    [TestCase("every fortnight", null, 10, null, "schedule")]
    [TestCase("0 7 31 2 *", null, 10, null, "schedule")]
    [TestCase(null, "unknown", 10, null, "templateId")]
    [TestCase(null, null, 10, 0.1, "sampleSize")]
    [TestCase(null, null, null, null, "sampleSize")]
    [TestCase(null, null, 0, null, "sampleSize")]
    [TestCase(null, null, null, 1.5, "sampleShare")]
    public async Task CreateSurveyCampaign_WithABrokenRule_Returns422NamingTheFieldAndWritesNothing(
        string? schedule, string? template, int? sampleSize, double? sampleShare, string field)
    {
        using var admin = await LoginAsAdminAsync();
        var templateId = template is null ? await TemplateAsync(admin) : Guid.CreateVersion7();
        var response = await admin.PostAsJsonAsync("/api/surveys/campaigns",
            Campaign(templateId, schedule: schedule, sampleSize: sampleSize, sampleShare: (decimal?)sampleShare));
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
        Assert.That(await admin.GetFromJsonAsync<JsonElement[]>("/api/surveys/campaigns"), Is.Empty);
    }

    [Test]
    public async Task CreateSurveyCampaign_WithATooLongWindowInTheFilter_Returns422NamingTheFiltersField()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/surveys/campaigns", Campaign(await TemplateAsync(admin), Filter(closedWithinDays: 0)));
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").TryGetProperty("filter.closedWithinDays", out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task UpdateSurveyCampaign_ReplacesItsFields_SwitchingOffClearsTheNextRun_AndSwitchingOnSetsItAgain()
    {
        using var admin = await LoginAsAdminAsync();
        var template = await TemplateAsync(admin);
        var id = (await CreateAsync(admin, Campaign(template))).Id();

        var off = await admin.PutAsJsonAsync($"/api/surveys/campaigns/{id}",
            Campaign(template, Filter(regions: ["Bogotá"], closedWithinDays: 30), sampleSize: 50, schedule: "0 9 * * *", name: "Fría Bogotá", active: false));
        Assert.That(off.StatusCode, Is.EqualTo(HttpStatusCode.OK), await off.Content.ReadAsStringAsync());
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/campaigns/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("name").GetString(), Is.EqualTo("Fría Bogotá"));
            Assert.That(read.GetProperty("filter").GetProperty("regions")[0].GetString(), Is.EqualTo("Bogotá"));
            Assert.That(read.GetProperty("filter").GetProperty("closedWithinDays").GetInt32(), Is.EqualTo(30));
            Assert.That(read.GetProperty("schedule").GetString(), Is.EqualTo("0 9 * * *"));
            Assert.That(read.GetProperty("active").GetBoolean(), Is.False);
            Assert.That(read.GetProperty("nextRunAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });

        var on = await admin.PutAsJsonAsync($"/api/surveys/campaigns/{id}", Campaign(template, schedule: "0 9 * * *", name: "Fría Bogotá"));
        var back = await on.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(back.GetProperty("nextRunAt").GetDateTimeOffset(), Is.EqualTo(NextLocal(App.Clock.GetUtcNow(), 9, 0, _ => true)));
    }

    [Test]
    public async Task UpdateSurveyCampaign_UnknownId_Returns404_AndASecondCampaignWithTheSameName_Returns409()
    {
        using var admin = await LoginAsAdminAsync();
        var template = await TemplateAsync(admin);
        await CreateAsync(admin, Campaign(template, name: "Fría quincenal"));
        var unknown = await admin.PutAsJsonAsync($"/api/surveys/campaigns/{Guid.CreateVersion7()}", Campaign(template, name: "Otra"));
        var duplicate = await admin.PostAsJsonAsync("/api/surveys/campaigns", Campaign(template, name: "fría QUINCENAL"));
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound);
        await Problem.AssertAsync(duplicate, HttpStatusCode.Conflict);
        var missing = await admin.GetAsync($"/api/surveys/campaigns/{Guid.CreateVersion7()}");
        await Problem.AssertAsync(missing, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ListSurveyCampaigns_AsAReportReader_IsAllowed_ButCreatingIsNot()
    {
        using var admin = await LoginAsAdminAsync();
        var template = await TemplateAsync(admin);
        using var supervisor = await LoginAsNewUserAsync("supervisora@test.example", ["supervisor"]);
        var list = await supervisor.GetAsync("/api/surveys/campaigns");
        var create = await supervisor.PostAsJsonAsync("/api/surveys/campaigns", Campaign(template));
        Assert.Multiple(() =>
        {
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }
}

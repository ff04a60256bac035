using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Shared.Organisation;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Tests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using static HelpDesk.Tests.Surveys.SurveyResultsArrange;

namespace HelpDesk.Tests.Surveys;

/// <summary>GET /api/surveys/results over HTTP, with answers written as the submit handler writes them.</summary>
public sealed class SurveyResultsTests : IntegrationTest
{
    private static readonly StoredAnswer Overall = new("overall", "scale_1_7");
    private static readonly DateOnly March10 = new(2026, 3, 10);

    /// <summary>40 answers: 7×15, 6×12, 5×6, 4×3, 3×1, 1×3 (top box 27, bottom box 7, mean 225/40 = 5.625).</summary>
    private static readonly Dictionary<int, int> FortyAnswers = new() { [7] = 15, [6] = 12, [5] = 6, [4] = 3, [3] = 1, [1] = 3 };

    [Test]
    public async Task GetSurveyResults_WithHandComputedAnswers_GivesMeanBoxesWilsonIntervalsAndDistribution()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        await ScoresAsync(template, March10, Overall, FortyAnswers);
        using var admin = await LoginAsAdminAsync();

        var results = await ResultsAsync(admin, $"templateId={template}&period=month&date=2026-03-01");

        var overall = Item(results, "overall");
        var current = overall.GetProperty("current");
        Assert.Multiple(() =>
        {
            Assert.That(results.GetProperty("period").GetProperty("from").GetString(), Is.EqualTo("2026-03-01"));
            Assert.That(results.GetProperty("period").GetProperty("to").GetString(), Is.EqualTo("2026-03-31"));
            Assert.That(results.GetProperty("previousPeriod").GetProperty("from").GetString(), Is.EqualTo("2025-03-01"));
            Assert.That(overall.GetProperty("kind").GetString(), Is.EqualTo("scale_1_7"));
            Assert.That(overall.GetProperty("text").GetProperty("es").GetString(), Is.EqualTo("En general, ¿qué tan satisfecho está?"));
            Assert.That(current.GetProperty("n").GetInt32(), Is.EqualTo(40));
            Assert.That(current.GetProperty("mean").GetDouble(), Is.EqualTo(5.625).Within(1e-9));
            Assert.That(current.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("count").GetInt32()), Is.EqualTo(new[] { 3, 0, 1, 3, 6, 12, 15 }));
            // 27 of 40: 0.675, Wilson 95 % [0.5202, 0.7992]; 7 of 40: 0.175, [0.0875, 0.3195].
            Assert.That(Box(current, "topBox"), Is.EqualTo((0.675, 0.5202, 0.7992)));
            Assert.That(Box(current, "bottomBox"), Is.EqualTo((0.175, 0.0875, 0.3195)));
            Assert.That(current.GetProperty("smallSample").GetBoolean(), Is.False);
            Assert.That(overall.GetProperty("previous").GetProperty("n").GetInt32(), Is.Zero);
            Assert.That(overall.GetProperty("variation").GetProperty("topBoxPoints").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task GetSurveyResults_WithLastYearsAnswers_GivesTheVariationInPoints()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        // This March: top 27/40 (67.5 %), bottom 4/40 (10 %), mean 6.05. Last March: top 18/30 (60 %), bottom 6/30 (20 %), mean 4.8.
        await ScoresAsync(template, March10, Overall, new Dictionary<int, int> { [7] = 27, [5] = 9, [2] = 4 });
        await ScoresAsync(template, new DateOnly(2025, 3, 31), Overall, new Dictionary<int, int> { [6] = 18, [5] = 6, [1] = 6 });
        // Outside both periods: not counted.
        await ScoresAsync(template, new DateOnly(2025, 4, 1), Overall, new Dictionary<int, int> { [1] = 5 });
        using var admin = await LoginAsAdminAsync();

        var overall = Item(await ResultsAsync(admin, $"templateId={template}&period=month&date=2026-03-20"), "overall");

        var variation = overall.GetProperty("variation");
        Assert.Multiple(() =>
        {
            Assert.That(overall.GetProperty("previous").GetProperty("n").GetInt32(), Is.EqualTo(30));
            Assert.That(overall.GetProperty("previous").GetProperty("topBox").GetProperty("share").GetDouble(), Is.EqualTo(0.6).Within(1e-9));
            Assert.That(variation.GetProperty("topBoxPoints").GetDouble(), Is.EqualTo(7.5).Within(1e-9));
            Assert.That(variation.GetProperty("bottomBoxPoints").GetDouble(), Is.EqualTo(-10).Within(1e-9));
            Assert.That(variation.GetProperty("meanDelta").GetDouble(), Is.EqualTo(1.25).Within(1e-9));
            Assert.That(variation.GetProperty("npsPoints").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task GetSurveyResults_NpsYesNoAndFreeTextItems_GiveNpsTheShareOfYesAndTheCount()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        // NPS: promoters 9 (10×4, 9×5), passives 5, detractors 6 (6×2, 3×3, 0×1): (9 − 6)/20 = +15 points. Last year: 2 of 4 detractors: −50.
        await ScoresAsync(template, March10, new StoredAnswer("recommend", "nps_0_10"), new Dictionary<int, int> { [10] = 4, [9] = 5, [8] = 3, [7] = 2, [6] = 2, [3] = 3, [0] = 1 });
        await ScoresAsync(template, new DateOnly(2025, 3, 10), new StoredAnswer("recommend", "nps_0_10"), new Dictionary<int, int> { [8] = 2, [2] = 2 });
        await ScoresAsync(template, March10, new StoredAnswer("resolved", "yes_no"), new Dictionary<int, int> { [1] = 24, [0] = 8 });
        await RespondAsync(new[] { "Muy amable", "Tardaron mucho", "   " }.Select(text =>
            new StoredResponse(template, 1, March10, "hot", new AnswerSlices(), [new StoredAnswer("comment", "free_text", Comment: text)])));
        using var admin = await LoginAsAdminAsync();

        var results = await ResultsAsync(admin, $"templateId={template}&period=month&date=2026-03-10");

        var nps = Item(results, "recommend");
        var resolved = Item(results, "resolved");
        var comment = Item(results, "comment");
        Assert.Multiple(() =>
        {
            Assert.That(nps.GetProperty("current").GetProperty("nps").GetDouble(), Is.EqualTo(15).Within(1e-9));
            Assert.That(nps.GetProperty("current").GetProperty("distribution").GetArrayLength(), Is.EqualTo(11));
            Assert.That(nps.GetProperty("current").GetProperty("topBox").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(nps.GetProperty("previous").GetProperty("nps").GetDouble(), Is.EqualTo(-50).Within(1e-9));
            Assert.That(nps.GetProperty("variation").GetProperty("npsPoints").GetDouble(), Is.EqualTo(65).Within(1e-9));
            Assert.That(resolved.GetProperty("current").GetProperty("yesShare").GetDouble(), Is.EqualTo(0.75).Within(1e-9));
            Assert.That(resolved.GetProperty("current").GetProperty("n").GetInt32(), Is.EqualTo(32));
            Assert.That(comment.GetProperty("current").GetProperty("n").GetInt32(), Is.EqualTo(2), "a blank comment is not an answer");
            Assert.That(comment.GetProperty("current").GetProperty("mean").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task GetSurveyResults_AnAnswerAt2330LocalOnTheMonthsLastDay_CountsInThatMonth()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        // 23:30 in Bogotá on 31 January is 04:30 UTC on 1 February; the answer's local day is the 31st.
        var submitted = new DateTimeOffset(2026, 1, 31, 23, 30, 0, Bogota);
        await RespondAsync([new StoredResponse(template, 1, new DateOnly(2026, 1, 31), "hot", new AnswerSlices(), [Overall with { Score = 7 }], submitted)]);
        using var admin = await LoginAsAdminAsync();

        var january = Item(await ResultsAsync(admin, $"templateId={template}&period=month&date=2026-01-15"), "overall");
        var february = Item(await ResultsAsync(admin, $"templateId={template}&period=month&date=2026-02-15"), "overall");

        Assert.Multiple(() =>
        {
            Assert.That(submitted.UtcDateTime.Month, Is.EqualTo(2));
            Assert.That(january.GetProperty("current").GetProperty("n").GetInt32(), Is.EqualTo(1));
            Assert.That(february.GetProperty("current").GetProperty("n").GetInt32(), Is.Zero);
        });
    }

    [Test]
    public async Task GetSurveyResults_WithoutADate_ReadsTheDepartmentsTodayNotUtcs()
    {
        // The next 23:30 in the department's zone: UTC is already on the next day.
        var zone = App.Services.GetRequiredService<OrganisationSettings>();
        var local = zone.Local(App.Clock.GetUtcNow());
        var at = new DateTimeOffset(local.Date.AddHours(23).AddMinutes(30), local.Offset);
        if (at <= App.Clock.GetUtcNow())
        {
            at = at.AddDays(1);
        }

        App.Clock.SetUtcNow(at.ToUniversalTime());
        var today = DateOnly.FromDateTime(zone.Local(at).DateTime);
        Assert.That(DateOnly.FromDateTime(at.UtcDateTime), Is.Not.EqualTo(today));
        var template = await TemplateAsync("Caliente", HotItems);
        await RespondAsync([new StoredResponse(template, 1, today, "hot", new AnswerSlices(), [Overall with { Score = 2 }], at)]);
        using var admin = await LoginAsAdminAsync();

        var results = await ResultsAsync(admin, $"templateId={template}&period=day");

        Assert.Multiple(() =>
        {
            Assert.That(results.GetProperty("period").GetProperty("from").GetString(), Is.EqualTo(today.ToString("yyyy-MM-dd")));
            Assert.That(Item(results, "overall").GetProperty("current").GetProperty("bottomBox").GetProperty("share").GetDouble(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task GetSurveyResults_SlicedByEachDimension_GivesASlicePerValueWithItsName()
    {
        using var admin = await LoginAsAdminAsync();
        var area = await IdOf(await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito", managerEmail = (string?)null }));
        var topic = await IdOf(await admin.PostAsJsonAsync("/api/directory/topics", new { areaId = area, parentId = (Guid?)null, code = "CRED-DESEMBOLSO", name = "Desembolsos" }));
        var agent = (await admin.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("id").GetGuid();
        var template = await TemplateAsync("Caliente", HotItems);
        var campaign = await CampaignAsync(template, "Frío de marzo");
        // Three hot answers of the topic, area and agent by phone from segment A; two cold ones of the campaign, without any of those.
        await ScoresAsync(template, March10, Overall, new Dictionary<int, int> { [7] = 2, [3] = 1 }, new AnswerSlices(topic, area, agent, "phone", "A"));
        await ScoresAsync(template, March10, Overall, new Dictionary<int, int> { [6] = 2 }, new AnswerSlices(Channel: null, CampaignId: campaign), "cold");

        async Task<Dictionary<string, (string Label, int N)>> SlicesBy(string by)
        {
            var results = await ResultsAsync(admin, $"templateId={template}&period=month&date=2026-03-10&sliceBy={by}");
            return results.GetProperty("slices").EnumerateArray().ToDictionary(
                s => s.GetProperty("key").GetString()!,
                s => (s.GetProperty("label").GetString()!, s.GetProperty("items")[0].GetProperty("current").GetProperty("n").GetInt32()));
        }

        var none = await SlicesBy("none");
        var topics = await SlicesBy("topic");
        var areas = await SlicesBy("area");
        var agents = await SlicesBy("agent");
        var channels = await SlicesBy("channel");
        var segments = await SlicesBy("segment");
        var campaigns = await SlicesBy("campaign");
        Assert.Multiple(() =>
        {
            Assert.That(none, Is.EqualTo(new Dictionary<string, (string, int)> { ["all"] = ("Todas las respuestas", 5) }));
            Assert.That(topics, Is.EqualTo(new Dictionary<string, (string, int)> { [topic.ToString()] = ("Desembolsos", 3), ["none"] = ("Sin tema", 2) }));
            Assert.That(areas, Is.EqualTo(new Dictionary<string, (string, int)> { [area.ToString()] = ("Crédito", 3), ["none"] = ("Sin área", 2) }));
            Assert.That(agents, Is.EqualTo(new Dictionary<string, (string, int)> { [agent.ToString()] = ("Test Admin", 3), ["none"] = ("Sin agente", 2) }));
            Assert.That(channels, Is.EqualTo(new Dictionary<string, (string, int)> { ["phone"] = ("phone", 3), ["none"] = ("Sin canal", 2) }));
            Assert.That(segments, Is.EqualTo(new Dictionary<string, (string, int)> { ["A"] = ("A", 3), ["none"] = ("Sin segmento", 2) }));
            Assert.That(campaigns, Is.EqualTo(new Dictionary<string, (string, int)> { ["none"] = ("Sin campaña", 3), [campaign.ToString()] = ("Frío de marzo", 2) }));
        });
    }

    [Test]
    public async Task GetSurveyResults_FilteredByKindOrCampaign_CountsOnlyThoseAnswers()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        var march = await CampaignAsync(template, "Marzo");
        var april = await CampaignAsync(template, "Abril");
        await ScoresAsync(template, March10, Overall, new Dictionary<int, int> { [7] = 4 });
        await ScoresAsync(template, March10, Overall, new Dictionary<int, int> { [2] = 3 }, new AnswerSlices(CampaignId: march), "cold");
        await ScoresAsync(template, March10, Overall, new Dictionary<int, int> { [5] = 2 }, new AnswerSlices(CampaignId: april), "cold");
        using var admin = await LoginAsAdminAsync();

        async Task<int> N(string filter) =>
            Item(await ResultsAsync(admin, $"templateId={template}&period=month&date=2026-03-10&{filter}"), "overall").GetProperty("current").GetProperty("n").GetInt32();

        int[] counts = [await N(""), await N("kind=hot"), await N("kind=cold"), await N($"campaignId={march}"), await N($"kind=hot&campaignId={march}")];

        Assert.That(counts, Is.EqualTo(new[] { 9, 4, 5, 3, 0 }));
    }

    [TestCase(29, true)]
    [TestCase(30, false)]
    public async Task GetSurveyResults_UnderThirtyAnswers_FlagsTheSmallSampleAndStillShowsIt(int n, bool small)
    {
        var template = await TemplateAsync("Caliente", HotItems);
        await ScoresAsync(template, March10, Overall, new Dictionary<int, int> { [7] = n - 1, [1] = 1 });
        using var admin = await LoginAsAdminAsync();

        var current = Item(await ResultsAsync(admin, $"templateId={template}&period=week&date=2026-03-10"), "overall").GetProperty("current");

        Assert.Multiple(() =>
        {
            Assert.That(current.GetProperty("smallSample").GetBoolean(), Is.EqualTo(small));
            Assert.That(current.GetProperty("n").GetInt32(), Is.EqualTo(n));
            Assert.That(current.GetProperty("topBox").GetProperty("share").GetDouble(), Is.EqualTo((n - 1) / (double)n).Within(1e-9));
        });
    }

    [TestCase("period=fortnight", "period")]
    [TestCase("period=month&date=2026-13-01", "date")]
    [TestCase("period=month&date=10/03/2026", "date")]
    [TestCase("period=range&from=2026-01-01", "to")]
    [TestCase("period=range&from=2026-02-01&to=2026-01-31", "to")]
    [TestCase("period=range&from=2020-01-01&to=2026-01-01", "to")]
    [TestCase("period=month&from=2026-01-01&to=2026-01-31", "from")]
    [TestCase("period=day&sliceBy=colour", "sliceBy")]
    [TestCase("period=day&kind=warm", "kind")]
    public async Task GetSurveyResults_WithBadPeriodParameters_Returns422NamingTheField(string query, string field)
    {
        var template = await TemplateAsync("Caliente", HotItems);
        using var admin = await LoginAsAdminAsync();

        var problem = await Problem.AssertAsync(await admin.GetAsync($"/api/surveys/results?templateId={template}&{query}"), HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { field }), problem.ToString());
    }

    [Test]
    public async Task GetSurveyResults_OfAnUnknownTemplate_Returns404()
    {
        using var admin = await LoginAsAdminAsync();
        await Problem.AssertAsync(await admin.GetAsync($"/api/surveys/results?templateId={Guid.CreateVersion7()}&period=year"), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task GetSurveyResults_AcrossTemplateVersions_ReadsItemsByKeyWithTheLatestVersionsText()
    {
        TemplateItem[] first = [new("overall", "scale_1_7", "General (v1)", "Overall (v1)"), new("speed", "scale_1_7", "Rapidez", "Speed")];
        TemplateItem[] second = [new("overall", "scale_1_7", "General", "Overall"), new("courtesy", "scale_1_7", "Amabilidad", "Courtesy")];
        var template = await TemplateAsync("Caliente", first, second);
        await RespondAsync([new StoredResponse(template, 1, March10, "hot", new AnswerSlices(), [Overall with { Score = 7 }, new StoredAnswer("speed", "scale_1_7", 3)])]);
        await RespondAsync([new StoredResponse(template, 2, March10, "hot", new AnswerSlices(), [Overall with { Score = 6 }, new StoredAnswer("courtesy", "scale_1_7", 5)])]);
        using var admin = await LoginAsAdminAsync();

        var results = await ResultsAsync(admin, $"templateId={template}&period=year&date=2026-03-10");

        var items = results.GetProperty("slices")[0].GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("key").GetString(), i.GetProperty("text").GetProperty("en").GetString(), i.GetProperty("current").GetProperty("n").GetInt32()));
        Assert.That(items, Is.EqualTo(new[] { ("overall", "Overall", 2), ("courtesy", "Courtesy", 1), ("speed", "Speed", 1) }));
    }

    [Test]
    public async Task GetSurveyResults_ForARange_CountsEachDayInItOnce()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        // The range 15 January to 10 March reads 15-31 January by day, February as a month, 1-10 March by day.
        foreach (var (day, score) in new[] { ("2026-01-14", 1), ("2026-01-15", 7), ("2026-01-31", 7), ("2026-02-01", 6), ("2026-02-28", 6), ("2026-03-10", 2), ("2026-03-11", 1), ("2025-01-15", 4) })
        {
            await RespondAsync([new StoredResponse(template, 1, DateOnly.Parse(day), "hot", new AnswerSlices(), [Overall with { Score = score }])]);
        }

        using var admin = await LoginAsAdminAsync();

        var results = await ResultsAsync(admin, $"templateId={template}&period=range&from=2026-01-15&to=2026-03-10");

        var overall = Item(results, "overall");
        Assert.Multiple(() =>
        {
            Assert.That(results.GetProperty("previousPeriod").GetProperty("from").GetString(), Is.EqualTo("2025-01-15"));
            Assert.That(results.GetProperty("previousPeriod").GetProperty("to").GetString(), Is.EqualTo("2025-03-10"));
            Assert.That(overall.GetProperty("current").GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("count").GetInt32()),
                Is.EqualTo(new[] { 0, 1, 0, 0, 0, 2, 2 }));
            Assert.That(overall.GetProperty("previous").GetProperty("n").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AnswerCounts_KeptByTheTrigger_EqualARecountFromTheAnswers()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        var campaign = await CampaignAsync(template, "Marzo");
        var slices = new[] { new AnswerSlices(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "web", "B"), new AnswerSlices(), new AnswerSlices(CampaignId: campaign, Channel: null) };
        var random = new Random(17);
        for (var batch = 0; batch < 6; batch++)
        {
            await RespondAsync(Enumerable.Range(0, 25).Select(k => new StoredResponse(
                template, 1, new DateOnly(2026, 1 + random.Next(3), 1 + random.Next(28)), k % 3 == 2 ? "cold" : "hot", slices[k % 3],
                [Overall with { Score = 1 + random.Next(7) }, new StoredAnswer("recommend", "nps_0_10", random.Next(11)),
                 new StoredAnswer("resolved", "yes_no", Choice: random.Next(2) == 1), new StoredAnswer("comment", "free_text", Comment: random.Next(3) == 0 ? " " : "texto")])));
        }

        var kept = await RollupsAsync();
        await using (var connection = new NpgsqlConnection(TestDatabase.ConnectionString))
        {
            await connection.OpenAsync();
            await using var recount = new NpgsqlCommand("SELECT surveys.recount_answers()", connection);
            await recount.ExecuteNonQueryAsync();
        }

        var recounted = await RollupsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(kept, Is.Not.Empty);
            Assert.That(kept, Is.EquivalentTo(recounted));
        });
    }

    [Test]
    public async Task GetSurveyResultsContract_GivesTheEndpointsNumbers()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        await ScoresAsync(template, March10, Overall, FortyAnswers);
        await ScoresAsync(template, new DateOnly(2025, 4, 3), Overall, new Dictionary<int, int> { [4] = 3, [6] = 1 });
        using var admin = await LoginAsAdminAsync();
        var endpoint = await (await admin.GetAsync($"/api/surveys/results?templateId={template}&period=bimester&date=2026-03-10&sliceBy=channel")).Content.ReadAsStringAsync();

        await using var scope = App.Services.CreateAsyncScope();
        var contract = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new GetSurveyResults(template, ResultsPeriodKind.Bimester, new DateOnly(2026, 3, 10), SliceBy: ResultsSliceBy.Channel));
        var options = scope.ServiceProvider.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        Assert.Multiple(() =>
        {
            Assert.That(JsonSerializer.Serialize(contract, options), Is.EqualTo(endpoint));
            Assert.That(contract.Slices.Single().Items[0].Previous.N, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task GetSurveyInvitationCounts_CountsInvitedAndAnsweredByKindAndCampaign()
    {
        var template = await TemplateAsync("Caliente", HotItems);
        var campaign = await CampaignAsync(template, "Marzo");
        var march5 = new DateTimeOffset(2026, 3, 5, 10, 0, 0, Bogota);
        // Hot: 6 sent in March (4 answered later, on 2 April), 1 taken by phone in March, 2 sent in April. Cold: 5 sent, 1 answered.
        await InviteAsync(template, "hot", 2, march5);
        await InviteAsync(template, "hot", 4, march5, respondedAt: new DateTimeOffset(2026, 4, 2, 9, 0, 0, Bogota));
        await InviteAsync(template, "hot", 1, null, respondedAt: march5);
        await InviteAsync(template, "hot", 2, new DateTimeOffset(2026, 4, 1, 0, 30, 0, Bogota));
        // 23:30 on 31 March in Bogotá is April in UTC: still March.
        await InviteAsync(template, "cold", 4, new DateTimeOffset(2026, 3, 31, 23, 30, 0, Bogota), campaign);
        await InviteAsync(template, "cold", 1, march5, campaign, respondedAt: march5.AddDays(1));

        await using var scope = App.Services.CreateAsyncScope();
        var counts = await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new GetSurveyInvitationCounts(ResultsPeriodKind.Month, new DateOnly(2026, 3, 1)));

        Assert.Multiple(() =>
        {
            Assert.That(counts.Period, Is.EqualTo(new SurveyResultsPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31))));
            Assert.That(counts.Total, Is.EqualTo(new SurveyInvitationCount(null, null, null, 12, 6, 0.5)));
            Assert.That(counts.ByKindAndCampaign, Is.EqualTo(new[]
            {
                new SurveyInvitationCount(ResultsSurveyKind.Hot, null, null, 7, 5, 5 / 7.0),
                new SurveyInvitationCount(ResultsSurveyKind.Cold, campaign, "Marzo", 5, 1, 0.2),
            }));
        });
    }

    private static (double Share, double Low, double High) Box(JsonElement stats, string box)
    {
        var b = stats.GetProperty(box);
        return (Math.Round(b.GetProperty("share").GetDouble(), 4), Math.Round(b.GetProperty("low").GetDouble(), 4), Math.Round(b.GetProperty("high").GetDouble(), 4));
    }

    private static async Task<List<string>> RollupsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT 'day ' || row(template_id, dimension, local_day, item_key, kind, survey_kind, campaign_id, slice, score, choice, answers)::text FROM surveys.answer_days
            UNION ALL
            SELECT 'month ' || row(template_id, dimension, month, item_key, kind, survey_kind, campaign_id, slice, score, choice, answers)::text FROM surveys.answer_months
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Surveys;

public sealed class SurveyTemplateTests : IntegrationTest
{
    [Test]
    public async Task CreateSurveyTemplate_WhenValid_PublishesVersion1WithTheItemsInOrder()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/surveys/templates", SurveyArrange.Template("Posterior al caso"));
        var template = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), template.ToString());
        var items = template.GetProperty("items").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(template.GetProperty("version").GetInt32(), Is.EqualTo(1));
            Assert.That(template.GetProperty("purpose").GetString(), Is.EqualTo("hot"));
            Assert.That(items.Select(i => i.GetProperty("key").GetString()), Is.EqualTo(new[] { "overall", "timeliness", "recommend", "resolved", "comment" }));
            Assert.That(items[0].GetProperty("overall").GetBoolean(), Is.True);
            Assert.That(items[0].GetProperty("highLabel").GetProperty("es").GetString(), Is.EqualTo("Excelente"));
            Assert.That(items[2].GetProperty("kind").GetString(), Is.EqualTo("nps_0_10"));
            Assert.That(items[3].GetProperty("lowLabel").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task PublishSurveyTemplate_WhenAnItemChanges_MakesANewVersionAndKeepsTheOld()
    {
        using var admin = await LoginAsAdminAsync();
        var id = await SurveyArrange.CreateTemplateAsync(admin);
        var items = SurveyArrange.Items().Append(SurveyArrange.Scale("courtesy", "¿Y la amabilidad?")).ToArray();

        var published = await admin.PutAsJsonAsync($"/api/surveys/templates/{id}", new { name = "Encuesta", items });
        var template = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), template.ToString());
        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/templates/{id}?version=1");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/surveys/templates");
        Assert.Multiple(() =>
        {
            Assert.That(template.GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(template.GetProperty("items").GetArrayLength(), Is.EqualTo(6));
            Assert.That(first.GetProperty("items").GetArrayLength(), Is.EqualTo(5));
            Assert.That(list[0].GetProperty("version").GetInt32(), Is.EqualTo(2));
            Assert.That(list[0].GetProperty("itemCount").GetInt32(), Is.EqualTo(6));
        });
    }

    [Test]
    public async Task PublishSurveyTemplate_WhenNothingChanged_KeepsTheVersion()
    {
        using var admin = await LoginAsAdminAsync();
        var id = await SurveyArrange.CreateTemplateAsync(admin);

        var published = await admin.PutAsJsonAsync($"/api/surveys/templates/{id}", new { name = "Encuesta renombrada", items = SurveyArrange.Items() });
        var template = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Multiple(() =>
        {
            Assert.That(template.GetProperty("version").GetInt32(), Is.EqualTo(1), template.ToString());
            Assert.That(template.GetProperty("name").GetString(), Is.EqualTo("Encuesta renombrada"));
        });
    }

    [Test]
    public async Task PublishSurveyTemplate_WhenAKeyChangesKind_Returns422AndKeepsTheVersion()
    {
        using var admin = await LoginAsAdminAsync();
        var id = await SurveyArrange.CreateTemplateAsync(admin);
        var items = SurveyArrange.Items();
        items[1] = SurveyArrange.YesNo("timeliness", "¿Le respondimos a tiempo?");

        var published = await admin.PutAsJsonAsync($"/api/surveys/templates/{id}", new { name = "Encuesta", items });
        var problem = await Problem.AssertAsync(published, HttpStatusCode.UnprocessableEntity);
        var template = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/templates/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("errors").TryGetProperty("items[1].kind", out _), Is.True, problem.ToString());
            Assert.That(template.GetProperty("version").GetInt32(), Is.EqualTo(1));
        });
    }

    private static IEnumerable<TestCaseData> BrokenTemplates()
    {
        var items = SurveyArrange.Items();
        yield return new TestCaseData(new object[] { items[1], items[2] }, "items").SetName("CreateSurveyTemplate_WithoutAnOverallItem_Returns422");
        yield return new TestCaseData(new object[] { items[0], SurveyArrange.Scale("overall", "Otra vez") }, "items").SetName("CreateSurveyTemplate_WithARepeatedKey_Returns422");
        yield return new TestCaseData(new object[] { items[0], SurveyArrange.Scale("Mal Clave", "x") }, "items[1].key").SetName("CreateSurveyTemplate_WithABadKey_Returns422");
        yield return new TestCaseData(new object[] { items[0], new { key = "t", kind = "scale_1_7", required = false, overall = false, text = SurveyArrange.Text("x", "y"), lowLabel = (object?)null, highLabel = SurveyArrange.Text("a", "b") } },
            "items[1].lowLabel").SetName("CreateSurveyTemplate_WithAScaleWithoutItsEndLabel_Returns422");
        yield return new TestCaseData(new object[] { items[0], new { key = "t", kind = "yes_no", required = false, overall = false, text = SurveyArrange.Text("x", ""), lowLabel = (object?)null, highLabel = (object?)null } },
            "items[1].text.en").SetName("CreateSurveyTemplate_WithoutTheEnglishWording_Returns422");
        yield return new TestCaseData(new object[] { SurveyArrange.YesNo("overall", "¿Bien?") is var yn ? new { key = "overall", kind = "yes_no", required = true, overall = true, text = SurveyArrange.Text("x", "y"), lowLabel = (object?)null, highLabel = (object?)null } : yn },
            "items[0].overall").SetName("CreateSurveyTemplate_WithAYesNoOverallItem_Returns422");
    }

    [TestCaseSource(nameof(BrokenTemplates))]
    public async Task CreateSurveyTemplate_WhenBroken_Returns422NamingTheFieldAndCreatesNothing(object[] items, string field)
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/surveys/templates", SurveyArrange.Template("Rota", items: items));
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/surveys/templates");
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
            Assert.That(list.GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task CreateSurveyTemplate_WithANameInUse_Returns409()
    {
        using var admin = await LoginAsAdminAsync();
        await SurveyArrange.CreateTemplateAsync(admin, "Encuesta");
        var response = await admin.PostAsJsonAsync("/api/surveys/templates", SurveyArrange.Template("ENCUESTA"));
        await Problem.AssertAsync(response, HttpStatusCode.Conflict);
    }

    [Test]
    public async Task GetSurveyTemplate_WhenUnknown_Returns404()
    {
        using var admin = await LoginAsAdminAsync();
        await Problem.AssertAsync(await admin.GetAsync($"/api/surveys/templates/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
    }
}

public sealed class DemoSurveyTemplateTests : IntegrationTest
{
    [Test]
    public async Task SeedDemo_RunTwice_CreatesTheHotAndDcvTemplatesOnceAndChoosesTheHotOne()
    {
        var module = new HelpDesk.Surveys.SurveysModule();
        await module.SeedDemoAsync(App.Services, CancellationToken.None);
        await module.SeedDemoAsync(App.Services, CancellationToken.None);

        using var admin = await LoginAsAdminAsync();
        var list = (await admin.GetFromJsonAsync<JsonElement>("/api/surveys/templates")).EnumerateArray().ToList();
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/surveys/settings");
        var hot = list.Single(t => t.GetProperty("purpose").GetString() == "hot");
        var cold = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/templates/{list.Single(t => t.GetProperty("purpose").GetString() == "cold").GetProperty("id")}");
        Assert.Multiple(() =>
        {
            Assert.That(list, Has.Count.EqualTo(2));
            Assert.That(settings.GetProperty("hotTemplateId").GetGuid(), Is.EqualTo(hot.GetProperty("id").GetGuid()));
            Assert.That(hot.GetProperty("itemCount").GetInt32(), Is.EqualTo(6));
            Assert.That(cold.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()),
                Is.SupersetOf(new[] { "overall", "information_security", "information_access", "service_desk" }));
        });
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Surveys;

public sealed class SurveySettingsTests : IntegrationTest
{
    [Test]
    public async Task GetSurveySettings_OnAFreshDatabase_ReturnsTheDefaults()
    {
        using var admin = await LoginAsAdminAsync();
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/surveys/settings");
        Assert.Multiple(() =>
        {
            Assert.That(settings.GetProperty("hotEnabled").GetBoolean(), Is.True);
            Assert.That(settings.GetProperty("hotDelayMinutes").GetInt32(), Is.EqualTo(60));
            Assert.That(settings.GetProperty("resurveyWindowDays").GetInt32(), Is.EqualTo(90));
            Assert.That(settings.GetProperty("linkValidDays").GetInt32(), Is.EqualTo(15));
            Assert.That(settings.GetProperty("recoveryThreshold").GetInt32(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task UpdateSurveySettings_WhenValid_KeepsTheNewValues()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PutAsJsonAsync("/api/surveys/settings",
            new { hotEnabled = false, hotTemplateId = (Guid?)null, hotDelayMinutes = 120, resurveyWindowDays = 30, linkValidDays = 7, recoveryThreshold = 3 });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/surveys/settings");
        Assert.Multiple(() =>
        {
            Assert.That(settings.GetProperty("hotEnabled").GetBoolean(), Is.False);
            Assert.That(settings.GetProperty("hotDelayMinutes").GetInt32(), Is.EqualTo(120));
            Assert.That(settings.GetProperty("recoveryThreshold").GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task UpdateSurveySettings_WithAnUnknownTemplateOrAThresholdOutOfRange_Returns422AndChangesNothing()
    {
        using var admin = await LoginAsAdminAsync();
        var unknown = await admin.PutAsJsonAsync("/api/surveys/settings",
            new { hotEnabled = true, hotTemplateId = Guid.CreateVersion7(), hotDelayMinutes = 60, resurveyWindowDays = 90, linkValidDays = 15, recoveryThreshold = 4 });
        var outOfRange = await admin.PutAsJsonAsync("/api/surveys/settings",
            new { hotEnabled = true, hotTemplateId = (Guid?)null, hotDelayMinutes = 60, resurveyWindowDays = 90, linkValidDays = 15, recoveryThreshold = 7 });
        var unknownProblem = await Problem.AssertAsync(unknown, HttpStatusCode.UnprocessableEntity);
        var outOfRangeProblem = await Problem.AssertAsync(outOfRange, HttpStatusCode.UnprocessableEntity);
        Assert.Multiple(() =>
        {
            Assert.That(unknownProblem.GetProperty("errors").TryGetProperty("hotTemplateId", out _), Is.True, unknownProblem.ToString());
            Assert.That(outOfRangeProblem.GetProperty("errors").TryGetProperty("recoveryThreshold", out _), Is.True, outOfRangeProblem.ToString());
        });
        var settings = await admin.GetFromJsonAsync<JsonElement>("/api/surveys/settings");
        Assert.That(settings.GetProperty("updatedAt").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}

using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Platform;

/// <summary>The organisation's time zone and language: read once, canonical, public to the SPA, and a bad value stops the start.</summary>
public sealed class OrganisationSettingsTests : IntegrationTest
{
    private sealed record Settings(string TimeZone, string Language);

    [Test]
    public async Task Settings_AreReadableWithoutSignIn_AndDefaultToBogotaInSpanish()
    {
        using var anonymous = App.CreateClient();
        var response = await anonymous.GetAsync("/api/directory/organisation");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadFromJsonAsync<Settings>(), Is.EqualTo(new Settings("America/Bogota", "es")));
    }

    [Test]
    public async Task Settings_TypedAsAWindowsZoneOrInAnotherCase_AreServedCanonical()
    {
        await using var app = new HelpDeskFactory(new Dictionary<string, string?>
        {
            ["HelpDesk:TimeZone"] = "Pacific Standard Time",
            ["HelpDesk:Language"] = "EN-us",
        });
        using var anonymous = app.CreateClient();
        var settings = await anonymous.GetFromJsonAsync<Settings>("/api/directory/organisation");
        Assert.That(settings, Is.EqualTo(new Settings("America/Los_Angeles", "en")));
    }

    [TestCase("HelpDesk:TimeZone", "Bogota/Colombia", "HelpDesk:TimeZone")]
    [TestCase("HelpDesk:Language", "fr", "HelpDesk:Language")]
    public async Task Start_WithASettingThatNamesNothing_IsRefusedSayingWhich(string key, string value, string named)
    {
        await using var app = new HelpDeskFactory(new Dictionary<string, string?> { [key] = value });
        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());
        Assert.That(error!.Message, Does.Contain(named).And.Contain(value));
    }
}

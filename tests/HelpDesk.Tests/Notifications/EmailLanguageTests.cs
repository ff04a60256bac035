using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;

namespace HelpDesk.Tests.Notifications;

/// <summary>Emails speak the organisation's language: Spanish by default (the other tests), English when it is set so.</summary>
public sealed class EmailLanguageTests : IntegrationTest
{
    [Test]
    public async Task Emails_OfAnEnglishSpeakingOrganisation_AreInEnglish_FromIntakeToEscalation()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"helpdesk-mail-{Guid.NewGuid():N}");
        await using var app = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:Language"] = "en", ["HelpDesk:Email:DropFolder"] = folder });
        using var admin = await LoginAsAdminAsync();
        var areaResponse = await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDIT", name = "Credit", managerEmail = "credit.manager@example.com" });
        var areaId = JsonDocument.Parse(await areaResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var responder = await admin.PostAsJsonAsync("/api/admin/users",
            new { email = "credit@test.example", displayName = "Credit responder", password = "Password-1234", roles = new[] { "area_responder" }, areaIds = new[] { areaId } });
        Assert.That(responder.IsSuccessStatusCode, Is.True, await responder.Content.ReadAsStringAsync());
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { email = "backoffice@test.example", displayName = "Back office", password = "Password-1234", roles = new[] { "backoffice" }, areaIds = Array.Empty<Guid>() });
        Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
        using var agent = app.CreateBrowserClient();
        var login = await agent.PostAsJsonAsync("/api/auth/login", new { email = "backoffice@test.example", password = "Password-1234" });
        Assert.That(login.IsSuccessStatusCode, Is.True, await login.Content.ReadAsStringAsync());

        var number = (await TicketApi.CreateAsync(agent)).Number();
        var escalated = await agent.PostAsJsonAsync($"/api/tickets/{number}/escalations", new { areaId, reason = "Check the disbursement" });
        Assert.That(escalated.IsSuccessStatusCode, Is.True, await escalated.Content.ReadAsStringAsync());

        var emails = await Outbox.AllAsync();
        Assert.That(emails.Select(e => e.Subject), Is.EquivalentTo(new[]
        {
            $"[{number}] We have received your request", $"[{number}] Your request is under review", $"[{number}] New case escalated to Credit",
        }));
        Assert.That(emails.Single(e => e.Subject.EndsWith("received your request", StringComparison.Ordinal)).TextBody, Does.StartWith("Hello José Pérez,"));
        Assert.That(emails.Single(e => e.ToAddress == "credit@test.example").TextBody, Does.Contain("Reason: Check the disbursement"));

        Assert.That(await Outbox.DispatchAsync(app), Is.EqualTo(3));
        var html = (await MimeKit.MimeMessage.LoadAsync(System.IO.Directory.GetFiles(folder, "*.eml").First())).HtmlBody;
        Assert.That(html, Does.Contain("<html lang=\"en\">"));
        System.IO.Directory.Delete(folder, recursive: true);
    }
}

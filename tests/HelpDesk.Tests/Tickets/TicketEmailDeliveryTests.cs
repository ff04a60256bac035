using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Tickets;

public sealed class TicketEmailDeliveryTests : IntegrationTest
{
    [Test]
    public async Task Email_WhenSmtpWasDown_IsDeliveredOnceLater_AndLandsOnTheTimeline()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent)).Number();
        var port = TestSmtpServer.FreePort();
        await using var app = new HelpDeskFactory(TicketIntakeTests.SmtpSettings(port));

        // Nothing listens on the port: the email stays queued with one failed attempt.
        Assert.That(await Outbox.DispatchAsync(app), Is.Zero);
        var queued = (await Outbox.AllAsync()).Single();
        Assert.That((queued.SentAt, queued.Attempts), Is.EqualTo(((DateTimeOffset?)null, 1)));

        await using var smtp = new TestSmtpServer(port);
        smtp.Start();
        Assert.That(await Outbox.DispatchAsync(app), Is.Zero, "not due again before its backoff");
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.That(await Outbox.DispatchAsync(app), Is.EqualTo(1));
        Assert.That(await Outbox.DispatchAsync(app), Is.Zero);

        var received = smtp.Received.Single();
        Assert.That(received.Subject, Does.Contain(number));
        Assert.That(received.To.Mailboxes.Single().Address, Is.EqualTo("jose.perez@example.com"));
        Assert.That(await TicketApi.TimelineTypesAsync(agent, number), Does.Contain("email_sent"));
    }

    [Test]
    public async Task Email_WithoutSmtp_IsWrittenAsAPortableEmlFile_WithClickableTrackingLink()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"helpdesk-mail-{Guid.NewGuid():N}");
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        var number = (await TicketApi.CreateAsync(agent, TicketApi.NewTicket(name: "Martha Lucía Ríos"))).Number();
        await using var app = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:Email:DropFolder"] = folder });
        Assert.That(await Outbox.DispatchAsync(app), Is.EqualTo(1));

        var file = System.IO.Directory.GetFiles(folder, "*.eml").Single();
        Assert.That((await File.ReadAllBytesAsync(file)).All(b => b < 128), Is.True, "7-bit transfer encodings");
        var message = await MimeKit.MimeMessage.LoadAsync(file);
        Assert.That(message.Subject, Does.Contain(number));
        Assert.That(message.TextBody, Does.Contain("Martha Lucía Ríos"));
        Assert.That(message.HtmlBody, Does.Contain($"<a href=\"http://localhost:5080/seguimiento/{number}?token="));
        System.IO.Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Email_ForARolledBackChange_IsNeverQueued()
    {
        using var agent = await LoginAsNewUserAsync("agente@test.example", ["agent"]);
        // The topic check fails after the customer was found or created: the whole command rolls back, email included.
        var response = await agent.PostAsJsonAsync("/api/tickets", TicketApi.NewTicket(topicId: Guid.NewGuid()));
        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        Assert.That(await Outbox.AllAsync(), Is.Empty);
    }
}

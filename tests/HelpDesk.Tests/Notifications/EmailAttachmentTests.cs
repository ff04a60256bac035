using System.Text;
using HelpDesk.Notifications.Contracts;
using HelpDesk.Tests.Infrastructure;
using HelpDesk.Tests.Tickets;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HelpDesk.Tests.Notifications;

/// <summary>An email queued with its own HTML, an inline image and an attached file arrives at a real SMTP server whole.</summary>
public sealed class EmailAttachmentTests : IntegrationTest
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Test]
    public async Task QueuedEmail_WithHtmlInlineImageAndCsv_ArrivesAsOneMessageWithRelatedImageAndAttachment()
    {
        await using var smtp = new TestSmtpServer();
        smtp.Start();
        await using var app = new HelpDeskFactory(TicketIntakeTests.SmtpSettings(smtp.Port));
        var csv = Encoding.UTF8.GetBytes("área;total\nCartera;12\n");
        await SendAsync(app, new QueueEmail("gerencia@example.com", "Gerencia", "Informe semanal", "Informe semanal: 12 casos.", null)
        {
            HtmlBody = "<!DOCTYPE html><html lang=\"es\"><body><table><tr><td>Cartera</td><td>12</td></tr></table><img src=\"cid:chart@helpdesk\" alt=\"Gráfico\"></body></html>",
            Attachments = [new EmailAttachment("grafico.png", "image/png", Png, "chart@helpdesk"), new EmailAttachment("informe.csv", "text/csv; charset=utf-8", csv)],
        });

        Assert.That(await Outbox.DispatchAsync(app), Is.EqualTo(1));
        var message = smtp.Received.Single();
        Assert.That(message.TextBody, Is.EqualTo("Informe semanal: 12 casos."));
        Assert.That(message.HtmlBody, Does.Contain("<td>Cartera</td>").And.Contain("src=\"cid:chart@helpdesk\""), "the sender's HTML, not escaped text");

        var image = message.BodyParts.OfType<MimePart>().Single(p => p.ContentId == "chart@helpdesk");
        Assert.That(image.ContentType.MimeType, Is.EqualTo("image/png"));
        Assert.That(image.IsAttachment, Is.False, "shown inline, not offered as a download");
        Assert.That(Decoded(image), Is.EqualTo(Png));
        var related = Descendants(message.Body!).OfType<MultipartRelated>().Single();
        Assert.That(related.Root!.ContentType.MimeType, Is.EqualTo("text/html"), "the image is related to the HTML part");
        Assert.That(related.Contains(image), Is.True);

        var file = message.Attachments.OfType<MimePart>().Single();
        Assert.That((file.FileName, file.ContentType.MimeType), Is.EqualTo(("informe.csv", "text/csv")));
        Assert.That(Decoded(file), Is.EqualTo(csv));
    }

    [Test]
    public async Task QueuedEmail_WithABadInlineImage_IsRefused_AndNothingIsQueued()
    {
        await using var app = new HelpDeskFactory();
        var notAnImage = new QueueEmail("gerencia@example.com", null, "Informe", "Informe", null)
        {
            Attachments = [new EmailAttachment("informe.csv", "text/csv", [1, 2, 3], "chart@helpdesk")],
        };

        Assert.ThrowsAsync<ArgumentException>(() => SendAsync(app, notAnImage));
        Assert.That(await Outbox.AllAsync(), Is.Empty);
    }

    private static async Task SendAsync(HelpDeskFactory app, QueueEmail email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(email);
    }

    private static IEnumerable<MimeEntity> Descendants(MimeEntity entity) =>
        entity is Multipart multipart ? multipart.SelectMany(Descendants).Prepend(entity) : [entity];

    private static byte[] Decoded(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}

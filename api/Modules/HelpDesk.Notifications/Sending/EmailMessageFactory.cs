using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HelpDesk.Notifications.Contracts;
using MimeKit;

namespace HelpDesk.Notifications.Sending;

internal static partial class EmailMessageFactory
{
    /// <summary>An outbox email as it is sent.</summary>
    public sealed record Email(
        string ToAddress, string? ToName, string Subject, string TextBody, string? HtmlBody, IReadOnlyList<EmailAttachment> Attachments);

    // Links in the (already encoded) text become clickable in the HTML part.
    [GeneratedRegex(@"https?://[^\s<]+")]
    private static partial Regex Links();

    /// <summary>
    /// The text/plain part as written, and the sender's HTML part or, without one, an HTML part made from the text with
    /// every character escaped, so text a customer or agent typed (including HTML) is shown as text. Inline images are
    /// related to the HTML part by Content-ID; other files are attachments. The Message-Id comes from the outbox id, so a
    /// resend is recognisable.
    /// </summary>
    public static MimeMessage Create(EmailOptions options, Guid id, Email email, string language = "es")
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(email.ToName ?? "", email.ToAddress));
        message.Subject = email.Subject;
        message.MessageId = $"{id:N}@helpdesk";
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody ?? HtmlFromText(email.TextBody, language) };
        foreach (var file in email.Attachments)
        {
            var type = ContentType.Parse(file.ContentType);
            if (file.ContentId is null)
            {
                // Base64 even for text files, so a CSV arrives byte for byte (no line endings rewritten on the way).
                ((MimePart)body.Attachments.Add(file.FileName, file.Content, type)).ContentTransferEncoding = ContentEncoding.Base64;
            }
            else
            {
                body.LinkedResources.Add(file.FileName, file.Content, type).ContentId = file.ContentId;
            }
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private static string HtmlFromText(string textBody, string language)
    {
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{language}\"><body style=\"font-family:sans-serif\">");
        foreach (var paragraph in textBody.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var encoded = WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal);
            html.Append("<p>").Append(Links().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>")).Append("</p>");
        }

        return html.Append("</body></html>").ToString();
    }
}

using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace HelpDesk.Notifications.Sending;

internal static partial class EmailMessageFactory
{
    // Links in the (already encoded) text become clickable in the HTML part.
    [GeneratedRegex(@"https?://[^\s<]+")]
    private static partial Regex Links();

    /// <summary>
    /// A text/plain part as written, and an HTML part made from it with every character escaped, so text a customer or
    /// agent typed (including HTML) is shown as text. The Message-Id comes from the outbox id, so a resend is recognisable.
    /// </summary>
    public static MimeMessage Create(EmailOptions options, Guid id, string toAddress, string? toName, string subject, string textBody)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(new MailboxAddress(toName ?? "", toAddress));
        message.Subject = subject;
        message.MessageId = $"{id:N}@helpdesk";
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"es\"><body style=\"font-family:sans-serif\">");
        foreach (var paragraph in textBody.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            var encoded = WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal);
            html.Append("<p>").Append(Links().Replace(encoded, m => $"<a href=\"{m.Value}\">{m.Value}</a>")).Append("</p>");
        }

        html.Append("</body></html>");
        message.Body = new BodyBuilder { TextBody = textBody, HtmlBody = html.ToString() }.ToMessageBody();
        return message;
    }
}

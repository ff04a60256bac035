using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HelpDesk.Notifications.Sending;

internal interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>Hands the message to the configured SMTP server (MailKit).</summary>
internal sealed class SmtpEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        using var client = new SmtpClient();
        var security = Enum.Parse<SecureSocketOptions>(options.Security == "Auto" ? "StartTlsWhenAvailable" : options.Security, ignoreCase: true);
        await client.ConnectAsync(options.SmtpHost!, options.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>Without SMTP (demo, development): each message becomes an .eml file you can open in any mail client.</summary>
internal sealed class DropFolderEmailSender(EmailOptions options) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(options.DropFolder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        // 7-bit safe transfer encodings, as a mail server would get, so any mail client opens the file.
        message.Prepare(EncodingConstraint.SevenBit);
        await message.WriteToAsync(Path.Combine(options.DropFolder, name), ct);
    }
}

namespace HelpDesk.Notifications.Sending;

/// <summary>The "HelpDesk:Email" configuration section.</summary>
internal sealed class EmailOptions
{
    /// <summary>SMTP server. When empty, emails are written as .eml files to <see cref="DropFolder"/> instead.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 25;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Use STARTTLS when the server offers it (Auto), always (StartTls), or never (None).</summary>
    public string Security { get; set; } = "Auto";

    public string FromAddress { get; set; } = "no-reply@helpdesk.test";

    public string FromName { get; set; } = "Servicio al cliente";

    /// <summary>Where .eml files go without SMTP (./helpdesk run: .data/mail).</summary>
    public string DropFolder { get; set; } = ".data/mail";

    /// <summary>Base address of the public pages, for links in emails (tracking, surveys).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>How often the in-process dispatcher looks for due emails when nothing wakes it.</summary>
    public int PollSeconds { get; set; } = 30;
}

namespace HelpDesk.Notifications.Contracts;

/// <summary>
/// Puts an email in the outbox inside the caller's transaction: it is sent after commit by a job (with retries), never
/// for a change that rolled back, and never lost when SMTP is down. TextBody is the plain-text part; without HtmlBody the
/// HTML part is made from it with everything escaped.
/// </summary>
public sealed record QueueEmail(string ToAddress, string? ToName, string Subject, string TextBody, Guid? TicketId) : ICommand<Guid>
{
    /// <summary>
    /// An HTML part written by the sender (inline CSS, no scripts, no external images: show pictures with
    /// <c>src="cid:…"</c> of an inline attachment). Whatever it shows that came from users must already be escaped.
    /// </summary>
    public string? HtmlBody { get; init; }

    /// <summary>Files attached, and images shown inline by the HTML part (those with a ContentId).</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>
/// A file sent with an email. With a ContentId it is an inline image of the HTML part (<c>&lt;img src="cid:ContentId"&gt;</c>)
/// rather than an attachment the reader downloads.
/// </summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content, string? ContentId = null);

/// <summary>An outbox email handed to the mail server.</summary>
public sealed record EmailSent(Guid EmailId, Guid? TicketId, string ToAddress, string Subject, DateTimeOffset SentAt);

/// <summary>Raised (outside any request) once per dispatched batch, for the emails of the batch that the mail server took.</summary>
public sealed record EmailsSent(IReadOnlyList<EmailSent> Emails) : INotification;

/// <summary>An in-app notice for each of these staff members, in the caller's transaction. Link is an SPA path.</summary>
public sealed record SendNotice(IReadOnlyList<Guid> UserIds, string Title, string Body, string? Link) : ICommand;

/// <summary>One in-app notice for one staff member.</summary>
public sealed record NoticeToSend(Guid UserId, string Title, string Body, string? Link);

/// <summary>Many different notices at once (set-based, in the caller's transaction), e.g. from a job.</summary>
public sealed record SendNotices(IReadOnlyList<NoticeToSend> Notices) : ICommand;

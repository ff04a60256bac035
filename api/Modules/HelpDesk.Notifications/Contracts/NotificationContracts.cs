using Mediator;

namespace HelpDesk.Notifications.Contracts;

/// <summary>
/// Puts an email in the outbox inside the caller's transaction: it is sent after commit by a job (with retries), never
/// for a change that rolled back, and never lost when SMTP is down. Bodies are plain text; the HTML part is made from it
/// with everything escaped.
/// </summary>
public sealed record QueueEmail(string ToAddress, string? ToName, string Subject, string TextBody, Guid? TicketId) : ICommand<Guid>;

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

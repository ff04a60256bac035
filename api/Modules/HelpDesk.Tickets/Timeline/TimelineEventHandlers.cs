using HelpDesk.Customers.Contracts;
using HelpDesk.Notifications.Contracts;
using Mediator;

namespace HelpDesk.Tickets.Timeline;

/// <summary>What other modules do to a ticket lands on its timeline too.</summary>
internal sealed class EmailSentOnTimeline(TimelineWriter timeline) : INotificationHandler<EmailSent>
{
    public async ValueTask Handle(EmailSent notification, CancellationToken ct)
    {
        if (notification.TicketId is { } ticketId)
        {
            await timeline.AppendAsync(ticketId, TimelineEvents.EmailSent, new { to = notification.ToAddress, subject = notification.Subject }, null, "sistema", ct);
        }
    }
}

internal sealed class IdentityVerifiedOnTimeline(TimelineWriter timeline) : INotificationHandler<CustomerIdentityVerified>
{
    public async ValueTask Handle(CustomerIdentityVerified notification, CancellationToken ct)
    {
        if (notification.TicketId is { } ticketId)
        {
            await timeline.AppendAsync(ticketId, TimelineEvents.IdentityVerified,
                new { passed = notification.Passed, checks = notification.Checks, verificationId = notification.VerificationId }, ct);
        }
    }
}

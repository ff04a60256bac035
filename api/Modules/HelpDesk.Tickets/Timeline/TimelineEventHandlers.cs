using HelpDesk.Customers.Contracts;
using HelpDesk.Notifications.Contracts;

namespace HelpDesk.Tickets.Timeline;

/// <summary>What other modules do to a ticket lands on its timeline too.</summary>
internal sealed class EmailSentOnTimeline(TimelineWriter timeline) : INotificationHandler<EmailsSent>
{
    public async ValueTask Handle(EmailsSent notification, CancellationToken ct) =>
        await timeline.AppendManyAsync(TimelineEvents.EmailSent,
            [.. notification.Emails.Where(e => e.TicketId is not null).Select(e => (e.TicketId!.Value, (object)new { to = e.ToAddress, subject = e.Subject }))],
            null, "sistema", ct);
}

/// <summary>A verification recorded on a ticket goes on its timeline; a passed one ends the ticket's wait for an identity check.</summary>
internal sealed class IdentityVerifiedOnTimeline(HelpDesk.Shared.Data.IDb db, TimelineWriter timeline, HelpDesk.Tickets.Tickets.TicketChanges changes)
    : INotificationHandler<CustomerIdentityVerified>
{
    private const string TicketOfCustomerSql = "SELECT EXISTS (SELECT 1 FROM tickets.tickets WHERE id = @TicketId AND customer_id = @CustomerId)";

    private const string IdentityConfirmedSql = "UPDATE tickets.tickets SET identity_pending = false WHERE id = @TicketId AND identity_pending";

    public async ValueTask Handle(CustomerIdentityVerified notification, CancellationToken ct)
    {
        if (notification.TicketId is { } ticketId)
        {
            // Runs in the verification's transaction: a wrong ticket refuses the whole verification with a 422.
            if (!await HelpDesk.Shared.Data.DbExtensions.QuerySingleAsync<bool>(db, TicketOfCustomerSql, new { TicketId = ticketId, notification.CustomerId }, ct))
            {
                throw new HelpDesk.Shared.Errors.RuleViolationException("ticketId", "There is no ticket with this id for this customer.");
            }

            await timeline.AppendAsync(ticketId, TimelineEvents.IdentityVerified,
                new { passed = notification.Passed, checks = notification.Checks, verificationId = notification.VerificationId }, ct);
            if (notification.Passed && await HelpDesk.Shared.Data.DbExtensions.ExecuteAsync(db, IdentityConfirmedSql, new { TicketId = ticketId }, ct) > 0)
            {
                await changes.TouchAsync(ticketId, ct);
            }
        }
    }
}

/// <summary>Tickets keep a copy of the customer's name and email for lists, search and emails; refresh it set-based.</summary>
internal sealed class CustomerDetailsCopied(HelpDesk.Shared.Data.IDb db) : INotificationHandler<CustomerDetailsChanged>
{
    private const string Sql = """
        UPDATE tickets.tickets
        SET customer_name = @FullName, customer_email = @Email,
            search = CASE WHEN customer_name = @FullName THEN search
                          ELSE search || setweight(to_tsvector('tickets.es', @FullName), 'A') END
        WHERE customer_id = @CustomerId AND (customer_name <> @FullName OR customer_email IS DISTINCT FROM @Email)
        """;

    public async ValueTask Handle(CustomerDetailsChanged notification, CancellationToken ct) =>
        await HelpDesk.Shared.Data.DbExtensions.ExecuteAsync(db, Sql, notification, ct);
}

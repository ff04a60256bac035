using HelpDesk.Shared.Telemetry;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.Facts;

/// <summary>Counts answered and closed tickets for operators, once the change has committed (a rolled-back answer counts nothing).</summary>
internal sealed class TicketOutcomeMetrics(IDb db) : INotificationHandler<TicketAnswered>, INotificationHandler<TicketClosed>
{
    public ValueTask Handle(TicketAnswered notification, CancellationToken ct) => Count(HelpDeskMetrics.TicketsAnswered, notification.Ticket);

    public ValueTask Handle(TicketClosed notification, CancellationToken ct) => Count(HelpDeskMetrics.TicketsClosed, notification.Ticket);

    private ValueTask Count(System.Diagnostics.Metrics.Counter<long> counter, TicketFacts ticket)
    {
        db.AfterCommit(() => counter.Add(1,
            new("channel", ticket.Channel.ToDb()), new("type", ticket.Type.ToDb()), new("first_contact", ticket.ResolvedAtFirstContact ? "true" : "false")));
        return ValueTask.CompletedTask;
    }
}

using HelpDesk.Escalation.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.TicketTimeline;

/// <summary>
/// Tells the Tickets module what happened to the ticket's legs, in the same transaction: an opened leg makes the ticket
/// escalated (409 when it is already answered or closed, which rolls the leg back), and each step goes on its timeline.
/// </summary>
internal sealed class LegEventsOnTheTicket(IMediator mediator)
    : INotificationHandler<EscalationLegOpened>, INotificationHandler<EscalationLegAnswered>, INotificationHandler<EscalationLegReviewed>,
        INotificationHandler<EscalationLegCancelled>
{
    public async ValueTask Handle(EscalationLegOpened leg, CancellationToken ct) =>
        await mediator.Send(new RecordEscalation(leg.TicketId, leg.LegId, leg.AreaId, leg.AreaName, leg.Round, leg.Reason), ct);

    public async ValueTask Handle(EscalationLegAnswered leg, CancellationToken ct) =>
        await mediator.Send(new RecordAreaAnswered(leg.TicketId, leg.LegId, leg.AreaId, leg.Round, leg.Text), ct);

    public async ValueTask Handle(EscalationLegReviewed leg, CancellationToken ct) =>
        await mediator.Send(new RecordEscalationReviewed(leg.TicketId, leg.LegId, leg.AreaId, leg.Round, leg.Accepted, leg.Reason), ct);

    public async ValueTask Handle(EscalationLegCancelled leg, CancellationToken ct) =>
        await mediator.Send(new RecordEscalationCancelled(leg.TicketId, leg.LegId, leg.AreaId), ct);
}

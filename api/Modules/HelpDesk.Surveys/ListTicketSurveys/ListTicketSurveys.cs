using HelpDesk.Surveys.Invitations;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Surveys.ListTicketSurveys;

internal static class ListTicketSurveys
{
    internal sealed record Query(string Number) : IQuery<IReadOnlyList<TicketSurvey>>;

    /// <summary>The ticket's surveys with their answers, for whoever may see the ticket (the same 404 as the ticket otherwise).</summary>
    internal sealed class Handler(IMediator mediator, SurveyHistory history) : IQueryHandler<Query, IReadOnlyList<TicketSurvey>>
    {
        public async ValueTask<IReadOnlyList<TicketSurvey>> Handle(Query query, CancellationToken ct)
        {
            var ticket = await mediator.Send(new GetTicketSummary(query.Number), ct) ?? throw new NotFoundException($"Ticket {query.Number}");
            return await history.ForTicketAsync(ticket.Id, ct);
        }
    }
}

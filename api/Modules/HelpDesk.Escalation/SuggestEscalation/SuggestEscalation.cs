using HelpDesk.Escalation.Matrix;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.SuggestEscalation;

/// <summary>The matrix's suggestion for a ticket: the most specific row for its topic and type, or none.</summary>
internal sealed record EscalationSuggestionDto(MatrixRowDto? Row);

internal static class SuggestEscalation
{
    internal sealed record Query(string Number) : IQuery<EscalationSuggestionDto>;

    internal sealed class Handler(IMediator mediator, MatrixLookup matrix) : IQueryHandler<Query, EscalationSuggestionDto>
    {
        public async ValueTask<EscalationSuggestionDto> Handle(Query query, CancellationToken ct)
        {
            var ticket = await mediator.Send(new GetTicketSummary(query.Number), ct) ?? throw new NotFoundException($"Ticket {query.Number}");
            return new EscalationSuggestionDto((await matrix.FindAsync(ticket.TopicId, ticket.Type, ct))?.ToDto());
        }
    }
}

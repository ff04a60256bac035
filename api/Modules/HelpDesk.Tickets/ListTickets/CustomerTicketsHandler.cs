using HelpDesk.Customers.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.ListTickets;

/// <summary>Answers the customer 360's question with the ordinary ticket list, filtered by customer.</summary>
internal sealed class CustomerTicketsHandler(IMediator mediator) : IQueryHandler<GetCustomerTickets, CustomerTicketsPage>
{
    public async ValueTask<CustomerTicketsPage> Handle(GetCustomerTickets query, CancellationToken ct)
    {
        var page = await mediator.Send(new ListTickets.Query(
            null, null, null, null, null, null, query.CustomerId, null, null, null, null, null, query.Limit, query.Cursor), ct);
        return new CustomerTicketsPage(
            [.. page.Items.Select(t => new CustomerTicket(t.Number, t.Type.ToDb(), t.Channel.ToDb(), t.Status.ToDb(), t.Subject, t.CreatedAt, t.UpdatedAt))],
            page.NextCursor);
    }
}

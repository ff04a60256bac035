using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.GetCustomer;

internal static class GetCustomer
{
    public const int FirstTicketsPage = 10;

    internal sealed record Query(Guid Id) : IQuery<CustomerDto>;

    internal sealed class Handler(IDb db, IMediator mediator, TimeProvider clock) : IQueryHandler<Query, CustomerDto>
    {
        public async ValueTask<CustomerDto> Handle(Query query, CancellationToken ct)
        {
            var customer = (await db.QuerySingleOrDefaultAsync<CustomerRow>(CustomerSql.ReadSql, query, ct) ?? throw new NotFoundException("The customer"))
                .ToDto(clock.GetUtcNow());
            var tickets = await mediator.Send(new GetCustomerTickets(customer.Id, FirstTicketsPage, null), ct);
            return customer with { Tickets = tickets };
        }
    }
}

using HelpDesk.Customers.Records;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Errors;
using Mediator;

namespace HelpDesk.Customers.GetCustomer;

internal static class GetCustomer
{
    internal sealed record Query(Guid Id) : IQuery<CustomerDto>;

    internal sealed class Handler(IDb db, TimeProvider clock) : IQueryHandler<Query, CustomerDto>
    {
        public async ValueTask<CustomerDto> Handle(Query query, CancellationToken ct) =>
            (await db.QuerySingleOrDefaultAsync<CustomerRow>(CustomerSql.ReadSql, query, ct) ?? throw new NotFoundException("The customer"))
            .ToDto(clock.GetUtcNow());
    }
}

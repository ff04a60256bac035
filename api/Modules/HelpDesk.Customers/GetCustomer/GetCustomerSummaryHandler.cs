using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.GetCustomer;

internal sealed class GetCustomerSummaryHandler(IDb db) : IQueryHandler<GetCustomerSummary, CustomerSummary?>
{
    private const string Sql = $"SELECT {CustomerSummaryRow.Columns} FROM customers.customers c WHERE c.id = @CustomerId";

    public async ValueTask<CustomerSummary?> Handle(GetCustomerSummary query, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<CustomerSummaryRow>(Sql, query, ct))?.ToSummary();
}

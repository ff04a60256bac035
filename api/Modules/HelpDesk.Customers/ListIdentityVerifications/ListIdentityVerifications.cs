using HelpDesk.Customers.Records;
using HelpDesk.Customers.Verifications;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.ListIdentityVerifications;

internal static class ListIdentityVerifications
{
    internal sealed record Query(Guid CustomerId, int? Limit, string? Cursor) : IQuery<Page<CustomerVerification>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, Page<CustomerVerification>>
    {
        private const string CustomerExistsSql = "SELECT true FROM customers.customers WHERE id = @CustomerId";

        // verifications_customer_idx (customer_id, seq DESC) serves the page.
        private const string Sql = $"""
            SELECT {VerificationRow.Columns}
            FROM customers.verifications
            WHERE customer_id = @CustomerId AND (@After::bigint IS NULL OR seq < @After)
            ORDER BY seq DESC
            LIMIT @Take
            """;

        public async ValueTask<Page<CustomerVerification>> Handle(Query query, CancellationToken ct)
        {
            var limit = Cursor.Limit(query.Limit);
            var after = SeqCursor.Decode(query.Cursor);
            if (await db.QuerySingleOrDefaultAsync<bool?>(CustomerExistsSql, query, ct) is null)
            {
                throw new NotFoundException("The customer");
            }

            var rows = await db.QueryAsync<VerificationRow>(Sql, new { query.CustomerId, After = after, Take = limit + 1 }, ct);
            var page = rows.Take(limit).ToList();
            return new Page<CustomerVerification>(page.Select(r => r.ToDto()).ToArray(), rows.Count > limit ? SeqCursor.Encode(page[^1].Seq) : null);
        }
    }
}

using HelpDesk.Customers.Records;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.ListCustomerHistory;

/// <summary>One change of one field: the value before and after (phones joined with ", "), who, when, and the verification that allowed it.</summary>
internal sealed record CustomerHistoryEntry(
    Guid Id,
    CustomerField Field,
    string? OldValue,
    string? NewValue,
    Guid? ChangedBy,
    string? ChangedByEmail,
    DateTimeOffset ChangedAt,
    Guid? VerificationId);

internal static class ListCustomerHistory
{
    internal sealed record Query(Guid CustomerId, int? Limit, string? Cursor) : IQuery<Page<CustomerHistoryEntry>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, Page<CustomerHistoryEntry>>
    {
        private const string CustomerExistsSql = "SELECT true FROM customers.customers WHERE id = @CustomerId";

        // customer_history_customer_idx (customer_id, seq DESC) serves the page.
        private const string Sql = """
            SELECT id, seq, field, old_value, new_value, changed_by, changed_by_email, changed_at, verification_id
            FROM customers.customer_history
            WHERE customer_id = @CustomerId AND (@After::bigint IS NULL OR seq < @After)
            ORDER BY seq DESC
            LIMIT @Take
            """;

        private sealed class Row
        {
            public Guid Id { get; init; }
            public long Seq { get; init; }
            public string Field { get; init; } = "";
            public string? OldValue { get; init; }
            public string? NewValue { get; init; }
            public Guid? ChangedBy { get; init; }
            public string? ChangedByEmail { get; init; }
            public DateTimeOffset ChangedAt { get; init; }
            public Guid? VerificationId { get; init; }

            public CustomerHistoryEntry ToEntry() => new(
                Id, EnumNames<CustomerField>.Parse(Field), OldValue, NewValue, ChangedBy, ChangedByEmail, ChangedAt, VerificationId);
        }

        public async ValueTask<Page<CustomerHistoryEntry>> Handle(Query query, CancellationToken ct)
        {
            var limit = Cursor.Limit(query.Limit);
            var after = SeqCursor.Decode(query.Cursor);
            if (await db.QuerySingleOrDefaultAsync<bool?>(CustomerExistsSql, query, ct) is null)
            {
                throw new NotFoundException("The customer");
            }

            var rows = await db.QueryAsync<Row>(Sql, new { query.CustomerId, After = after, Take = limit + 1 }, ct);
            var page = rows.Take(limit).ToList();
            return new Page<CustomerHistoryEntry>(page.Select(r => r.ToEntry()).ToArray(), rows.Count > limit ? SeqCursor.Encode(page[^1].Seq) : null);
        }
    }
}

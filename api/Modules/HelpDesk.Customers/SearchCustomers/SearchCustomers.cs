using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.SearchCustomers;

/// <summary>A customer in a search result.</summary>
internal sealed record CustomerListItem(
    Guid Id,
    DocumentType DocumentType,
    string DocumentNumber,
    string FullName,
    string? Email,
    IReadOnlyList<string> Phones,
    string? City,
    CustomerKind? Kind,
    string? Segment);

internal static class SearchCustomers
{
    internal sealed record Query(DocumentType? DocumentType, string? DocumentNumber, string? Q, int? Limit, string? Cursor)
        : IQuery<Page<CustomerListItem>>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.DocumentNumber).NotEmpty().When(q => q.DocumentType is not null)
                .WithMessage("Give the document number to search by document.");
            RuleFor(q => q.DocumentNumber).MaximumLength(DocumentRules.MaxInputLength);
            RuleFor(q => q.Q).Must(q => q!.Trim().Length >= SearchTerms.MinLength).When(q => !string.IsNullOrWhiteSpace(q.Q))
                .WithMessage($"Type at least {SearchTerms.MinLength} characters.");
            RuleFor(q => q.Q).MaximumLength(200);
        }
    }

    internal sealed class Handler(IDb db) : IQueryHandler<Query, Page<CustomerListItem>>
    {
        private const string Columns = """
            c.id, c.document_type, c.document_number, c.full_name, c.email, c.phones, c.city, c.kind, c.segment, c.name_search
            """;

        // Without q: a document lookup (customers_document_key) or the whole list in name order, where the ordered
        // index (customers_name_order_idx) serves the LIMIT and the keyset. The "@X IS NULL OR ..." arms fold away:
        // Npgsql sends unprepared statements, so PostgreSQL plans each one with the values.
        private const string BrowseSql = $"""
            SELECT {Columns}
            FROM customers.customers c
            WHERE (@DocumentNumber::text IS NULL OR c.document_number = @DocumentNumber)
              AND (@DocumentType::text IS NULL OR c.document_type = @DocumentType)
              AND (@AfterName::text IS NULL OR (c.name_search, c.id) > (@AfterName::text, @AfterId::uuid))
            ORDER BY c.name_search, c.id
            LIMIT @Take
            """;

        // With q: each arm has its index (trigram GIN on name_search, email, GIN on phones, the document key), joined by
        // a BitmapOr. The matches are MATERIALIZED first and then sorted: otherwise the planner may walk the name order
        // index hoping to meet LIMIT matches early, which is slow when the matches sit together late in the order
        // (everybody called "María" sorts under M).
        private const string SearchSql = $"""
            WITH matches AS MATERIALIZED (
                SELECT {Columns}
                FROM customers.customers c
                WHERE (@DocumentNumber::text IS NULL OR c.document_number = @DocumentNumber)
                  AND (@DocumentType::text IS NULL OR c.document_type = @DocumentType)
                  AND ((@Name1::text IS NOT NULL AND c.name_search LIKE customers.search_key(@Name1)
                          AND (@Name2::text IS NULL OR c.name_search LIKE customers.search_key(@Name2))
                          AND (@Name3::text IS NULL OR c.name_search LIKE customers.search_key(@Name3))
                          AND (@Name4::text IS NULL OR c.name_search LIKE customers.search_key(@Name4)))
                       OR (@Email::text IS NOT NULL AND c.email = @Email)
                       OR (@Phone::text IS NOT NULL AND c.phones @> ARRAY[@Phone::text])
                       OR (@QDocument::text IS NOT NULL AND c.document_number = @QDocument))
                  AND (@AfterName::text IS NULL OR (c.name_search, c.id) > (@AfterName::text, @AfterId::uuid))
            )
            SELECT * FROM matches
            ORDER BY name_search, id
            LIMIT @Take
            """;

        private sealed class Row
        {
            public Guid Id { get; init; }
            public string DocumentType { get; init; } = "";
            public string DocumentNumber { get; init; } = "";
            public string FullName { get; init; } = "";
            public string? Email { get; init; }
            public string[] Phones { get; init; } = [];
            public string? City { get; init; }
            public string? Kind { get; init; }
            public string? Segment { get; init; }
            public string NameSearch { get; init; } = "";

            public CustomerListItem ToItem() => new(
                Id, Enum.Parse<DocumentType>(DocumentType), DocumentNumber, FullName, Email, Phones, City,
                EnumNames<CustomerKind>.ParseOrNull(Kind), Segment);
        }

        public async ValueTask<Page<CustomerListItem>> Handle(Query query, CancellationToken ct)
        {
            var limit = Cursor.Limit(query.Limit);
            var (afterName, afterId) = DecodeCursor(query.Cursor);
            var terms = string.IsNullOrWhiteSpace(query.Q) ? null : SearchTerms.Parse(query.Q);
            var parameters = new
            {
                DocumentNumber = string.IsNullOrWhiteSpace(query.DocumentNumber)
                    ? null
                    : DocumentRules.NormalizeForSearch(query.DocumentType, query.DocumentNumber),
                DocumentType = query.DocumentType?.ToString(),
                Name1 = terms?.NamePattern(0),
                Name2 = terms?.NamePattern(1),
                Name3 = terms?.NamePattern(2),
                Name4 = terms?.NamePattern(3),
                Email = terms?.Email,
                Phone = terms?.Phone,
                QDocument = terms?.DocumentNumber,
                AfterName = afterName,
                AfterId = afterId,
                Take = limit + 1,
            };

            var rows = await db.QueryAsync<Row>(terms is null ? BrowseSql : SearchSql, parameters, ct);
            var page = rows.Take(limit).ToList();
            var next = rows.Count > limit ? Cursor.Encode($"{page[^1].Id:D}|{page[^1].NameSearch}") : null;
            return new Page<CustomerListItem>(page.Select(r => r.ToItem()).ToArray(), next);
        }

        /// <summary>The cursor is the last row's id and name key: "{uuid}|{name_search}".</summary>
        private static (string? Name, Guid? Id) DecodeCursor(string? cursor)
        {
            var key = Cursor.Decode(cursor);
            if (key is null)
            {
                return (null, null);
            }

            return key.Length >= 37 && key[36] == '|' && Guid.TryParse(key.AsSpan(0, 36), out var id)
                ? (key[37..], id)
                : throw new RuleViolationException("cursor", "The cursor is not valid; use the nextCursor of a previous page.");
        }
    }
}

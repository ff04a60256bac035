using HelpDesk.Shared.Paging;

namespace HelpDesk.Directory.ListAuditLog;

internal sealed record AuditEntryDto(
    Guid Id, DateTimeOffset OccurredAt, string EventType, Guid? ActorUserId, string? ActorEmail, string? Subject, string? SourceIp, string? Details);

internal static class ListAuditLog
{
    internal sealed record Query(int? Limit, string? Cursor) : IQuery<Page<AuditEntryDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, Page<AuditEntryDto>>
    {
        // seq is the insertion order; its unique index serves the page.
        private const string Sql = """
            SELECT seq, id, occurred_at, event_type, actor_user_id, actor_email, subject, source_ip, details
            FROM directory.audit_log
            WHERE @After::bigint IS NULL OR seq < @After
            ORDER BY seq DESC
            LIMIT @Take
            """;

        private sealed class Row
        {
            public long Seq { get; init; }
            public Guid Id { get; init; }
            public DateTimeOffset OccurredAt { get; init; }
            public string EventType { get; init; } = "";
            public Guid? ActorUserId { get; init; }
            public string? ActorEmail { get; init; }
            public string? Subject { get; init; }
            public string? SourceIp { get; init; }
            public string? Details { get; init; }

            public AuditEntryDto ToDto() => new(Id, OccurredAt, EventType, ActorUserId, ActorEmail, Subject, SourceIp, Details);
        }

        public async ValueTask<Page<AuditEntryDto>> Handle(Query query, CancellationToken ct)
        {
            var limit = Cursor.Limit(query.Limit);
            var decoded = Cursor.Decode(query.Cursor);
            long? after = null;
            if (decoded is not null)
            {
                after = long.TryParse(decoded, System.Globalization.CultureInfo.InvariantCulture, out var seq)
                    ? seq
                    : throw new Shared.Errors.RuleViolationException("cursor", "The cursor is not valid.");
            }

            var rows = await db.QueryAsync<Row>(Sql, new { After = after, Take = limit + 1 }, ct);
            var page = rows.Take(limit).ToList();
            var next = rows.Count > limit ? Cursor.Encode(page[^1].Seq.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
            return new Page<AuditEntryDto>([.. page.Select(r => r.ToDto())], next);
        }
    }
}

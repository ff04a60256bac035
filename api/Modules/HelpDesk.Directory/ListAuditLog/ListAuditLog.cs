using HelpDesk.Shared.Data;
using HelpDesk.Shared.Paging;
using Mediator;

namespace HelpDesk.Directory.ListAuditLog;

internal sealed record AuditEntryDto(
    Guid Id, DateTimeOffset OccurredAt, string EventType, Guid? ActorUserId, string? ActorEmail, string? Subject, string? SourceIp, string? Details);

internal static class ListAuditLog
{
    internal sealed record Query(int? Limit, string? Cursor) : IQuery<Page<AuditEntryDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, Page<AuditEntryDto>>
    {
        // Ids are UUIDv7, so id order is time order and the primary key serves the page.
        private const string Sql = """
            SELECT id, occurred_at, event_type, actor_user_id, actor_email, subject, source_ip, details
            FROM directory.audit_log
            WHERE @After::uuid IS NULL OR id < @After
            ORDER BY id DESC
            LIMIT @Take
            """;

        public async ValueTask<Page<AuditEntryDto>> Handle(Query query, CancellationToken ct)
        {
            var limit = Cursor.Limit(query.Limit);
            var decoded = Cursor.Decode(query.Cursor);
            Guid? after = null;
            if (decoded is not null)
            {
                after = Guid.TryParse(decoded, out var id) ? id : throw new Shared.Errors.RuleViolationException("cursor", "The cursor is not valid.");
            }

            var rows = await db.QueryAsync<AuditEntryDto>(Sql, new { After = after, Take = limit + 1 }, ct);
            var items = rows.Take(limit).ToList();
            return new Page<AuditEntryDto>(items, rows.Count > limit ? Cursor.Encode(items[^1].Id.ToString()) : null);
        }
    }
}

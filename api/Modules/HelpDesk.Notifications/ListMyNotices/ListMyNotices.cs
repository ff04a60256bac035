namespace HelpDesk.Notifications.ListMyNotices;

internal sealed record NoticeDto(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal static class ListMyNotices
{
    internal sealed record Query(bool UnreadOnly) : IQuery<IReadOnlyList<NoticeDto>>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<NoticeDto>>
    {
        private const string Sql = """
            SELECT id, title, body, link, created_at, read_at FROM notifications.notices
            WHERE user_id = @UserId AND (NOT @UnreadOnly OR read_at IS NULL)
            ORDER BY created_at DESC, id DESC LIMIT 100
            """;

        public async ValueTask<IReadOnlyList<NoticeDto>> Handle(Query query, CancellationToken ct) =>
            await db.QueryAsync<NoticeDto>(Sql, new { user.UserId, query.UnreadOnly }, ct);
    }
}

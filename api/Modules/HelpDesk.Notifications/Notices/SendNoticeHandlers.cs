using HelpDesk.Notifications.Contracts;

namespace HelpDesk.Notifications.Notices;

internal sealed class SendNoticeHandler(IDb db, TimeProvider clock) : ICommandHandler<SendNotice>
{
    private const string Sql = """
        INSERT INTO notifications.notices (id, user_id, title, body, link, created_at)
        SELECT gen_random_uuid(), u, @Title, @Body, @Link, @Now FROM unnest(@UserIds) AS u
        """;

    public async ValueTask<Unit> Handle(SendNotice command, CancellationToken ct)
    {
        await db.ExecuteAsync(Sql, new { UserIds = command.UserIds.Distinct().ToArray(), command.Title, command.Body, command.Link, Now = clock.GetUtcNow() }, ct);
        return Unit.Value;
    }
}

internal sealed class SendNoticesHandler(IDb db, TimeProvider clock) : ICommandHandler<SendNotices>
{
    private const string Sql = """
        INSERT INTO notifications.notices (id, user_id, title, body, link, created_at)
        SELECT gen_random_uuid(), n.user_id, n.title, n.body, n.link, @Now FROM unnest(@UserIds, @Titles, @Bodies, @Links) AS n(user_id, title, body, link)
        """;

    public async ValueTask<Unit> Handle(SendNotices command, CancellationToken ct)
    {
        var notices = command.Notices.DistinctBy(n => (n.UserId, n.Title, n.Body)).ToList();
        if (notices.Count > 0)
        {
            await db.ExecuteAsync(Sql, new
            {
                UserIds = notices.Select(n => n.UserId).ToArray(),
                Titles = notices.Select(n => n.Title).ToArray(),
                Bodies = notices.Select(n => n.Body).ToArray(),
                Links = notices.Select(n => n.Link).ToArray(),
                Now = clock.GetUtcNow(),
            }, ct);
        }

        return Unit.Value;
    }
}

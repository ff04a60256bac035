using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Errors;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Notifications.Notices;

internal sealed record NoticeDto(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

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

internal static class MarkNoticeRead
{
    internal sealed record Command(Guid Id) : ICommand;

    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        private const string Sql = "UPDATE notifications.notices SET read_at = coalesce(read_at, @Now) WHERE id = @Id AND user_id = @UserId";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            if (await db.ExecuteAsync(Sql, new { command.Id, user.UserId, Now = clock.GetUtcNow() }, ct) == 0)
            {
                throw new NotFoundException("The notice");
            }

            return Unit.Value;
        }
    }
}

internal static class NoticeEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var notices = routes.MapGroup("/api/notices").WithTags("Notifications").RequireAuthorization(Policies.Staff);
        notices.MapGet("/", async Task<Ok<IReadOnlyList<NoticeDto>>> (IMediator mediator, CancellationToken ct, bool unreadOnly = false) =>
                TypedResults.Ok(await mediator.Send(new ListMyNotices.Query(unreadOnly), ct)))
            .WithName("ListMyNotices").WithSummary("My in-app notices, newest first (the last 100).")
            .ProducesCommonProblems();
        notices.MapPost("/{id:guid}/read", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkNoticeRead.Command(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkNoticeRead").WithSummary("Mark one of my notices as read.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
    }
}

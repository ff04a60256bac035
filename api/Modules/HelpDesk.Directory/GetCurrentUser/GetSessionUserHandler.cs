using HelpDesk.Directory.Contracts;

namespace HelpDesk.Directory.GetCurrentUser;

internal sealed class GetSessionUserHandler(IDb db, SessionUserCache cache) : IQueryHandler<GetSessionUser, SessionUser?>
{
    private const string Sql = """
        SELECT u.id, u.email, u.display_name, u.roles,
               ARRAY(SELECT ua.area_id FROM directory.user_areas ua WHERE ua.user_id = u.id ORDER BY ua.area_id) AS area_ids
        FROM directory.users u
        WHERE u.id = @UserId AND u.security_stamp = @SecurityStamp AND u.active
        """;

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Email { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string[] Roles { get; init; } = [];
        public Guid[] AreaIds { get; init; } = [];
    }

    public async ValueTask<SessionUser?> Handle(GetSessionUser query, CancellationToken ct)
    {
        if (cache.Find((query.UserId, query.SecurityStamp)) is { } known)
        {
            return known;
        }

        var row = await db.QuerySingleOrDefaultAsync<Row>(Sql, query, ct);
        if (row is null)
        {
            return null;
        }

        var user = new SessionUser(row.Id, row.Email, row.DisplayName, RoleNames.ParseAll(row.Roles), row.AreaIds);
        cache.Keep((query.UserId, query.SecurityStamp), user);
        return user;
    }
}

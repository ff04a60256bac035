using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Contracts;

namespace HelpDesk.Directory.Lookups;

/// <summary>
/// Every intake reads its topic: topics are kept 30 s in process. Any change under /api/directory (areas, topics) clears
/// them once committed.
/// </summary>
internal sealed class TopicCache() : ShortLivedCache<Guid, TopicInfo>(TimeSpan.FromSeconds(30));

internal sealed class GetTopicHandler(IDb db, TopicCache cache) : IQueryHandler<GetTopic, TopicInfo?>
{
    private const string Sql = """
        SELECT t.id, t.area_id, t.parent_id, t.code, t.name, t.active, a.active AS area_active
        FROM directory.topics t JOIN directory.areas a ON a.id = t.area_id
        WHERE t.id = @TopicId
        """;

    public async ValueTask<TopicInfo?> Handle(GetTopic query, CancellationToken ct)
    {
        if (cache.Find(query.TopicId) is { } known)
        {
            return known;
        }

        var topic = await db.QuerySingleOrDefaultAsync<TopicInfo>(Sql, query, ct);
        if (topic is not null)
        {
            cache.Keep(query.TopicId, topic);
        }

        return topic;
    }
}

internal sealed class GetStaffMemberHandler(IDb db) : IQueryHandler<GetStaffMember, StaffMember?>
{
    private const string Sql = $"SELECT {UserRow.Columns} FROM directory.users u WHERE u.id = @UserId";

    public async ValueTask<StaffMember?> Handle(GetStaffMember query, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<UserRow>(Sql, query, ct);
        return row is null ? null : new StaffMember(row.Id, row.Email, row.DisplayName, row.ToDto().Roles, row.AreaIds, row.Active);
    }
}

internal sealed class GetAreaHandler(IDb db) : IQueryHandler<GetArea, AreaInfo?>
{
    private const string Sql = "SELECT id, code, name, manager_email, active FROM directory.areas WHERE id = @AreaId";

    public async ValueTask<AreaInfo?> Handle(GetArea query, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<AreaInfo>(Sql, query, ct);
}

internal sealed class ListAreaMembersHandler(IDb db) : IQueryHandler<ListAreaMembers, IReadOnlyList<StaffMember>>
{
    private const string Sql = $"""
        SELECT {UserRow.Columns} FROM directory.users u
        WHERE u.active AND EXISTS (SELECT 1 FROM directory.user_areas ua WHERE ua.user_id = u.id AND ua.area_id = @AreaId)
        ORDER BY u.display_name
        """;

    public async ValueTask<IReadOnlyList<StaffMember>> Handle(ListAreaMembers query, CancellationToken ct) =>
        [.. (await db.QueryAsync<UserRow>(Sql, query, ct)).Select(r => new StaffMember(r.Id, r.Email, r.DisplayName, r.ToDto().Roles, r.AreaIds, r.Active))];
}

internal sealed class ListStaffWithRoleHandler(IDb db) : IQueryHandler<ListStaffWithRole, IReadOnlyList<StaffMember>>
{
    private const string Sql = $"SELECT {UserRow.Columns} FROM directory.users u WHERE u.active AND @Role = ANY(u.roles) ORDER BY u.display_name";

    public async ValueTask<IReadOnlyList<StaffMember>> Handle(ListStaffWithRole query, CancellationToken ct) =>
        [.. (await db.QueryAsync<UserRow>(Sql, new { Role = query.Role.ToName() }, ct)).Select(r => new StaffMember(r.Id, r.Email, r.DisplayName, r.ToDto().Roles, r.AreaIds, r.Active))];
}

internal sealed class ListActiveTopicsHandler(IDb db) : IQueryHandler<ListActiveTopics, IReadOnlyList<TopicInfo>>
{
    private const string Sql = """
        SELECT t.id, t.area_id, t.parent_id, t.code, t.name, t.active, a.active AS area_active
        FROM directory.topics t JOIN directory.areas a ON a.id = t.area_id
        WHERE t.active AND a.active
        ORDER BY t.code
        """;

    public async ValueTask<IReadOnlyList<TopicInfo>> Handle(ListActiveTopics query, CancellationToken ct) =>
        await db.QueryAsync<TopicInfo>(Sql, query, ct);
}

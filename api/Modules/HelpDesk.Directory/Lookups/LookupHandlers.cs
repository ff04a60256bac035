using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Contracts;
using HelpDesk.Shared.Data;
using Mediator;

namespace HelpDesk.Directory.Lookups;

internal sealed class GetTopicHandler(IDb db) : IQueryHandler<GetTopic, TopicInfo?>
{
    private const string Sql = """
        SELECT t.id, t.area_id, t.parent_id, t.code, t.name, t.active, a.active AS area_active
        FROM directory.topics t JOIN directory.areas a ON a.id = t.area_id
        WHERE t.id = @TopicId
        """;

    public async ValueTask<TopicInfo?> Handle(GetTopic query, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<TopicInfo>(Sql, query, ct);
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

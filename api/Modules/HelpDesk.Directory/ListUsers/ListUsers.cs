using HelpDesk.Directory.Accounts;

namespace HelpDesk.Directory.ListUsers;

internal static class ListUsers
{
    internal sealed record Query : IQuery<IReadOnlyList<UserDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<UserDto>>
    {
        private const string Sql = $"SELECT {UserRow.Columns} FROM directory.users u ORDER BY u.display_name, u.email";

        public async ValueTask<IReadOnlyList<UserDto>> Handle(Query query, CancellationToken ct) =>
            [.. (await db.QueryAsync<UserRow>(Sql, null, ct)).Select(r => r.ToDto())];
    }
}

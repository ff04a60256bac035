using HelpDesk.Directory.ApiKeys;

namespace HelpDesk.Directory.ListApiKeys;

internal static class ListApiKeys
{
    internal sealed record Query : IQuery<IReadOnlyList<ApiKeyDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<ApiKeyDto>>
    {
        private const string Sql = $"{ApiKeyRow.Select} ORDER BY k.revoked_at IS NOT NULL, p.name, k.created_at DESC";

        public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(Query query, CancellationToken ct) =>
            [.. (await db.QueryAsync<ApiKeyRow>(Sql, null, ct)).Select(r => r.ToDto())];
    }
}

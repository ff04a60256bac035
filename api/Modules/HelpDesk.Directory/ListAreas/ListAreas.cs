using HelpDesk.Directory.Areas;

namespace HelpDesk.Directory.ListAreas;

internal static class ListAreas
{
    internal sealed record Query(bool IncludeInactive) : IQuery<IReadOnlyList<AreaDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<AreaDto>>
    {
        private const string Sql = $"""
            SELECT {AreaSql.Columns} FROM directory.areas
            WHERE active OR @IncludeInactive
            ORDER BY name
            """;

        public async ValueTask<IReadOnlyList<AreaDto>> Handle(Query query, CancellationToken ct) =>
            await db.QueryAsync<AreaDto>(Sql, query, ct);
    }
}

using HelpDesk.Directory.Contracts;

namespace HelpDesk.Directory.Lookups;

internal sealed class GetDirectoryNamesHandler(IDb db) : IQueryHandler<GetDirectoryNames, DirectoryNames>
{
    private const string Sql = """
        SELECT 'topic' AS kind, id, name FROM directory.topics WHERE id = ANY(@TopicIds)
        UNION ALL
        SELECT 'area', id, name FROM directory.areas WHERE id = ANY(@AreaIds)
        UNION ALL
        SELECT 'user', id, display_name FROM directory.users WHERE id = ANY(@UserIds)
        """;

    private sealed record Row(string Kind, Guid Id, string Name);

    public async ValueTask<DirectoryNames> Handle(GetDirectoryNames query, CancellationToken ct)
    {
        if (query.TopicIds.Count + query.AreaIds.Count + query.UserIds.Count == 0)
        {
            return new DirectoryNames(new Dictionary<Guid, string>(), new Dictionary<Guid, string>(), new Dictionary<Guid, string>());
        }

        var rows = await db.QueryAsync<Row>(Sql, new { TopicIds = query.TopicIds.ToArray(), AreaIds = query.AreaIds.ToArray(), UserIds = query.UserIds.ToArray() }, ct);
        Dictionary<Guid, string> Of(string kind) => rows.Where(r => r.Kind == kind).ToDictionary(r => r.Id, r => r.Name);
        return new DirectoryNames(Of("topic"), Of("area"), Of("user"));
    }
}

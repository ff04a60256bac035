using HelpDesk.Directory.Topics;

namespace HelpDesk.Directory.ListTopics;

internal static class ListTopics
{
    internal sealed record Query(Guid? AreaId, bool IncludeInactive) : IQuery<IReadOnlyList<TopicDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<TopicDto>>
    {
        // Topics before their subtopics, each level by name, so a client can build the tree in one pass.
        private const string Sql = $"""
            SELECT {TopicRules.Columns} FROM directory.topics
            WHERE (@AreaId::uuid IS NULL OR area_id = @AreaId) AND (active OR @IncludeInactive)
            ORDER BY area_id, parent_id NULLS FIRST, name
            """;

        public async ValueTask<IReadOnlyList<TopicDto>> Handle(Query query, CancellationToken ct) =>
            await db.QueryAsync<TopicDto>(Sql, query, ct);
    }
}

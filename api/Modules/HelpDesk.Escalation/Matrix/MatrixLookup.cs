using HelpDesk.Directory.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.Matrix;

/// <summary>The most specific matrix row for a topic and ticket type: topic+type, topic, parent+type, parent.</summary>
internal sealed class MatrixLookup(IDb db, IMediator mediator)
{
    private const string Sql = $"""
        SELECT {MatrixRowData.Columns} FROM escalation.matrix
        WHERE topic_id = ANY(@Topics) AND (ticket_type = @Type OR ticket_type IS NULL)
        ORDER BY array_position(@Topics, topic_id), ticket_type NULLS LAST
        LIMIT 1
        """;

    public async Task<MatrixRowData?> FindAsync(Guid? topicId, TicketType type, CancellationToken ct)
    {
        if (topicId is null)
        {
            return null;
        }

        var topic = await mediator.Send(new GetTopic(topicId.Value), ct);
        Guid[] topics = topic?.ParentId is { } parent ? [topicId.Value, parent] : [topicId.Value];
        return await db.QuerySingleOrDefaultAsync<MatrixRowData>(Sql, new { Topics = topics, Type = type.ToDb() }, ct);
    }
}

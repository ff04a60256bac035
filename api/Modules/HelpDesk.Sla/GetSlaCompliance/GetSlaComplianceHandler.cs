using HelpDesk.Sla.Contracts;

namespace HelpDesk.Sla.GetSlaCompliance;

/// <summary>
/// Compliance of stopped clocks in a period, set-based: one grouped query over the stopped-clocks index. The query is
/// <c>Contracts.GetSlaCompliance</c> because in this namespace the bare name would mean the namespace itself.
/// </summary>
internal sealed class GetSlaComplianceHandler(IDb db) : IQueryHandler<Contracts.GetSlaCompliance, IReadOnlyList<ComplianceRow>>
{
    // The grouping column comes from this fixed map, never from the caller's text.
    private static readonly Dictionary<ComplianceDimension, string> Columns = new()
    {
        [ComplianceDimension.Topic] = "topic_id::text",
        [ComplianceDimension.Area] = "area_id::text",
        [ComplianceDimension.Agent] = "agent_id::text",
        [ComplianceDimension.Channel] = "channel",
        [ComplianceDimension.Round] = "round::text",
    };

    public async ValueTask<IReadOnlyList<ComplianceRow>> Handle(Contracts.GetSlaCompliance query, CancellationToken ct)
    {
        if (query.To <= query.From)
        {
            throw new RuleViolationException("to", "The period ends after it starts.");
        }

        var key = Columns[query.By];
        var sql = $"""
            SELECT {key} AS key, count(*) AS count,
                   avg(CASE WHEN state = 'met' THEN 1.0 ELSE 0.0 END)::float8 AS share_met,
                   avg(elapsed_seconds)::float8 AS mean_elapsed_seconds,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY elapsed_seconds)::float8 AS p90_elapsed_seconds
            FROM sla.clocks
            WHERE stopped_at >= @From AND stopped_at < @To AND kind = @Kind AND state IN ('met', 'breached')
            GROUP BY 1 ORDER BY count(*) DESC, 1
            """;
        return await db.QueryAsync<ComplianceRow>(sql, new { From = query.From.ToUniversalTime(), To = query.To.ToUniversalTime(), Kind = query.Kind.ToDb() }, ct);
    }
}

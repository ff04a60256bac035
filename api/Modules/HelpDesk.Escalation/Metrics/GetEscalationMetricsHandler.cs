using HelpDesk.Escalation.Contracts;

namespace HelpDesk.Escalation.Metrics;

internal sealed class GetEscalationMetricsHandler(IDb db) : IQueryHandler<GetEscalationMetrics, IReadOnlyList<AreaEscalationMetrics>>
{
    private const string Sql = """
        SELECT area_id,
               count(*)::int AS legs,
               count(answered_at)::int AS answered,
               avg(extract(epoch FROM answered_at - created_at) / 60)::float8 AS mean_answer_minutes,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at) / 60) AS median_answer_minutes,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - created_at) / 60) AS p90_answer_minutes,
               avg(CASE WHEN answered_at IS NOT NULL THEN (answered_at <= due_at)::int END)::float8 AS share_answered_within_ola,
               (count(*) FILTER (WHERE status = 'rejected'))::float8
                   / nullif(count(*) FILTER (WHERE status IN ('accepted', 'rejected')), 0) AS rejection_rate
        FROM escalation.legs
        WHERE created_at >= @From AND created_at < @To
        GROUP BY area_id
        ORDER BY area_id
        """;

    public async ValueTask<IReadOnlyList<AreaEscalationMetrics>> Handle(GetEscalationMetrics query, CancellationToken ct) =>
        await db.QueryAsync<AreaEscalationMetrics>(Sql, query, ct);
}

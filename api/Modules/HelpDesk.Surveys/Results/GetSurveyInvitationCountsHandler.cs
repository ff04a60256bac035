using HelpDesk.Shared.Organisation;
using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.Results;

/// <summary>
/// Invitations sent (phone surveys: taken) in a local period and how many of them were answered, by kind and campaign:
/// one grouped range scan of invitations_invited_idx (migration 0641) between the period's first and last local midnights.
/// </summary>
internal sealed class GetSurveyInvitationCountsHandler(IDb db, TimeProvider clock, OrganisationSettings organisation)
    : IQueryHandler<GetSurveyInvitationCounts, SurveyInvitationCounts>
{
    private const string Sql = """
        SELECT i.kind, i.campaign_id, c.name AS campaign_name, count(*)::int AS invited, count(i.responded_at)::int AS answered
        FROM surveys.invitations i
        LEFT JOIN surveys.campaigns c ON c.id = i.campaign_id
        WHERE coalesce(i.sent_at, i.responded_at) >= @Start AND coalesce(i.sent_at, i.responded_at) < @End
          AND (@TemplateId::uuid IS NULL OR i.template_id = @TemplateId)
        GROUP BY i.kind, i.campaign_id, c.name
        ORDER BY i.kind DESC, c.name, i.campaign_id
        """;

    private sealed record Row(string Kind, Guid? CampaignId, string? CampaignName, int Invited, int Answered);

    public async ValueTask<SurveyInvitationCounts> Handle(GetSurveyInvitationCounts query, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(organisation.Local(clock.GetUtcNow()).DateTime);
        var (period, _) = ResultPeriods.Resolve(query.Period, query.Date, query.From, query.To, today);
        var rows = await db.QueryAsync<Row>(Sql, new
        {
            Start = LocalMidnight(period.From),
            End = LocalMidnight(period.To.AddDays(1)),
            query.TemplateId,
        }, ct);
        var counts = rows.Select(r => Count(EnumNames<ResultsSurveyKind>.Parse(r.Kind), r.CampaignId, r.CampaignName, r.Invited, r.Answered)).ToList();
        var total = Count(null, null, null, counts.Sum(c => c.Invited), counts.Sum(c => c.Answered));
        return new SurveyInvitationCounts(period.ToDto(), total, counts);
    }

    private static SurveyInvitationCount Count(ResultsSurveyKind? kind, Guid? campaignId, string? name, int invited, int answered) =>
        new(kind, campaignId, name, invited, answered, invited == 0 ? null : (double)answered / invited);

    /// <summary>The instant the local day starts (a day that starts in a DST gap starts at the gap's end).</summary>
    private DateTimeOffset LocalMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        var zone = organisation.TimeZone;
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

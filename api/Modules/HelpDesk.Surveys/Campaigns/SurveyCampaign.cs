using System.Text.Json;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// A cold-survey campaign: a template, a customer filter, a sample (a size or a share of the customers matching the
/// filter, stratified by one attribute or not), a cron schedule in the department's zone, and its response rate so far
/// (responded / invited over all its runs; null before anyone was invited).
/// </summary>
internal sealed record SurveyCampaign(
    Guid Id,
    string Name,
    Guid TemplateId,
    string TemplateName,
    CampaignFilter Filter,
    int? SampleSize,
    decimal? SampleShare,
    CampaignStratum? StratifyBy,
    string Schedule,
    bool Active,
    DateTimeOffset? NextRunAt,
    int Invited,
    int Responded,
    double? ResponseRate,
    DateTimeOffset UpdatedAt);

/// <summary>One run of a campaign, with its counts and response rate (responded / invited; null when nobody was invited).</summary>
/// <param name="Matched">Customers matching the filter who have an email: the population the sample is drawn from.</param>
/// <param name="Sampled">Customers the draw went through: those invited and those it passed over (opted out, or surveyed within the re-survey window).</param>
/// <param name="Invited">Invitations written.</param>
internal sealed record SurveyCampaignRun(
    Guid Id,
    Guid CampaignId,
    DateTimeOffset ScheduledFor,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    int? Matched,
    int? Sampled,
    int? Invited,
    int Responded,
    double? ResponseRate);

/// <summary>Reads campaigns and runs with their response counts (responses joined by invitation).</summary>
internal sealed class CampaignStore(IDb db)
{
    private const string CampaignSql = """
        SELECT c.id, c.name, c.template_id, t.name AS template_name, c.filter::text AS filter, c.sample_size, c.sample_share,
               c.stratify_by, c.schedule, c.active, c.next_run_at, c.updated_at,
               coalesce(s.invited, 0) AS invited, coalesce(s.responded, 0) AS responded
        FROM surveys.campaigns c
        JOIN surveys.templates t ON t.id = c.template_id
        LEFT JOIN LATERAL (
            SELECT count(*)::int AS invited, count(r.id)::int AS responded
            FROM surveys.invitations i LEFT JOIN surveys.responses r ON r.invitation_id = i.id
            WHERE i.campaign_id = c.id
        ) s ON true
        """;

    private const string ListSql = $"{CampaignSql} ORDER BY lower(c.name)";

    private const string GetSql = $"{CampaignSql} WHERE c.id = @Id";

    private const string RunsSql = """
        SELECT cr.id, cr.campaign_id, cr.scheduled_for, cr.started_at, cr.finished_at, cr.matched, cr.sampled, cr.invited,
               coalesce(s.responded, 0) AS responded
        FROM surveys.campaign_runs cr
        LEFT JOIN LATERAL (
            SELECT count(r.id)::int AS responded
            FROM surveys.invitations i JOIN surveys.responses r ON r.invitation_id = i.id
            WHERE i.run_id = cr.id
        ) s ON true
        WHERE cr.campaign_id = @CampaignId AND (@RunId::uuid IS NULL OR cr.id = @RunId)
        ORDER BY cr.scheduled_for DESC
        """;

    private sealed record CampaignRow(
        Guid Id, string Name, Guid TemplateId, string TemplateName, string Filter, int? SampleSize, decimal? SampleShare, string? StratifyBy,
        string Schedule, bool Active, DateTimeOffset? NextRunAt, DateTimeOffset UpdatedAt, int Invited, int Responded)
    {
        public SurveyCampaign ToDto() => new(
            Id, Name, TemplateId, TemplateName, ReadFilter(Filter), SampleSize, SampleShare, EnumNames<CampaignStratum>.ParseOrNull(StratifyBy),
            Schedule, Active, NextRunAt, Invited, Responded, Rate(Responded, Invited), UpdatedAt);
    }

    private sealed record RunRow(
        Guid Id, Guid CampaignId, DateTimeOffset ScheduledFor, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int? Matched, int? Sampled,
        int? Invited, int Responded)
    {
        public SurveyCampaignRun ToDto() => new(Id, CampaignId, ScheduledFor, StartedAt, FinishedAt, Matched, Sampled, Invited, Responded, Rate(Responded, Invited ?? 0));
    }

    public async Task<IReadOnlyList<SurveyCampaign>> ListAsync(CancellationToken ct) =>
        [.. (await db.QueryAsync<CampaignRow>(ListSql, null, ct)).Select(r => r.ToDto())];

    public async Task<SurveyCampaign> GetAsync(Guid id, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<CampaignRow>(GetSql, new { Id = id }, ct))?.ToDto() ?? throw new NotFoundException("The campaign");

    public async Task<IReadOnlyList<SurveyCampaignRun>> RunsAsync(Guid campaignId, Guid? runId, CancellationToken ct) =>
        [.. (await db.QueryAsync<RunRow>(RunsSql, new { CampaignId = campaignId, RunId = runId }, ct)).Select(r => r.ToDto())];

    public static string WriteFilter(CampaignFilter filter) => JsonSerializer.Serialize(filter, JsonOptions);

    public static CampaignFilter ReadFilter(string json) => (JsonSerializer.Deserialize<CampaignFilter>(json, JsonOptions) ?? new CampaignFilter()).Normalized();

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static double? Rate(int responded, int invited) => invited == 0 ? null : (double)responded / invited;
}

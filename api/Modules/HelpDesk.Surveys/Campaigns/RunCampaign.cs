using HelpDesk.Shared.Organisation;
using HelpDesk.Surveys.Settings;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// One run of a campaign, in one transaction: the run row, its invitations and the campaign's next run commit together
/// or not at all.
/// <para>
/// Scheduled (<see cref="Command.RunNow"/> false, the job): runs only when the campaign is active and its next_run_at is
/// due, for that slot (scheduled_for = next_run_at), and moves next_run_at to the schedule's first instant after now, so
/// however many slots went by while the app was down, they make one run. Exactly once without a lock of its own: the
/// campaign row is read FOR UPDATE, so a second pass (a retry, another node) waits for the first and then finds the slot
/// no longer due; UNIQUE (campaign_id, scheduled_for) backs that up (ON CONFLICT DO NOTHING).
/// </para>
/// <para>Run now (an administrator): a run for the current instant; the schedule is left alone.</para>
/// </summary>
internal static class RunCampaign
{
    /// <returns>The run made, or null when the campaign was not due (or already ran for its slot).</returns>
    internal sealed record Command(Guid CampaignId, bool RunNow) : ICommand<SurveyCampaignRun?>;

    private const string DueSql = "SELECT id FROM surveys.campaigns WHERE active AND next_run_at <= @Now ORDER BY next_run_at";

    /// <summary>The campaigns whose next run is due (campaigns_due_idx).</summary>
    public static Task<IReadOnlyList<Guid>> DueAsync(IDb db, DateTimeOffset now, CancellationToken ct) => db.QueryAsync<Guid>(DueSql, new { Now = now }, ct);

    internal sealed class Handler(IDb db, CampaignSampler sampler, CampaignStore store, SurveySettingsStore settings, OrganisationSettings organisation, TimeProvider clock)
        : ICommandHandler<Command, SurveyCampaignRun?>
    {
        private const string CampaignSql = """
            SELECT c.id, c.template_id, t.latest_version AS template_version, c.filter::text AS filter, c.sample_size, c.sample_share,
                   c.stratify_by, c.schedule, c.active, c.next_run_at
            FROM surveys.campaigns c JOIN surveys.templates t ON t.id = c.template_id
            WHERE c.id = @Id
            FOR UPDATE OF c
            """;

        private const string AdvanceSql = "UPDATE surveys.campaigns SET next_run_at = @Next WHERE id = @Id";

        private const string StartSql = """
            INSERT INTO surveys.campaign_runs (id, campaign_id, scheduled_for, started_at)
            VALUES (@Id, @CampaignId, @ScheduledFor, @Now)
            ON CONFLICT (campaign_id, scheduled_for) DO NOTHING
            RETURNING id
            """;

        private const string FinishSql = """
            UPDATE surveys.campaign_runs SET matched = @Matched, sampled = @Sampled, invited = @Invited, finished_at = @Now WHERE id = @Id
            """;

        private sealed record Row(
            Guid Id, Guid TemplateId, int TemplateVersion, string Filter, int? SampleSize, decimal? SampleShare, string? StratifyBy,
            string Schedule, bool Active, DateTimeOffset? NextRunAt);

        public async ValueTask<SurveyCampaignRun?> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var campaign = await db.QuerySingleOrDefaultAsync<Row>(CampaignSql, new { Id = command.CampaignId }, ct);
            if (campaign is null)
            {
                if (command.RunNow)
                {
                    throw new NotFoundException("The campaign");
                }

                return null;
            }

            DateTimeOffset scheduledFor;
            if (command.RunNow)
            {
                scheduledFor = now;
            }
            else
            {
                if (!campaign.Active || campaign.NextRunAt is not { } due || due > now)
                {
                    return null;
                }

                scheduledFor = due;
                await db.ExecuteAsync(AdvanceSql, new { campaign.Id, Next = CampaignSchedule.Next(campaign.Schedule, organisation.TimeZone, now) }, ct);
            }

            var runId = Guid.CreateVersion7(now);
            if (await db.QuerySingleOrDefaultAsync<Guid?>(StartSql, new { Id = runId, CampaignId = campaign.Id, ScheduledFor = scheduledFor, Now = now }, ct) is null)
            {
                if (command.RunNow)
                {
                    throw new ConflictException("run-exists", "This campaign already has a run for this instant.");
                }

                return null;
            }

            var outcome = await sampler.RunAsync(
                new CampaignToRun(campaign.Id, campaign.TemplateId, campaign.TemplateVersion, CampaignStore.ReadFilter(campaign.Filter), campaign.SampleSize,
                    campaign.SampleShare, EnumNames<CampaignStratum>.ParseOrNull(campaign.StratifyBy)),
                runId,
                (await settings.GetAsync(ct)).ResurveyWindowDays,
                ct);
            await db.ExecuteAsync(FinishSql, new { Id = runId, outcome.Matched, outcome.Sampled, outcome.Invited, Now = clock.GetUtcNow() }, ct);
            return (await store.RunsAsync(campaign.Id, runId, ct)).Single();
        }
    }
}

using FluentValidation;
using HelpDesk.Shared.Organisation;
using Npgsql;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// Create (Id null) or replace a campaign. Exactly one of sampleSize and sampleShare; the schedule a cron expression in
/// the department's zone (default fortnightly, <see cref="CampaignSchedule.Fortnightly"/>); the template must exist.
/// An active campaign's next run is the schedule's next instant; it is recomputed when the schedule changes or the
/// campaign is switched on (kept otherwise, so an edit never skips a run that is due), and cleared when it is switched off.
/// </summary>
internal static class SaveCampaign
{
    internal sealed record Request(
        string Name,
        Guid TemplateId,
        CampaignFilter? Filter,
        int? SampleSize,
        decimal? SampleShare,
        CampaignStratum? StratifyBy,
        string? Schedule,
        bool Active = true);

    internal sealed record Command(Guid? Id, Request Campaign) : ICommand<SurveyCampaign>;

    public const int MaxSampleSize = 100_000;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(OrganisationSettings organisation, TimeProvider clock)
        {
            RuleFor(c => c.Campaign.Name).NotEmpty().MaximumLength(200).OverridePropertyName("name");
            RuleFor(c => c.Campaign.TemplateId).NotEmpty().OverridePropertyName("templateId");
            RuleFor(c => c.Campaign).Custom((campaign, context) =>
            {
                if ((campaign.SampleSize is null) == (campaign.SampleShare is null))
                {
                    context.AddFailure("sampleSize", "Give either a sample size or a sample share, not both and not neither.");
                }
            });
            RuleFor(c => c.Campaign.SampleSize).InclusiveBetween(1, MaxSampleSize).When(c => c.Campaign.SampleSize is not null).OverridePropertyName("sampleSize");
            RuleFor(c => c.Campaign.SampleShare)
                .Must(s => s is > 0m and <= 1m && decimal.Round(s.Value, 4) == s.Value)
                .When(c => c.Campaign.SampleShare is not null)
                .WithMessage("A share of the matching customers: more than 0 and at most 1, with up to 4 decimals (0.05 is 5 %).")
                .OverridePropertyName("sampleShare");
            RuleFor(c => c.Campaign.Schedule)
                .Must(s => s is null || CampaignSchedule.Problem(s, organisation.TimeZone, clock.GetUtcNow()) is null)
                .WithMessage(c => CampaignSchedule.Problem(c.Campaign.Schedule, organisation.TimeZone, clock.GetUtcNow()) ?? "")
                .OverridePropertyName("schedule");
            RuleFor(c => c.Campaign.Filter).SetValidator(new CampaignFilterValidator()!).When(c => c.Campaign.Filter is not null).OverridePropertyName("filter");
        }
    }

    internal sealed class Handler(IDb db, ICurrentUser user, CampaignStore store, OrganisationSettings organisation, TimeProvider clock)
        : ICommandHandler<Command, SurveyCampaign>
    {
        private const string TemplateExistsSql = "SELECT EXISTS (SELECT 1 FROM surveys.templates WHERE id = @TemplateId)";

        private const string CurrentSql = "SELECT schedule, active, next_run_at FROM surveys.campaigns WHERE id = @Id FOR UPDATE";

        private const string InsertSql = """
            INSERT INTO surveys.campaigns (id, name, template_id, filter, sample_size, sample_share, stratify_by, schedule, active, next_run_at,
                created_at, created_by, updated_at)
            VALUES (@Id, @Name, @TemplateId, @Filter::jsonb, @SampleSize, @SampleShare, @StratifyBy, @Schedule, @Active, @NextRunAt, @Now, @UserId, @Now)
            """;

        private const string UpdateSql = """
            UPDATE surveys.campaigns
            SET name = @Name, template_id = @TemplateId, filter = @Filter::jsonb, sample_size = @SampleSize, sample_share = @SampleShare,
                stratify_by = @StratifyBy, schedule = @Schedule, active = @Active, next_run_at = @NextRunAt, updated_at = @Now
            WHERE id = @Id
            """;

        private sealed record Current(string Schedule, bool Active, DateTimeOffset? NextRunAt);

        public async ValueTask<SurveyCampaign> Handle(Command command, CancellationToken ct)
        {
            var c = command.Campaign;
            var now = clock.GetUtcNow();
            var schedule = c.Schedule?.Trim() ?? CampaignSchedule.Fortnightly;
            if (!await db.QuerySingleAsync<bool>(TemplateExistsSql, new { c.TemplateId }, ct))
            {
                throw new RuleViolationException("templateId", "There is no survey template with this id.");
            }

            var nextRunAt = c.Active ? CampaignSchedule.Next(schedule, organisation.TimeZone, now) : null;
            if (command.Id is { } id)
            {
                var current = await db.QuerySingleOrDefaultAsync<Current>(CurrentSql, new { Id = id }, ct) ?? throw new NotFoundException("The campaign");
                if (c.Active && current.Active && current.Schedule == schedule && current.NextRunAt is not null)
                {
                    nextRunAt = current.NextRunAt;
                }
            }

            var parameters = new
            {
                Id = command.Id ?? Guid.CreateVersion7(now),
                Name = c.Name.Trim(),
                c.TemplateId,
                Filter = CampaignStore.WriteFilter((c.Filter ?? new CampaignFilter()).Normalized()),
                c.SampleSize,
                c.SampleShare,
                StratifyBy = EnumNames<CampaignStratum>.Name(c.StratifyBy),
                Schedule = schedule,
                c.Active,
                NextRunAt = nextRunAt,
                Now = now,
                user.UserId,
            };
            try
            {
                await db.ExecuteAsync(command.Id is null ? InsertSql : UpdateSql, parameters, ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("duplicate-name", $"A campaign named {parameters.Name} already exists.");
            }

            return await store.GetAsync(parameters.Id, ct);
        }
    }
}

using FluentValidation;
using HelpDesk.Surveys.Settings;

namespace HelpDesk.Surveys.UpdateSurveySettings;

internal static class UpdateSurveySettings
{
    internal sealed record Command(
        bool HotEnabled, Guid? HotTemplateId, int HotDelayMinutes, int ResurveyWindowDays, int LinkValidDays, int RecoveryThreshold)
        : ICommand<SurveySettings>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HotDelayMinutes).InclusiveBetween(0, 10080);
            RuleFor(c => c.ResurveyWindowDays).InclusiveBetween(0, 730);
            RuleFor(c => c.LinkValidDays).InclusiveBetween(1, 365);
            RuleFor(c => c.RecoveryThreshold).InclusiveBetween(0, 6)
                .WithMessage("An overall answer at or below this opens a recovery ticket: 0 (never) to 6.");
        }
    }

    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, SurveySettings>
    {
        private const string TemplateExistsSql = "SELECT EXISTS (SELECT 1 FROM surveys.templates WHERE id = @HotTemplateId)";

        private const string UpdateSql = $"""
            INSERT INTO surveys.settings AS s (id, hot_enabled, hot_template_id, hot_delay_minutes, resurvey_window_days,
                link_valid_days, recovery_threshold, updated_at, updated_by)
            VALUES (true, @HotEnabled, @HotTemplateId, @HotDelayMinutes, @ResurveyWindowDays, @LinkValidDays, @RecoveryThreshold, @Now, @UserId)
            ON CONFLICT (id) DO UPDATE
            SET hot_enabled = excluded.hot_enabled, hot_template_id = excluded.hot_template_id,
                hot_delay_minutes = excluded.hot_delay_minutes, resurvey_window_days = excluded.resurvey_window_days,
                link_valid_days = excluded.link_valid_days, recovery_threshold = excluded.recovery_threshold,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            RETURNING {SurveySettingsStore.Columns}
            """;

        public async ValueTask<SurveySettings> Handle(Command command, CancellationToken ct)
        {
            if (command.HotTemplateId is not null && !await db.QuerySingleAsync<bool>(TemplateExistsSql, command, ct))
            {
                throw new RuleViolationException("hotTemplateId", "There is no survey template with this id.");
            }

            return await db.QuerySingleAsync<SurveySettings>(UpdateSql, new
            {
                command.HotEnabled,
                command.HotTemplateId,
                command.HotDelayMinutes,
                command.ResurveyWindowDays,
                command.LinkValidDays,
                command.RecoveryThreshold,
                Now = clock.GetUtcNow(),
                user.UserId,
            }, ct);
        }
    }
}

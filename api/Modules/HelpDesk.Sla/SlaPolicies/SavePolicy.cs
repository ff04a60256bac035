using FluentValidation;
using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.SlaPolicies;

/// <summary>
/// Create a policy (Id null), or edit one: an edit adds a new version and makes it current, so tickets that matched an
/// earlier version keep it (and their due times). A target its calendar cannot reach (10 working minutes a week and a
/// 20,000-minute target; closures on every working day) is a 422 naming the target: a ticket created now must fall due.
/// </summary>
internal static class SavePolicy
{
    internal sealed record Request(
        string Name, PolicyConditions? Conditions, ClockTarget? FirstResponse, ClockTarget? Resolution, int Precedence = 0, int WarningPercent = 75);

    internal sealed record Command(Guid? Id, Request Policy) : ICommand<PolicyDto>;

    private const int MaxMinutes = 525_600;
    private const int MaxDays = 365;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Policy.Name).NotEmpty().MaximumLength(200).OverridePropertyName("name");
            RuleFor(c => c.Policy.WarningPercent).ExclusiveBetween(0, 100).WithMessage("The warning threshold is a percentage of the target between 0 and 100 (exclusive).")
                .OverridePropertyName("warningPercent");
            RuleFor(c => c.Policy).Must(p => p.FirstResponse is not null || p.Resolution is not null)
                .WithMessage("A policy needs a first-response target, a resolution target, or both.").OverridePropertyName("resolution");
            RuleFor(c => c.Policy.FirstResponse!).Must(BeAPossibleTarget).WithMessage(TargetMessage).When(c => c.Policy.FirstResponse is not null)
                .OverridePropertyName("firstResponse");
            RuleFor(c => c.Policy.Resolution!).Must(BeAPossibleTarget).WithMessage(TargetMessage).When(c => c.Policy.Resolution is not null)
                .OverridePropertyName("resolution");
            RuleFor(c => c.Policy.Conditions).Must(c => c is null || NoEmptyList(c))
                .WithMessage("Leave a condition out (null) to match anything; an empty list would match nothing.").OverridePropertyName("conditions");
        }

        private const string TargetMessage =
            "A target is business_minutes or calendar_minutes (1 to 525600) or business_days (1 to 365); business kinds name a calendarId.";

        private static bool BeAPossibleTarget(ClockTarget t) => t.Kind switch
        {
            TargetKind.CalendarMinutes => t.Amount is >= 1 and <= MaxMinutes,
            TargetKind.BusinessMinutes => t.Amount is >= 1 and <= MaxMinutes && t.CalendarId is not null,
            _ => t.Amount is >= 1 and <= MaxDays && t.CalendarId is not null,
        };

        private static bool NoEmptyList(PolicyConditions c) =>
            c.TicketTypes is not { Count: 0 } && c.TopicIds is not { Count: 0 } && c.Priorities is not { Count: 0 }
            && c.Channels is not { Count: 0 } && c.Segments is not { Count: 0 };
    }

    internal sealed class Handler(IDb db, ICurrentUser user, CalendarStore calendars, TimeProvider clock) : ICommandHandler<Command, PolicyDto>
    {
        private const string CalendarsExistSql = "SELECT count(*) FROM sla.calendars WHERE id = ANY(@Ids)";

        private const string RetireSql = "UPDATE sla.policies SET current = false WHERE policy_id = @PolicyId AND current RETURNING version";

        private const string InsertSql = $"""
            INSERT INTO sla.policies (id, policy_id, version, current, name, ticket_types, topic_ids, priorities, channels, segments, precedence,
                first_response_kind, first_response_amount, first_response_calendar_id, resolution_kind, resolution_amount, resolution_calendar_id,
                warning_percent, created_at, created_by)
            VALUES (@Id, @PolicyId, @Version, true, @Name, @TicketTypes, @TopicIds, @Priorities, @Channels, @Segments, @Precedence,
                @FirstResponseKind, @FirstResponseAmount, @FirstResponseCalendarId, @ResolutionKind, @ResolutionAmount, @ResolutionCalendarId,
                @WarningPercent, @Now, @UserId)
            RETURNING {PolicyRow.Columns}
            """;

        public async ValueTask<PolicyDto> Handle(Command command, CancellationToken ct)
        {
            var p = command.Policy;
            Guid[] calendarIds = [.. new[] { p.FirstResponse?.CalendarId, p.Resolution?.CalendarId }.OfType<Guid>().Distinct()];
            if (await db.QuerySingleAsync<long>(CalendarsExistSql, new { Ids = calendarIds }, ct) != calendarIds.Length)
            {
                throw new RuleViolationException("calendarId", "A target names a calendar that does not exist.");
            }

            var now = clock.GetUtcNow();
            await EnsureReachableAsync("firstResponse", p.FirstResponse, now, ct);
            await EnsureReachableAsync("resolution", p.Resolution, now, ct);
            var version = 1;
            var policyId = command.Id ?? Guid.CreateVersion7(now);
            if (command.Id is { } id)
            {
                // Lock-free but safe: the partial unique index lets only one current version exist per policy.
                var previous = await db.QuerySingleOrDefaultAsync<int?>(RetireSql, new { PolicyId = id }, ct) ?? throw new NotFoundException("The policy");
                version = previous + 1;
            }

            var c = p.Conditions ?? new PolicyConditions();
            var row = await db.QuerySingleAsync<PolicyRow>(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                PolicyId = policyId,
                Version = version,
                Name = p.Name.Trim(),
                TicketTypes = c.TicketTypes?.Select(t => t.ToDb()).Distinct().ToArray(),
                TopicIds = c.TopicIds?.Distinct().ToArray(),
                Priorities = c.Priorities?.Select(t => t.ToDb()).Distinct().ToArray(),
                Channels = c.Channels?.Select(t => t.ToDb()).Distinct().ToArray(),
                Segments = c.Segments?.Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                p.Precedence,
                FirstResponseKind = p.FirstResponse?.Kind.ToDb(),
                FirstResponseAmount = p.FirstResponse?.Amount,
                FirstResponseCalendarId = p.FirstResponse?.Kind == TargetKind.CalendarMinutes ? null : p.FirstResponse?.CalendarId,
                ResolutionKind = p.Resolution?.Kind.ToDb(),
                ResolutionAmount = p.Resolution?.Amount,
                ResolutionCalendarId = p.Resolution?.Kind == TargetKind.CalendarMinutes ? null : p.Resolution?.CalendarId,
                p.WarningPercent,
                Now = now,
                user.UserId,
            }, ct);
            return row.ToDto();
        }

        private async Task EnsureReachableAsync(string field, ClockTarget? target, DateTimeOffset now, CancellationToken ct)
        {
            if (target is null || target.Kind == TargetKind.CalendarMinutes || target.CalendarId is not { } calendarId)
            {
                return;
            }

            var calendar = await calendars.GetAsync(calendarId, ct);
            if (!ClockMath.Reaches(target, calendar, now))
            {
                throw new RuleViolationException(field,
                    $"The calendar \"{calendar.Name}\" does not hold {target.Amount} {target.Kind.ToDb()} of working time within " +
                    $"{BusinessCalendar.HorizonDays / 366} years: no ticket could ever fall due. Lower the target or add working time to the calendar.");
            }
        }
    }
}

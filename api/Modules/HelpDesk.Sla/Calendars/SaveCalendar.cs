using System.Globalization;
using System.Text.Json;
using FluentValidation;
using HelpDesk.Shared.Organisation;
using HelpDesk.Sla.Calendars;
using Npgsql;

namespace HelpDesk.Sla.Calendars;

/// <summary>
/// Create (Id null) or replace a business calendar: name, time zone (stored as its canonical IANA id), weekly periods,
/// its own closures, and whether it also closes on Colombia's national holidays (by rule, any year; on by default).
/// A change that leaves a current policy's target unreachable on the calendar is refused (see <see cref="PolicyCheck"/>).
/// </summary>
internal static class SaveCalendar
{
    internal sealed record Request(
        string Name, string TimeZone, IReadOnlyList<WorkPeriodDto> Week, IReadOnlyList<HolidayDto>? Holidays, bool IsDefault = false, bool NationalHolidays = true);

    internal sealed record Command(Guid? Id, Request Calendar) : ICommand<CalendarDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Calendar.Name).NotEmpty().MaximumLength(200).OverridePropertyName("name");
            RuleFor(c => c.Calendar.TimeZone).Must(z => TimeZones.Canonical(z) is not null).WithMessage("Use an IANA time zone such as America/Bogota.").OverridePropertyName("timeZone");
            RuleFor(c => c.Calendar.Week).NotNull().Must(w => w is { Count: > 0 }).WithMessage("A calendar with no working time cannot measure anything.")
                .OverridePropertyName("week");
            RuleForEach(c => c.Calendar.Holidays).ChildRules(holiday =>
                    holiday.RuleFor(h => h.Name).NotEmpty().WithMessage("Name each holiday (up to 200 characters).").MaximumLength(200))
                .OverridePropertyName("holidays");
            RuleFor(c => c.Calendar).Custom((calendar, context) =>
            {
                var error = WeekError(calendar.Week ?? []);
                if (error is not null)
                {
                    context.AddFailure("week", error);
                }
            });
        }

        private static string? WeekError(IReadOnlyList<WorkPeriodDto> week)
        {
            var parsed = new List<(Weekday Day, TimeSpan Start, TimeSpan End)>();
            foreach (var period in week)
            {
                if (ParseTime(period.Start) is not { } start || ParseTime(period.End) is not { } end || end <= start)
                {
                    return $"{period.Day.ToDb()} {period.Start}-{period.End} is not a period: use HH:mm, start before end, end up to 24:00.";
                }

                parsed.Add((period.Day, start, end));
            }

            foreach (var day in parsed.GroupBy(p => p.Day))
            {
                var ordered = day.OrderBy(p => p.Start).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    if (ordered[i].Start < ordered[i - 1].End)
                    {
                        return $"Periods of {day.Key.ToDb()} overlap.";
                    }
                }
            }

            return null;
        }
    }

    public static TimeSpan? ParseTime(string text) =>
        text == "24:00" ? TimeSpan.FromHours(24)
        : TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t.ToTimeSpan() : null;

    internal sealed class Handler(IDb db, TimeProvider clock) : ICommandHandler<Command, CalendarDto>
    {
        private const string InsertSql = """
            INSERT INTO sla.calendars (id, name, time_zone, week, is_default, national_holidays, created_at, updated_at)
            VALUES (@Id, @Name, @TimeZone, @Week::jsonb, @IsDefault, @NationalHolidays, @Now, @Now)
            """;

        private const string UpdateSql = """
            UPDATE sla.calendars SET name = @Name, time_zone = @TimeZone, week = @Week::jsonb, is_default = @IsDefault, national_holidays = @NationalHolidays,
                updated_at = @Now
            WHERE id = @Id
            """;

        // One default at a time: marking a calendar default takes the mark from the others first.
        private const string ClearDefaultSql = "UPDATE sla.calendars SET is_default = false WHERE is_default AND id <> @Id";

        private const string ReplaceHolidaysSql = """
            DELETE FROM sla.calendar_holidays WHERE calendar_id = @Id;
            INSERT INTO sla.calendar_holidays (calendar_id, day, name) SELECT @Id, d, n FROM unnest(@Days, @Names) AS h(d, n);
            """;

        public async ValueTask<CalendarDto> Handle(Command command, CancellationToken ct)
        {
            var c = command.Calendar;
            var id = command.Id ?? Guid.CreateVersion7(clock.GetUtcNow());
            var holidays = (c.Holidays ?? []).DistinctBy(h => h.Day).OrderBy(h => h.Day).ToList();
            var zone = TimeZones.Canonical(c.TimeZone)!;
            var parameters = new
            {
                Id = id, Name = c.Name.Trim(), TimeZone = zone, Week = JsonSerializer.Serialize(c.Week, JsonSerializerOptions.Web), c.IsDefault, c.NationalHolidays,
                Now = clock.GetUtcNow(),
            };
            var saved = new CalendarDto(id, parameters.Name, zone, c.Week, holidays, c.IsDefault, c.NationalHolidays);
            if (command.Id is not null)
            {
                await PolicyCheck.EnsureReachableAsync(db, saved, clock.GetUtcNow(), ct);
            }

            try
            {
                if (c.IsDefault)
                {
                    await db.ExecuteAsync(ClearDefaultSql, parameters, ct);
                }

                if (command.Id is null)
                {
                    await db.ExecuteAsync(InsertSql, parameters, ct);
                }
                else if (await db.ExecuteAsync(UpdateSql, parameters, ct) == 0)
                {
                    throw new NotFoundException("The calendar");
                }
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("duplicate-name", $"A calendar named {c.Name} already exists.");
            }

            await db.ExecuteAsync(ReplaceHolidaysSql, new
            {
                Id = id,
                Days = holidays.Select(h => h.Day.ToDateTime(TimeOnly.MinValue)).ToArray(),
                Names = holidays.Select(h => h.Name.Trim()).ToArray(),
            }, ct);
            return saved;
        }
    }

    /// <summary>The calculator for a stored calendar.</summary>
    public static BusinessCalendar ToBusinessCalendar(CalendarDto calendar) => new(
        TimeZones.Find(calendar.TimeZone),
        calendar.Week.GroupBy(p => p.Day.ToDayOfWeek())
            .ToDictionary(g => g.Key, g => g.Select(p => new WorkInterval(ParseTime(p.Start)!.Value, ParseTime(p.End)!.Value)).ToArray()),
        new HolidaySet(calendar.NationalHolidays, calendar.Holidays.Select(h => h.Day)));
}

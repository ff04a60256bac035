using HelpDesk.Sla.Calendars;

namespace HelpDesk.Sla.Clocks;

/// <summary>
/// The arithmetic of one clock, in the clock's own kind of time: working time on the calendar, plain time, or legal-day
/// time. A clock's target is fixed in seconds of that kind when it starts, so pausing, resuming and measuring are all
/// "count seconds of this kind" and "add seconds of this kind". An instant the calendar cannot reach (too little working
/// time within <see cref="BusinessCalendar.HorizonDays"/>) is null: the clock still counts, but nothing falls due.
/// </summary>
internal sealed class ClockMath(TargetKind kind, StoredCalendar? calendar)
{
    private const long SecondsPerDay = 86_400;

    public static TimeSpan Seconds(long seconds) => TimeSpan.FromSeconds(seconds);

    public TimeSpan Measure(DateTimeOffset from, DateTimeOffset to) => kind switch
    {
        TargetKind.CalendarMinutes => to > from ? to - from : TimeSpan.Zero,
        TargetKind.BusinessMinutes => Calendar.Business.Measure(from, to),
        _ => Calendar.LegalDays.Measure(from, to),
    };

    public DateTimeOffset? Add(DateTimeOffset from, TimeSpan duration) => kind switch
    {
        TargetKind.CalendarMinutes => from + duration,
        TargetKind.BusinessMinutes => Calendar.Business.TryAdd(from, duration),
        _ => Calendar.LegalDays.TryAdd(from, duration),
    };

    /// <summary>
    /// Due instant (null when unreachable) and target length (in this clock's kind of time) of a clock starting now. An
    /// unreachable legal term counts its days as whole days.
    /// </summary>
    public (DateTimeOffset? Due, long TargetSeconds) Start(DateTimeOffset start, int amount)
    {
        if (kind == TargetKind.BusinessDays)
        {
            var due = LegalTerms.Due(start, amount, Calendar.Zone, Calendar.LegalHolidays);
            return (due, due is { } d ? (long)Measure(start, d).TotalSeconds : amount * SecondsPerDay);
        }

        var target = TimeSpan.FromMinutes(amount);
        return (Add(start, target), (long)target.TotalSeconds);
    }

    /// <summary>Whether a clock with this target, starting at <paramref name="start"/>, falls due at all.</summary>
    public static bool Reaches(ClockTarget target, StoredCalendar? calendar, DateTimeOffset start) =>
        new ClockMath(target.Kind, calendar).Start(start, target.Amount).Due is not null;

    /// <summary>The warning instant: when <paramref name="percent"/> of the target will have been used, counting from a running stretch that starts now.</summary>
    public DateTimeOffset? WarnAt(DateTimeOffset now, long targetSeconds, long elapsedSeconds, int percent)
    {
        var warnAfter = targetSeconds * percent / 100;
        return Add(now, Seconds(Math.Max(0, warnAfter - elapsedSeconds)));
    }

    /// <summary>The due instant of a clock that runs again now with <paramref name="elapsedSeconds"/> already used.</summary>
    public DateTimeOffset? DueAt(DateTimeOffset now, long targetSeconds, long elapsedSeconds) =>
        Add(now, Seconds(Math.Max(0, targetSeconds - elapsedSeconds)));

    private StoredCalendar Calendar => calendar ?? throw new InvalidOperationException($"A {kind} clock needs a calendar.");
}

namespace HelpDesk.Sla.Calendars;

/// <summary>A working period of one weekday, in local wall-clock time; End may be 24:00.</summary>
internal readonly record struct WorkInterval(TimeSpan Start, TimeSpan End);

/// <summary>
/// Business time on a weekly schedule in a time zone, with holidays. Working periods are local wall-clock intervals;
/// each is turned into real instants through the zone's rules, so DST days have the length they really have (a period
/// inside the spring-forward gap starts at the gap's end; an ambiguous fall-back time takes its first occurrence).
/// </summary>
internal sealed class BusinessCalendar
{
    private readonly TimeZoneInfo zone;
    private readonly IReadOnlyDictionary<DayOfWeek, WorkInterval[]> week;
    private readonly HolidaySet holidays;

    /// <summary>
    /// How far a computation looks for working time (20 years of days). A target that needs more than this from its
    /// start is unreachable on the calendar: <see cref="TryAdd"/> answers null.
    /// </summary>
    public const int HorizonDays = 366 * 20;

    /// <summary>A calendar closed on exactly these dates (no national holidays unless listed).</summary>
    public BusinessCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, WorkInterval[]> week, IEnumerable<DateOnly> holidays)
        : this(zone, week, new HolidaySet(false, holidays))
    {
    }

    public BusinessCalendar(TimeZoneInfo zone, IReadOnlyDictionary<DayOfWeek, WorkInterval[]> week, HolidaySet holidays)
    {
        this.zone = zone;
        this.week = week.ToDictionary(p => p.Key, p => p.Value.OrderBy(i => i.Start).ToArray());
        this.holidays = holidays;
        foreach (var (day, intervals) in this.week)
        {
            foreach (var interval in intervals)
            {
                if (interval.Start < TimeSpan.Zero || interval.End > TimeSpan.FromHours(24) || interval.End <= interval.Start)
                {
                    throw new ArgumentException($"{day}: {interval.Start}-{interval.End} is not a valid working period.", nameof(week));
                }
            }

            for (var i = 1; i < intervals.Length; i++)
            {
                if (intervals[i].Start < intervals[i - 1].End)
                {
                    throw new ArgumentException($"{day}: working periods overlap.", nameof(week));
                }
            }
        }

        if (this.week.Values.All(v => v.Length == 0))
        {
            throw new ArgumentException("A calendar needs some working time.", nameof(week));
        }
    }

    public TimeZoneInfo Zone => zone;

    public HolidaySet Holidays => holidays;

    /// <summary>The instant when <paramref name="duration"/> of business time has passed after <paramref name="start"/>.</summary>
    /// <exception cref="InvalidOperationException">The calendar has too little working time to reach it (see <see cref="TryAdd"/>).</exception>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan duration) =>
        TryAdd(start, duration) ?? throw new InvalidOperationException($"{duration} of working time is not reached within {HorizonDays} days on this calendar.");

    /// <summary>
    /// The instant when <paramref name="duration"/> of business time has passed after <paramref name="start"/>, or null
    /// when the calendar does not hold that much working time within <see cref="HorizonDays"/> days.
    /// </summary>
    public DateTimeOffset? TryAdd(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var remaining = duration;
        foreach (var (from, to) in PeriodsFrom(start))
        {
            var begin = from > start ? from : start;
            var available = to - begin;
            if (remaining <= available)
            {
                // An instant outside working time moves to the next opening, even for a zero duration.
                return begin + remaining;
            }

            remaining -= available;
        }

        return null;
    }

    /// <summary>Business time between two instants (zero when to is not after from).</summary>
    public TimeSpan Measure(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        foreach (var (start, end) in PeriodsFrom(from))
        {
            if (start >= to)
            {
                break;
            }

            var begin = start > from ? start : from;
            var finish = end < to ? end : to;
            if (finish > begin)
            {
                total += finish - begin;
            }
        }

        return total;
    }

    /// <summary>Working periods (as UTC instants) that end after <paramref name="instant"/>, in order.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> PeriodsFrom(DateTimeOffset instant)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime).AddDays(-1);
        for (var guard = 0; guard < HorizonDays; guard++, day = day.AddDays(1))
        {
            if (holidays.Contains(day) || !week.TryGetValue(day.DayOfWeek, out var intervals))
            {
                continue;
            }

            foreach (var interval in intervals)
            {
                var start = ToInstant(day, interval.Start);
                var end = ToInstant(day, interval.End);
                if (end > instant && end > start)
                {
                    yield return (start, end);
                }
            }
        }
    }

    private DateTimeOffset ToInstant(DateOnly day, TimeSpan timeOfDay)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset).ToUniversalTime();
    }
}

using System.Text.Json;
using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Working time on one calendar as a table of working periods (UTC ticks) with the working time before each, so measuring
/// and adding working time are binary searches. Same results as the product's BusinessCalendar (Add: an instant outside
/// working time moves to the next opening; a duration that ends exactly at a period's end stays there); the post-load
/// checks compare a sample with the product's own calculator.
/// </summary>
internal sealed class WorkTable
{
    private readonly long[] starts;
    private readonly long[] ends;
    private readonly long[] before; // working ticks before period k

    public WorkTable(TimeSpan offset, Func<DateOnly, (TimeSpan Start, TimeSpan End)[]> periodsOf, DateOnly from, DateOnly to)
    {
        var s = new List<long>();
        var e = new List<long>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            foreach (var (a, b) in periodsOf(day))
            {
                var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset).UtcTicks;
                s.Add(midnight + a.Ticks);
                e.Add(midnight + b.Ticks);
            }
        }

        starts = [.. s];
        ends = [.. e];
        before = new long[starts.Length];
        for (var k = 1; k < starts.Length; k++)
        {
            before[k] = before[k - 1] + (ends[k - 1] - starts[k - 1]);
        }
    }

    /// <summary>Working ticks from the table's start to the instant.</summary>
    private long Cum(long t)
    {
        // First period whose end is after t.
        var k = FirstEndAfter(t);
        if (k >= starts.Length)
        {
            throw new InvalidOperationException("instant beyond the working-time table");
        }

        return before[k] + Math.Max(0, t - starts[k]);
    }

    private int FirstEndAfter(long t)
    {
        int lo = 0, hi = ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ends[mid] > t)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    public long MeasureSeconds(DateTimeOffset from, DateTimeOffset to) =>
        to <= from ? 0 : (Cum(to.UtcTicks) - Cum(from.UtcTicks)) / TimeSpan.TicksPerSecond;

    public DateTimeOffset Add(DateTimeOffset from, long seconds)
    {
        var t = from.UtcTicks;
        var k0 = FirstEndAfter(t);
        var target = before[k0] + Math.Max(0, t - starts[k0]) + (seconds * TimeSpan.TicksPerSecond);
        // First period k >= k0 with before[k] + length >= target.
        int lo = k0, hi = starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (before[mid] + (ends[mid] - starts[mid]) >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        if (lo >= starts.Length)
        {
            throw new InvalidOperationException("instant beyond the working-time table");
        }

        return new DateTimeOffset(starts[lo] + (target - before[lo]), TimeSpan.Zero);
    }
}

/// <summary>A demo policy version (as stored) and the calendars of the demo data set.</summary>
internal sealed record SlaPolicy(Guid VersionId, string Name, string[]? Types, string[]? Priorities, int Precedence,
    string FirstKind, int FirstAmount, Guid FirstCalendar, string ResolutionKind, int ResolutionAmount, Guid ResolutionCalendar, int WarningPercent);

internal sealed record SlaCalendar(Guid Id, TimeSpan Offset, WorkTable Business, WorkTable Legal, HashSet<DateOnly> Holidays);

/// <summary>A sla.clocks row as the generator writes it.</summary>
internal sealed class ClockRowOut
{
    public Guid Id;
    public Guid TicketId;
    public string TicketNumber = "";
    public Guid? LegId;
    public string Kind = "";
    public Guid? PolicyVersionId;
    public string TargetKind = "";
    public int TargetAmount;
    public Guid CalendarId;

    /// <summary>The calendar of CalendarId, once looked up (the clock's arithmetic asks for it at every step).</summary>
    public SlaCalendar? Calendar;
    public long TargetSeconds;
    public int WarningPercent;
    public Guid? TopicId;
    public Guid? AreaId;
    public string? Channel;
    public Guid? AgentId;
    public string State = "running";
    public DateTimeOffset StartedAt;
    public DateTimeOffset DueAt;
    public DateTimeOffset WarnAt;
    public long ElapsedSeconds;
    public DateTimeOffset? RunningSince;
    public DateTimeOffset? PausedAt;
    public DateTimeOffset? WarnedAt;
    public DateTimeOffset? BreachedAt;
    public DateTimeOffset? StoppedAt;

    public bool IsStopped => StoppedAt is not null;
}

/// <summary>
/// The SLA side of the generated history: the demo policies, read from the database (the version ids are the stored
/// ones), the product's clock arithmetic (ClockKeeper/ClockMath) on the demo calendars, and the breach check job that runs
/// every minute (at_risk when warn_at has passed, breached when due_at has, recorded at the first minute's pass after).
/// </summary>
internal sealed class SlaModel
{
    public required SlaPolicy[] Policies { get; init; }
    public required Dictionary<Guid, SlaCalendar> Calendars { get; init; }
    public required Guid DefaultCalendar { get; init; }
    public required Dictionary<Guid, Guid> AreaCalendars { get; init; }

    /// <summary>The demo policies, most specific then highest precedence first (all set one condition), as PolicyMatcher.Best picks.</summary>
    public SlaPolicy? Match(string type, string priority)
    {
        SlaPolicy? best = null;
        var bestSpec = -1;
        foreach (var p in Policies)
        {
            if ((p.Types is null || p.Types.Contains(type)) && (p.Priorities is null || p.Priorities.Contains(priority)))
            {
                var spec = (p.Types is null ? 0 : 1) + (p.Priorities is null ? 0 : 1);
                if (spec > bestSpec || (spec == bestSpec && p.Precedence > best!.Precedence))
                {
                    best = p;
                    bestSpec = spec;
                }
            }
        }

        return best;
    }

    public static async Task<SlaModel> LoadAsync(NpgsqlConnection connection, DateTimeOffset start, DateTimeOffset until, CancellationToken ct)
    {
        var policies = new List<SlaPolicy>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT id, name, ticket_types, priorities, precedence, first_response_kind, first_response_amount, first_response_calendar_id,
                   resolution_kind, resolution_amount, resolution_calendar_id, warning_percent, topic_ids, channels, segments
            FROM sla.policies WHERE current ORDER BY created_at, id
            """, connection))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                if (!r.IsDBNull(12) || !r.IsDBNull(13) || !r.IsDBNull(14) || r.IsDBNull(5) || r.IsDBNull(8))
                {
                    throw new InvalidOperationException($"policy {r.GetString(1)}: the generator knows the demo policies (type and priority conditions, both targets)");
                }

                policies.Add(new SlaPolicy(r.GetGuid(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetFieldValue<string[]>(2), r.IsDBNull(3) ? null : r.GetFieldValue<string[]>(3),
                    r.GetInt32(4), r.GetString(5), r.GetInt32(6), r.GetGuid(7), r.GetString(8), r.GetInt32(9), r.GetGuid(10), r.GetInt32(11)));
            }
        }

        if (policies.Count == 0)
        {
            throw new InvalidOperationException("The generator needs the demo SLA policies (start the app in demo mode first).");
        }

        var calendars = new Dictionary<Guid, SlaCalendar>();
        var from = DateOnly.FromDateTime(start.UtcDateTime).AddDays(-60);
        var to = DateOnly.FromDateTime(until.UtcDateTime).AddDays(400);
        await using (var cmd = new NpgsqlCommand("""
            SELECT c.id, c.time_zone, c.week::text, coalesce((SELECT array_agg(h.day) FROM sla.calendar_holidays h WHERE h.calendar_id = c.id), '{}'),
                   c.national_holidays
            FROM sla.calendars c
            """, connection))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(r.GetString(1));
                var offset = zone.GetUtcOffset(start);
                if (zone.GetUtcOffset(until.AddDays(400)) != offset || zone.GetUtcOffset(start.AddDays(-60)) != offset || zone.SupportsDaylightSavingTime && zone.GetAdjustmentRules().Any(a => a.DateEnd.Year >= start.Year - 1))
                {
                    throw new InvalidOperationException($"calendar zone {zone.Id}: the generator's working-time tables assume a fixed offset (Bogotá has no DST)");
                }

                // As the product counts: its own closures, the national holidays by rule when the calendar follows them, and
                // always for legal days.
                var closures = r.GetFieldValue<DateOnly[]>(3).ToHashSet();
                var national = Enumerable.Range(from.Year, to.Year - from.Year + 1).SelectMany(HelpDesk.Sla.Calendars.ColombianHolidays.For).ToHashSet();
                var holidays = r.GetBoolean(4) ? closures.Union(national).ToHashSet() : closures;
                var legalHolidays = closures.Union(national).ToHashSet();
                var week = new Dictionary<DayOfWeek, List<(TimeSpan, TimeSpan)>>();
                foreach (var p in JsonDocument.Parse(r.GetString(2)).RootElement.EnumerateArray())
                {
                    var day = Enum.Parse<DayOfWeek>(p.GetProperty("day").GetString()!, ignoreCase: true);
                    var a = Hm(p.GetProperty("start").GetString()!);
                    var b = Hm(p.GetProperty("end").GetString()!);
                    (week.TryGetValue(day, out var list) ? list : week[day] = []).Add((a, b));
                }

                var business = new WorkTable(offset, d => holidays.Contains(d) || !week.TryGetValue(d.DayOfWeek, out var ps) ? [] : [.. ps.OrderBy(x => x.Item1)], from, to);
                var legal = new WorkTable(offset, d => legalHolidays.Contains(d) || d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? [] : [(TimeSpan.Zero, TimeSpan.FromHours(24))], from, to);
                calendars[r.GetGuid(0)] = new SlaCalendar(r.GetGuid(0), offset, business, legal, legalHolidays);
            }
        }

        Guid defaultCalendar;
        await using (var cmd = new NpgsqlCommand("SELECT id FROM sla.calendars ORDER BY is_default DESC, created_at, id LIMIT 1", connection))
        {
            defaultCalendar = (Guid)(await cmd.ExecuteScalarAsync(ct))!;
        }

        var areaCalendars = new Dictionary<Guid, Guid>();
        await using (var cmd = new NpgsqlCommand("SELECT area_id, calendar_id FROM sla.area_calendars", connection))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                areaCalendars[r.GetGuid(0)] = r.GetGuid(1);
            }
        }

        return new SlaModel { Policies = [.. policies], Calendars = calendars, DefaultCalendar = defaultCalendar, AreaCalendars = areaCalendars };
    }

    private static TimeSpan Hm(string s) => s == "24:00" ? TimeSpan.FromHours(24) : TimeSpan.ParseExact(s, @"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);

    // ---- ClockMath ------------------------------------------------------------------------------------------------

    private long Measure(ClockRowOut c, DateTimeOffset from, DateTimeOffset to) => c.TargetKind switch
    {
        "calendar_minutes" => to > from ? (long)(to - from).TotalSeconds : 0,
        "business_minutes" => CalendarOf(c).Business.MeasureSeconds(from, to),
        _ => CalendarOf(c).Legal.MeasureSeconds(from, to),
    };

    private DateTimeOffset Add(ClockRowOut c, DateTimeOffset from, long seconds) => c.TargetKind switch
    {
        "calendar_minutes" => from.AddSeconds(seconds),
        "business_minutes" => CalendarOf(c).Business.Add(from, seconds),
        _ => CalendarOf(c).Legal.Add(from, seconds),
    };

    private SlaCalendar CalendarOf(ClockRowOut c) => c.Calendar ??= Calendars[c.CalendarId];

    /// <summary>LegalTerms.Due: N business days from the day after receipt, due at the end of the last one (local midnight).</summary>
    public static DateTimeOffset LegalDue(DateTimeOffset received, int days, SlaCalendar cal)
    {
        var day = DateOnly.FromDateTime(received.ToOffset(cal.Offset).DateTime);
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !cal.Holidays.Contains(day))
            {
                counted++;
            }
        }

        return new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), cal.Offset).ToUniversalTime();
    }

    /// <summary>ClockKeeper.StartAsync.</summary>
    public ClockRowOut Start(ClockRowOut c, DateTimeOffset at)
    {
        c.StartedAt = at;
        c.RunningSince = at;
        if (c.TargetKind == "business_days")
        {
            c.DueAt = LegalDue(at, c.TargetAmount, CalendarOf(c));
            c.TargetSeconds = Measure(c, at, c.DueAt);
        }
        else
        {
            c.TargetSeconds = c.TargetAmount * 60L;
            c.DueAt = Add(c, at, c.TargetSeconds);
        }

        c.WarnAt = Add(c, at, Math.Max(0, (c.TargetSeconds * c.WarningPercent / 100) - 0));
        return c;
    }

    /// <summary>The minute job's passes up to <paramref name="upTo"/> (exclusive of later ones) while the clock runs: at risk, breached.</summary>
    public static void RunJobUntil(ClockRowOut c, DateTimeOffset upTo, DateTimeOffset now)
    {
        if (c.State != "running")
        {
            return;
        }

        if (c.WarnedAt is null)
        {
            var p = Pass(c.WarnAt);
            if (p < upTo && p <= now)
            {
                if (c.DueAt <= p)
                {
                    Breach(c, p);
                    return;
                }

                c.WarnedAt = p;
            }
        }

        var q = Pass(c.DueAt);
        if (q < upTo && q <= now)
        {
            Breach(c, q);
        }
    }

    private static void Breach(ClockRowOut c, DateTimeOffset p)
    {
        c.State = "breached";
        c.BreachedAt = p;
        c.WarnedAt ??= p;
    }

    /// <summary>The breach check runs at the top of every minute and takes a moment: the pass that sees an instant.</summary>
    public static DateTimeOffset Pass(DateTimeOffset instant)
    {
        var minute = instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMinute);
        return new DateTimeOffset(minute + TimeSpan.TicksPerMinute + (1_500 * TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>ClockKeeper.PauseAsync (only a running clock pauses).</summary>
    public void Pause(ClockRowOut c, DateTimeOffset at, DateTimeOffset now)
    {
        RunJobUntil(c, at, now);
        if (c.IsStopped || c.State != "running")
        {
            return;
        }

        c.ElapsedSeconds += Measure(c, c.RunningSince!.Value, at);
        c.RunningSince = null;
        c.PausedAt = at;
        c.State = "paused";
    }

    /// <summary>ClockKeeper.ResumeAsync.</summary>
    public void Resume(ClockRowOut c, DateTimeOffset at)
    {
        if (c.IsStopped || c.State != "paused")
        {
            return;
        }

        c.RunningSince = at;
        c.PausedAt = null;
        c.State = "running";
        c.DueAt = Add(c, at, Math.Max(0, c.TargetSeconds - c.ElapsedSeconds));
        c.WarnAt = Add(c, at, Math.Max(0, (c.TargetSeconds * c.WarningPercent / 100) - c.ElapsedSeconds));
    }

    /// <summary>ClockKeeper.StopAsync (not cancelled).</summary>
    public void Stop(ClockRowOut c, DateTimeOffset at, Guid? agentId, DateTimeOffset now)
    {
        RunJobUntil(c, at, now);
        if (c.IsStopped)
        {
            return;
        }

        if (c.RunningSince is { } since)
        {
            c.ElapsedSeconds += Measure(c, since, at);
        }

        c.RunningSince = null;
        c.PausedAt = null;
        c.StoppedAt = at;
        c.AgentId = agentId ?? c.AgentId;
        if (c.State == "breached" || c.ElapsedSeconds > c.TargetSeconds)
        {
            c.State = "breached";
            c.BreachedAt ??= at;
        }
        else
        {
            c.State = "met";
        }
    }

    /// <summary>ClockKeeper.TicketViewsSql for one ticket's clocks.</summary>
    public static (DateTimeOffset? DueAt, DateTimeOffset? WarnAt, string State) View(ClockRowOut a, ClockRowOut b)
    {
        DateTimeOffset? due = null, warn = null;
        foreach (var c in (ReadOnlySpan<ClockRowOut>)[a, b])
        {
            if (c.StoppedAt is null && c.State is "running" or "breached")
            {
                due = due is null || c.DueAt < due ? c.DueAt : due;
                warn = warn is null || c.WarnAt < warn ? c.WarnAt : warn;
            }
        }

        bool Any(Func<ClockRowOut, bool> f) => f(a) || f(b);
        var state = due is not null ? "running"
            : Any(c => c.StoppedAt is null && c.State == "paused") ? "paused"
            : Any(c => c.State == "breached") ? "breached"
            : "met";
        return (due, warn, state);
    }
}

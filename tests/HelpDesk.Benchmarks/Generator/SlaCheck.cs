using System.Text.Json;
using HelpDesk.Sla.Calendars;
using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Compares generated clocks with the product's own calculator (BusinessCalendar, LegalTerms, compiled in from the Sla
/// module) built from the stored calendars: the target of every sampled clock, its due and warning instants from the
/// running stretch (ClockMath.DueAt / WarnAt), and the time used by clocks that stopped without a pause.
/// </summary>
internal static class SlaCheck
{
    public static async Task<(long Checked, List<string> Wrong)> RunAsync(NpgsqlConnection connection, string sample, CancellationToken ct)
    {
        var calendars = new Dictionary<Guid, (BusinessCalendar Business, BusinessCalendar Legal)>();
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
                var holidays = new HolidaySet(r.GetBoolean(4), r.GetFieldValue<DateOnly[]>(3));
                var week = new Dictionary<DayOfWeek, List<WorkInterval>>();
                foreach (var p in JsonDocument.Parse(r.GetString(2)).RootElement.EnumerateArray())
                {
                    var day = Enum.Parse<DayOfWeek>(p.GetProperty("day").GetString()!, ignoreCase: true);
                    static TimeSpan Hm(string s) => s == "24:00" ? TimeSpan.FromHours(24) : TimeSpan.ParseExact(s, @"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);
                    (week.TryGetValue(day, out var list) ? list : week[day] = []).Add(new WorkInterval(Hm(p.GetProperty("start").GetString()!), Hm(p.GetProperty("end").GetString()!)));
                }

                var business = new BusinessCalendar(zone, week.ToDictionary(x => x.Key, x => x.Value.ToArray()), holidays);
                calendars[r.GetGuid(0)] = (business, CalendarStore.LegalDaysOf(business));
            }
        }

        var wrong = new List<string>();
        long count = 0;
        await using (var cmd = new NpgsqlCommand($"""
            SELECT c.id, c.kind, c.target_kind, c.target_amount, c.calendar_id, c.target_seconds, c.warning_percent, c.state, c.started_at, c.due_at, c.warn_at,
                   c.elapsed_seconds, c.running_since, c.stopped_at, c.paused_at IS NULL AND (c.stopped_at IS NOT NULL OR (c.elapsed_seconds = 0 AND c.running_since = c.started_at))
                   AND (c.kind <> 'resolution' OR NOT EXISTS (SELECT 1 FROM tickets.events e WHERE e.ticket_id = c.ticket_id AND e.type = 'status_changed' AND e.data ->> 'to' = 'pending_customer'))
            FROM {sample} JOIN sla.clocks c ON c.ticket_id = t.id
            """, connection) { CommandTimeout = 0 })
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                count++;
                var id = r.GetGuid(0);
                var targetKind = r.GetString(2);
                var amount = r.GetInt32(3);
                var cal = calendars[r.GetGuid(4)];
                var targetSeconds = r.GetInt64(5);
                var percent = r.GetInt32(6);
                var started = r.GetFieldValue<DateTimeOffset>(8);
                var due = r.GetFieldValue<DateTimeOffset>(9);
                var warn = r.GetFieldValue<DateTimeOffset>(10);
                var elapsed = r.GetInt64(11);
                DateTimeOffset? runningSince = r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12);
                DateTimeOffset? stopped = r.IsDBNull(13) ? null : r.GetFieldValue<DateTimeOffset>(13);
                var neverPaused = r.GetBoolean(14);
                var calendar = targetKind == "business_days" ? cal.Legal : cal.Business;
                var expectedTarget = targetKind == "business_days"
                    ? (long)calendar.Measure(started, LegalDue(started, amount, cal.Legal)).TotalSeconds
                    : amount * 60L;
                if (expectedTarget != targetSeconds)
                {
                    wrong.Add($"clock {id}: target_seconds {targetSeconds}, the product's calculator says {expectedTarget}");
                    continue;
                }

                // Due and warning instants come from the last running stretch (the start, or the last resume).
                var from = runningSince ?? (neverPaused ? started : (DateTimeOffset?)null);
                if (from is { } f && (stopped is null || neverPaused))
                {
                    var used = runningSince is null ? 0 : elapsed;
                    // A clock that never paused keeps its start's due (ClockMath.Start: the legal term's end, exactly).
                    var expectedDue = f == started && used == 0 && targetKind == "business_days"
                        ? LegalDue(started, amount, cal.Legal)
                        : calendar.Add(f, TimeSpan.FromSeconds(Math.Max(0, targetSeconds - used)));
                    var expectedWarn = calendar.Add(f, TimeSpan.FromSeconds(Math.Max(0, (targetSeconds * percent / 100) - used)));
                    if (expectedDue != due || expectedWarn != warn)
                    {
                        wrong.Add($"clock {id}: due {due:O} / warn {warn:O}, the product's calculator says {expectedDue:O} / {expectedWarn:O}");
                    }
                }

                // Stopped without a pause: the time used is the working time from start to stop (a paused one can show 0 used too).
                if (stopped is { } s && neverPaused && (long)calendar.Measure(started, s).TotalSeconds != elapsed)
                {
                    wrong.Add($"clock {id}: elapsed {elapsed}, the product's calculator says {(long)calendar.Measure(started, s).TotalSeconds}");
                }
            }
        }

        return (count, wrong);
    }

    private static DateTimeOffset LegalDue(DateTimeOffset received, int days, BusinessCalendar legal) =>
        LegalTerms.Due(received, days, legal.Zone, legal.Holidays) ?? throw new InvalidOperationException("A legal term the calendar cannot reach.");
}

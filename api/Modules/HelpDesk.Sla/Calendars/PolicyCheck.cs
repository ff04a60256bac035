using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.SlaPolicies;

namespace HelpDesk.Sla.Calendars;

/// <summary>
/// A calendar edit must leave every current policy that counts on it able to fall due: a week cut to a few minutes, or
/// closures over every working day, would otherwise make each matching ticket's due date impossible. The edit is a 422
/// naming "holidays" when the closures are the cause (the same week without them reaches the target), else "week".
/// </summary>
internal static class PolicyCheck
{
    private const string PoliciesSql = $"""
        SELECT {PolicyRow.Columns} FROM sla.policies
        WHERE current AND (first_response_calendar_id = @Id OR resolution_calendar_id = @Id)
        ORDER BY name
        """;

    public static async Task EnsureReachableAsync(IDb db, CalendarDto calendar, DateTimeOffset now, CancellationToken ct)
    {
        var policies = await db.QueryAsync<PolicyRow>(PoliciesSql, new { calendar.Id }, ct);
        if (policies.Count == 0)
        {
            return;
        }

        var edited = Stored(calendar);
        foreach (var policy in policies)
        {
            foreach (var target in new[] { policy.FirstResponse, policy.Resolution })
            {
                if (target is null || target.CalendarId != calendar.Id || ClockMath.Reaches(target, edited, now))
                {
                    continue;
                }

                var withoutClosures = Stored(calendar with { Holidays = [], NationalHolidays = false });
                var field = ClockMath.Reaches(target, withoutClosures, now) ? "holidays" : "week";
                throw new RuleViolationException(field,
                    $"With this change the policy \"{policy.Name}\" ({target.Amount} {target.Kind.ToDb()}) could never fall due on this calendar " +
                    $"(not within {BusinessCalendar.HorizonDays / 366} years). Lower or retire that target first, or keep more working time.");
            }
        }
    }

    /// <summary>The calendar as the clocks would count on it once saved.</summary>
    public static StoredCalendar Stored(CalendarDto calendar)
    {
        var business = SaveCalendar.ToBusinessCalendar(calendar);
        return new StoredCalendar(calendar.Id, calendar.Name, business, CalendarStore.LegalDaysOf(business));
    }
}

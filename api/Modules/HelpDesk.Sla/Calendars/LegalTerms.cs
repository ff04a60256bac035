namespace HelpDesk.Sla.Calendars;

/// <summary>
/// Legal response terms (Colombia, Ley 1755 de 2015): N business days counted from the day after receipt, Monday to
/// Friday except national holidays (a Saturday is not a business day for the law even where the office opens), due at
/// the end of the last day, local time.
/// </summary>
internal static class LegalTerms
{
    /// <summary>The instant the term ends: midnight local time after the last business day.</summary>
    public static DateTimeOffset Due(DateTimeOffset received, int businessDays, TimeZoneInfo zone, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessDays, 1);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, zone).DateTime);
        var counted = 0;
        while (counted < businessDays)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day))
            {
                counted++;
            }
        }

        var endLocal = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}

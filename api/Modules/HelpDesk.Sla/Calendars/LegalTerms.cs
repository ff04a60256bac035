namespace HelpDesk.Sla.Calendars;

/// <summary>
/// Legal response terms (Colombia, Ley 1755 de 2015): N business days counted from the day after receipt, Monday to
/// Friday except the given holidays (a Saturday is not a business day for the law even where the office opens), due at
/// the end of the last day, local time. The stored calendars pass Colombia's national holidays by rule, whatever the
/// year, plus their own closures (<see cref="HolidaySet.WithNational"/>).
/// </summary>
internal static class LegalTerms
{
    /// <summary>
    /// The instant the term ends: midnight local time after the last business day; null when the closures leave fewer
    /// business days than that within <see cref="BusinessCalendar.HorizonDays"/>.
    /// </summary>
    public static DateTimeOffset? Due(DateTimeOffset received, int businessDays, TimeZoneInfo zone, HolidaySet holidays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessDays, 1);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, zone).DateTime);
        var counted = 0;
        for (var guard = 0; counted < businessDays; guard++)
        {
            if (guard == BusinessCalendar.HorizonDays)
            {
                return null;
            }

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

namespace HelpDesk.Sla.Calendars;

/// <summary>
/// The days a calendar is closed: Colombia's national holidays by rule (<see cref="ColombianHolidays"/>, any year) when
/// the calendar follows them, plus the calendar's own closures (stored dates).
/// </summary>
internal sealed class HolidaySet(bool national, IEnumerable<DateOnly> closures)
{
    private readonly HashSet<DateOnly> closures = [.. closures];

    public bool Contains(DateOnly day) => closures.Contains(day) || (national && ColombianHolidays.IsHoliday(day));

    /// <summary>The same closures with the national holidays (a legal term always skips them: the law's business days).</summary>
    public HolidaySet WithNational() => national ? this : new HolidaySet(true, closures);
}

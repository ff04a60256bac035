namespace HelpDesk.Sla.Calendars;

/// <summary>
/// Colombia's national holidays (Ley 51 de 1983): fixed dates; dates moved to the following Monday ("Ley Emiliani");
/// and Easter-based ones (Holy Thursday and Good Friday stay; Ascension, Corpus Christi and Sacred Heart move to Monday).
/// </summary>
internal static class ColombianHolidays
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, HashSet<DateOnly>> ByYear = new();

    /// <summary>Whether the day is a national holiday (any year; each year's dates are computed once).</summary>
    public static bool IsHoliday(DateOnly day) => ByYear.GetOrAdd(day.Year, static year => [.. For(year)]).Contains(day);

    public static IReadOnlyList<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<DateOnly>
        {
            new(year, 1, 1), new(year, 5, 1), new(year, 7, 20), new(year, 8, 7), new(year, 12, 8), new(year, 12, 25),
            NextMonday(new(year, 1, 6)), NextMonday(new(year, 3, 19)), NextMonday(new(year, 6, 29)), NextMonday(new(year, 8, 15)),
            NextMonday(new(year, 10, 12)), NextMonday(new(year, 11, 1)), NextMonday(new(year, 11, 11)),
            easter.AddDays(-3), easter.AddDays(-2),
            NextMonday(easter.AddDays(39)), NextMonday(easter.AddDays(60)), NextMonday(easter.AddDays(68)),
        };
        return [.. days.Distinct().Order()];
    }

    /// <summary>The date itself when it is a Monday, else the Monday after.</summary>
    private static DateOnly NextMonday(DateOnly date) => date.AddDays(((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7);

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}

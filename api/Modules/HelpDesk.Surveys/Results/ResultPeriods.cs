using System.Globalization;
using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.Results;

/// <summary>Local days From to To, both included.</summary>
internal readonly record struct DayRange(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public SurveyResultsPeriod ToDto() => new(From, To);
}

/// <summary>A piece of a period as the rollups store it: whole months (From and To the first days of the first and last month) or days.</summary>
internal readonly record struct Segment(bool Months, DateOnly From, DateOnly To);

/// <summary>
/// Periods in local days (the department's time zone: answers carry their local day) and the same period a year earlier.
/// Pure; the request's checks are here so the endpoint and the Reporting contract refuse the same things.
/// </summary>
internal static class ResultPeriods
{
    public const int MaxRangeYears = 5;

    /// <summary>The period asked for and the same period last year; 422 naming the field for what does not make one.</summary>
    public static (DayRange Current, DayRange Previous) Resolve(ResultsPeriodKind kind, DateOnly? date, DateOnly? from, DateOnly? to, DateOnly today)
    {
        InYears(date, "date");
        InYears(from, "from");
        InYears(to, "to");
        if (kind == ResultsPeriodKind.Range)
        {
            if (date is not null)
            {
                throw new RuleViolationException("date", "A range is given by from and to, not by a date.");
            }

            if (from is not { } f || to is not { } t)
            {
                throw new RuleViolationException(from is null ? "from" : "to", "A range needs both from and to (YYYY-MM-DD).");
            }

            if (t < f)
            {
                throw new RuleViolationException("to", "The range ends on or after the day it starts.");
            }

            if (t >= f.AddYears(MaxRangeYears))
            {
                throw new RuleViolationException("to", $"A range is at most {MaxRangeYears} years long.");
            }

            var range = new DayRange(f, t);
            return (range, LastYear(kind, range));
        }

        if (from is not null || to is not null)
        {
            throw new RuleViolationException(from is not null ? "from" : "to", "from and to are only for period=range; other periods take a date.");
        }

        var current = Containing(kind, date ?? today);
        return (current, LastYear(kind, current));
    }

    /// <summary>The day, ISO week, month, bimester, semester or year that holds the date.</summary>
    public static DayRange Containing(ResultsPeriodKind kind, DateOnly date)
    {
        switch (kind)
        {
            case ResultsPeriodKind.Day:
                return new DayRange(date, date);
            case ResultsPeriodKind.Week:
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return new DayRange(monday, monday.AddDays(6));
            case ResultsPeriodKind.Year:
                return Months(date.Year, 1, 12);
            default:
                var length = kind switch
                {
                    ResultsPeriodKind.Month => 1,
                    ResultsPeriodKind.Bimester => 2,
                    ResultsPeriodKind.Semester => 6,
                    _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a range is not found from a date"),
                };
                var first = ((date.Month - 1) / length * length) + 1;
                return Months(date.Year, first, length);
        }
    }

    /// <summary>
    /// The same period a year earlier: the same date (29 February: the 28th), the ISO week of the same number (week 53
    /// of a year whose previous has 52: its week 52), the same month, bimester, semester or year; a range shifted by one year.
    /// </summary>
    public static DayRange LastYear(ResultsPeriodKind kind, DayRange current)
    {
        switch (kind)
        {
            case ResultsPeriodKind.Day:
                return new DayRange(current.From.AddYears(-1), current.From.AddYears(-1));
            case ResultsPeriodKind.Week:
                var at = current.From.ToDateTime(TimeOnly.MinValue);
                var year = ISOWeek.GetYear(at) - 1;
                var week = Math.Min(ISOWeek.GetWeekOfYear(at), ISOWeek.GetWeeksInYear(year));
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
                return new DayRange(monday, monday.AddDays(6));
            case ResultsPeriodKind.Range:
                return new DayRange(current.From.AddYears(-1), current.To.AddYears(-1));
            default:
                return Containing(kind, current.From.AddYears(-1));
        }
    }

    /// <summary>
    /// The range as the rollups store it: the whole months inside it (one segment) and the days before and after them.
    /// The segments cover every day of the range once.
    /// </summary>
    public static IReadOnlyList<Segment> Segments(DayRange range)
    {
        var firstWhole = range.From.Day == 1 ? range.From : FirstOfMonth(range.From).AddMonths(1);
        var afterWhole = range.To.AddDays(1).Day == 1 ? range.To.AddDays(1) : FirstOfMonth(range.To);
        if (firstWhole >= afterWhole)
        {
            return [new Segment(false, range.From, range.To)];
        }

        var segments = new List<Segment>(3);
        if (range.From < firstWhole)
        {
            segments.Add(new Segment(false, range.From, firstWhole.AddDays(-1)));
        }

        segments.Add(new Segment(true, firstWhole, afterWhole.AddMonths(-1)));
        if (afterWhole <= range.To)
        {
            segments.Add(new Segment(false, afterWhole, range.To));
        }

        return segments;
    }

    /// <summary>Years 1900 to 9998: the period, last year's and their ends stay representable.</summary>
    private static void InYears(DateOnly? day, string field)
    {
        if (day is { Year: < 1900 or > 9998 })
        {
            throw new RuleViolationException(field, "Dates are between 1900-01-01 and 9998-12-31.");
        }
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static DayRange Months(int year, int firstMonth, int count)
    {
        var first = new DateOnly(year, firstMonth, 1);
        return new DayRange(first, first.AddMonths(count).AddDays(-1));
    }
}

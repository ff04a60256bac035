using CsCheck;
using HelpDesk.Shared.Errors;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Results;

namespace HelpDesk.Tests.Surveys;

/// <summary>Periods of results in local days, the same period last year, and how a range splits into months and days.</summary>
public sealed class SurveyResultsPeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static readonly Gen<DateOnly> Days = Gen.Int[new DateOnly(2001, 1, 1).DayNumber, new DateOnly(2040, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly ResultsPeriodKind[] DateKinds =
        [ResultsPeriodKind.Day, ResultsPeriodKind.Week, ResultsPeriodKind.Month, ResultsPeriodKind.Bimester, ResultsPeriodKind.Semester, ResultsPeriodKind.Year];

    [TestCase(ResultsPeriodKind.Day, "2026-03-15", "2026-03-15", "2026-03-15", "2025-03-15", "2025-03-15")]
    [TestCase(ResultsPeriodKind.Day, "2028-02-29", "2028-02-29", "2028-02-29", "2027-02-28", "2027-02-28")]
    [TestCase(ResultsPeriodKind.Week, "2026-01-01", "2025-12-29", "2026-01-04", "2024-12-30", "2025-01-05")]
    [TestCase(ResultsPeriodKind.Week, "2026-12-31", "2026-12-28", "2027-01-03", "2025-12-22", "2025-12-28")]
    [TestCase(ResultsPeriodKind.Month, "2026-02-10", "2026-02-01", "2026-02-28", "2025-02-01", "2025-02-28")]
    [TestCase(ResultsPeriodKind.Month, "2024-02-10", "2024-02-01", "2024-02-29", "2023-02-01", "2023-02-28")]
    [TestCase(ResultsPeriodKind.Bimester, "2026-04-30", "2026-03-01", "2026-04-30", "2025-03-01", "2025-04-30")]
    [TestCase(ResultsPeriodKind.Bimester, "2026-12-02", "2026-11-01", "2026-12-31", "2025-11-01", "2025-12-31")]
    [TestCase(ResultsPeriodKind.Semester, "2026-07-01", "2026-07-01", "2026-12-31", "2025-07-01", "2025-12-31")]
    [TestCase(ResultsPeriodKind.Semester, "2026-06-30", "2026-01-01", "2026-06-30", "2025-01-01", "2025-06-30")]
    [TestCase(ResultsPeriodKind.Year, "2026-05-05", "2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31")]
    public void Resolve_PeriodHoldingADate_AndTheSameLastYear(ResultsPeriodKind kind, string date, string from, string to, string lastFrom, string lastTo)
    {
        var (current, previous) = ResultPeriods.Resolve(kind, DateOnly.Parse(date), null, null, Today);
        Assert.Multiple(() =>
        {
            Assert.That(current, Is.EqualTo(new DayRange(DateOnly.Parse(from), DateOnly.Parse(to))));
            Assert.That(previous, Is.EqualTo(new DayRange(DateOnly.Parse(lastFrom), DateOnly.Parse(lastTo))));
        });
    }

    [Test]
    public void Resolve_ARange_IsShiftedByOneYear()
    {
        var (current, previous) = ResultPeriods.Resolve(ResultsPeriodKind.Range, null, new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 10), Today);
        Assert.Multiple(() =>
        {
            Assert.That(current, Is.EqualTo(new DayRange(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 10))));
            Assert.That(previous, Is.EqualTo(new DayRange(new DateOnly(2025, 1, 15), new DateOnly(2025, 3, 10))));
        });
    }

    [Test]
    public void Resolve_WithoutADate_UsesToday() =>
        Assert.That(ResultPeriods.Resolve(ResultsPeriodKind.Month, null, null, null, Today).Current, Is.EqualTo(new DayRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31))));

    [TestCase(ResultsPeriodKind.Range, null, "2026-01-01", null, "to")]
    [TestCase(ResultsPeriodKind.Range, null, null, "2026-01-01", "from")]
    [TestCase(ResultsPeriodKind.Range, null, "2026-02-01", "2026-01-31", "to")]
    [TestCase(ResultsPeriodKind.Range, null, "2020-01-01", "2025-01-01", "to")]
    [TestCase(ResultsPeriodKind.Range, "2026-01-01", "2026-01-01", "2026-01-31", "date")]
    [TestCase(ResultsPeriodKind.Month, null, "2026-01-01", null, "from")]
    [TestCase(ResultsPeriodKind.Week, null, null, "2026-01-01", "to")]
    [TestCase(ResultsPeriodKind.Day, "0001-01-01", null, null, "date")]
    public void Resolve_WithParametersThatMakeNoPeriod_NamesTheField(ResultsPeriodKind kind, string? date, string? from, string? to, string field)
    {
        static DateOnly? Day(string? text) => text is null ? null : DateOnly.Parse(text);
        var e = Assert.Throws<RuleViolationException>(() => ResultPeriods.Resolve(kind, Day(date), Day(from), Day(to), Today))!;
        Assert.That(e.Errors!.Keys, Is.EqualTo(new[] { field }));
    }

    [Test]
    public void Resolve_ARangeOfJustUnderFiveYears_IsAllowed() =>
        Assert.That(ResultPeriods.Resolve(ResultsPeriodKind.Range, null, new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31), Today).Current.Days, Is.EqualTo(1826));

    [Test]
    public void Containing_HoldsTheDate_StartsOnItsKindsBoundary_AndLastYearsComesBefore() =>
        Gen.Select(Days, Gen.Int[0, DateKinds.Length - 1]).Sample((date, k) =>
        {
            var kind = DateKinds[k];
            var period = ResultPeriods.Containing(kind, date);
            var last = ResultPeriods.LastYear(kind, period);
            var boundary = kind switch
            {
                ResultsPeriodKind.Day => true,
                ResultsPeriodKind.Week => period.From.DayOfWeek == DayOfWeek.Monday && period.Days == 7,
                ResultsPeriodKind.Month => period.From.Day == 1 && period.To.AddDays(1).Day == 1 && period.To.Month == period.From.Month,
                ResultsPeriodKind.Bimester => period.From.Day == 1 && period.From.Month % 2 == 1 && period.To.AddDays(1) == period.From.AddMonths(2),
                ResultsPeriodKind.Semester => period.From.Day == 1 && period.From.Month is 1 or 7 && period.To.AddDays(1) == period.From.AddMonths(6),
                _ => period.From == new DateOnly(date.Year, 1, 1) && period.To == new DateOnly(date.Year, 12, 31),
            };
            // Last year's is the same kind of period, about 52 weeks to a year earlier.
            var gap = period.From.DayNumber - last.From.DayNumber;
            return period.From <= date && date <= period.To && boundary
                   && last.To < period.From && gap is >= 357 and <= 371
                   && ResultPeriods.Containing(kind, last.From) == last;
        }, iter: 5000);

    [Test]
    public void Segments_CoverEveryDayOfARangeOnce_WithWholeMonthsInTheMiddle() =>
        Gen.Select(Days, Gen.Int[0, 800]).Sample((from, length) =>
        {
            var range = new DayRange(from, from.AddDays(length));
            var segments = ResultPeriods.Segments(range);
            var days = new List<DateOnly>();
            foreach (var s in segments)
            {
                if (s.Months)
                {
                    if (s.From.Day != 1 || s.To.Day != 1)
                    {
                        return false;
                    }

                    for (var d = s.From; d < s.To.AddMonths(1); d = d.AddDays(1))
                    {
                        days.Add(d);
                    }
                }
                else
                {
                    for (var d = s.From; d <= s.To; d = d.AddDays(1))
                    {
                        days.Add(d);
                    }
                }
            }

            // At most a run of days, the months, and a run of days; no run of days holds a whole month.
            var expected = Enumerable.Range(0, range.Days).Select(range.From.AddDays);
            return days.SequenceEqual(expected) && segments.Count <= 3 && segments.Count(s => s.Months) <= 1
                   && segments.Where(s => !s.Months).All(s => !HoldsAWholeMonth(s.From, s.To));
        }, iter: 3000);

    [Test]
    public void Segments_OfAQuarterFromTheFifteenth_AreDaysMonthsDays() =>
        Assert.That(ResultPeriods.Segments(new DayRange(new DateOnly(2026, 1, 15), new DateOnly(2026, 4, 10))), Is.EqualTo(new[]
        {
            new Segment(false, new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 31)),
            new Segment(true, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)),
            new Segment(false, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10)),
        }));

    private static bool HoldsAWholeMonth(DateOnly from, DateOnly to)
    {
        var first = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        return first.AddMonths(1).AddDays(-1) <= to;
    }
}

using CsCheck;
using HelpDesk.Sla.Calendars;

namespace HelpDesk.Tests.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static readonly DateOnly[] Holidays = [.. ColombianHolidays.For(2026), .. ColombianHolidays.For(2027)];

    /// <summary>ICETEX's contact centre: Mon–Fri 07:00–19:00, Sat 08:00–13:00, Bogotá, Colombia's holidays.</summary>
    private static readonly BusinessCalendar Icetex = new(Bogota, new Dictionary<DayOfWeek, WorkInterval[]>
    {
        [DayOfWeek.Monday] = [new(H(7), H(19))],
        [DayOfWeek.Tuesday] = [new(H(7), H(19))],
        [DayOfWeek.Wednesday] = [new(H(7), H(19))],
        [DayOfWeek.Thursday] = [new(H(7), H(19))],
        [DayOfWeek.Friday] = [new(H(7), H(19))],
        [DayOfWeek.Saturday] = [new(H(8), H(13))],
    }, Holidays);

    /// <summary>A zone with DST, a split day (lunch break) and a whole Sunday, to cross the switches.</summary>
    private static readonly BusinessCalendar NewYorkDesk = new(NewYork, new Dictionary<DayOfWeek, WorkInterval[]>
    {
        [DayOfWeek.Monday] = [new(H(9), H(12)), new(H(13), H(17))],
        [DayOfWeek.Wednesday] = [new(H(9), H(17))],
        [DayOfWeek.Sunday] = [new(H(0), H(24))],
    }, []);

    private static TimeSpan H(double hours) => TimeSpan.FromHours(hours);

    private static DateTimeOffset Bog(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.FromHours(-5));

    // Instants across 2026 and the first half of 2027, to the minute; durations up to 300 business hours.
    private static readonly Gen<DateTimeOffset> Instants =
        Gen.Long[0, 540L * 24 * 60].Select(m => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(m));

    private static readonly Gen<TimeSpan> Durations = Gen.Int[0, 300 * 60].Select(m => TimeSpan.FromMinutes(m));

    [Test]
    public void AddThenMeasure_GivesBackTheDuration()
    {
        foreach (var calendar in new[] { Icetex, NewYorkDesk })
        {
            Gen.Select(Instants, Durations).Sample((start, duration) => calendar.Measure(start, calendar.Add(start, duration)) == duration, iter: 2000);
        }
    }

    [Test]
    public void Add_IsMonotonic_InStartAndInDuration()
    {
        Gen.Select(Instants, Durations, Durations).Sample((start, a, b) =>
        {
            var (shorter, longer) = a <= b ? (a, b) : (b, a);
            return Icetex.Add(start, shorter) <= Icetex.Add(start, longer);
        }, iter: 2000);
        Gen.Select(Instants, Instants, Durations).Sample((x, y, d) =>
        {
            var (early, late) = x <= y ? (x, y) : (y, x);
            return NewYorkDesk.Add(early, d) <= NewYorkDesk.Add(late, d);
        }, iter: 2000);
    }

    [Test]
    public void Measure_IsAdditive_AndNeverMoreThanElapsedTime()
    {
        Gen.Select(Instants, Instants, Instants).Sample((a, b, c) =>
        {
            var sorted = new[] { a, b, c }.Order().ToArray();
            var whole = Icetex.Measure(sorted[0], sorted[2]);
            return whole == Icetex.Measure(sorted[0], sorted[1]) + Icetex.Measure(sorted[1], sorted[2]) && whole <= sorted[2] - sorted[0];
        }, iter: 2000);
    }

    [Test]
    public void Add_FromOutsideWorkingTime_StartsAtTheNextOpening()
    {
        // Saturday after 13:00 and Sunday are closed; Monday 2026-03-23 is San José (moved): Tuesday 07:00.
        Assert.That(Icetex.Add(Bog(2026, 3, 21, 14), TimeSpan.Zero), Is.EqualTo(Bog(2026, 3, 24, 7)));
        Assert.That(Icetex.Add(Bog(2026, 3, 25, 5), TimeSpan.FromMinutes(30)), Is.EqualTo(Bog(2026, 3, 25, 7, 30)));
        Assert.That(Icetex.Add(Bog(2026, 3, 25, 19), TimeSpan.FromMinutes(1)), Is.EqualTo(Bog(2026, 3, 26, 7, 1)));
    }

    [Test]
    public void Add_OverAHolidayWeekend_CountsSaturdayHalfDayAndSkipsTheHoliday()
    {
        // Friday 18:00 + 7 h: 1 h Friday, 5 h Saturday morning, Monday is a holiday, 1 h on Tuesday.
        Assert.That(Icetex.Add(Bog(2026, 3, 20, 18), TimeSpan.FromHours(7)), Is.EqualTo(Bog(2026, 3, 24, 8)));
        Assert.That(Icetex.Measure(Bog(2026, 3, 20, 18), Bog(2026, 3, 24, 8)), Is.EqualTo(TimeSpan.FromHours(7)));
    }

    [Test]
    public void DaysWithDstSwitches_HaveTheirRealLength()
    {
        // New York: 2026-03-08 springs forward (23 h), 2026-11-01 falls back (25 h); both are Sundays worked whole.
        var springStart = new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.FromHours(-5));
        var springEnd = new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(-4));
        Assert.That(NewYorkDesk.Measure(springStart, springEnd), Is.EqualTo(TimeSpan.FromHours(23)));
        var fallStart = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(-4));
        var fallEnd = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(-5));
        Assert.That(NewYorkDesk.Measure(fallStart, fallEnd), Is.EqualTo(TimeSpan.FromHours(25)));
        // 24 business hours from the start of that Sunday: its 23 hours, then the first hour of Monday, which opens at
        // 09:00 local = 13:00 UTC in summer time: 14:00 UTC.
        Assert.That(NewYorkDesk.Add(springStart, TimeSpan.FromHours(24)), Is.EqualTo(new DateTimeOffset(2026, 3, 9, 14, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void InvalidCalendars_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => _ = new BusinessCalendar(Bogota, new Dictionary<DayOfWeek, WorkInterval[]>
        {
            [DayOfWeek.Monday] = [new(H(7), H(12)), new(H(11), H(15))],
        }, []));
        Assert.Throws<ArgumentException>(() => _ = new BusinessCalendar(Bogota, new Dictionary<DayOfWeek, WorkInterval[]>(), []));
        Assert.Throws<ArgumentException>(() => _ = new BusinessCalendar(Bogota, new Dictionary<DayOfWeek, WorkInterval[]>
        {
            [DayOfWeek.Monday] = [new(H(12), H(7))],
        }, []));
    }

    [Test]
    public void LegalTerm_Of15BusinessDays_FromAFridayEveningBeforeAHolidayMonday()
    {
        // Received Friday 2026-03-20 18:00; counting starts the next day; Saturday, Sunday, San José (Mon 23),
        // Holy Thursday and Good Friday (2 and 3 April) do not count: day 15 is Wednesday 15 April, due at its end.
        var national = new HolidaySet(national: true, []);
        var due = LegalTerms.Due(Bog(2026, 3, 20, 18), 15, Bogota, national);
        Assert.That(due, Is.EqualTo(Bog(2026, 4, 16, 0)));
        Assert.That(LegalTerms.Due(Bog(2026, 3, 20, 18), 10, Bogota, national), Is.EqualTo(Bog(2026, 4, 9, 0)));
    }

    [Test]
    public void ColombianHolidays_2026_AreTheOfficialEighteen()
    {
        Assert.That(ColombianHolidays.For(2026), Is.EqualTo(new DateOnly[]
        {
            new(2026, 1, 1), new(2026, 1, 12), new(2026, 3, 23), new(2026, 4, 2), new(2026, 4, 3), new(2026, 5, 1),
            new(2026, 5, 18), new(2026, 6, 8), new(2026, 6, 15), new(2026, 6, 29), new(2026, 7, 20), new(2026, 8, 7),
            new(2026, 8, 17), new(2026, 10, 12), new(2026, 11, 2), new(2026, 11, 16), new(2026, 12, 8), new(2026, 12, 25),
        }));
        Assert.That(ColombianHolidays.EasterSunday(2027), Is.EqualTo(new DateOnly(2027, 3, 28)));
    }
}

using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.Clocks;

namespace HelpDesk.Tests.Sla;

/// <summary>
/// Colombia's national holidays by rule (Ley 51 de 1983), checked against the official lists written out by hand from
/// each year's Easter Sunday, and the calendars that count on them.
/// </summary>
public sealed class ColombianHolidaysTests
{
    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    private static DateTimeOffset Bog(int y, int mo, int d, int h = 0) => new(y, mo, d, h, 0, 0, TimeSpan.FromHours(-5));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>The 18 holidays of each year, in law order: fixed, Emiliani (moved to Monday), Easter-based.</summary>
    private static readonly Dictionary<int, (DateOnly Easter, DateOnly[] Days)> Official = new()
    {
        [2026] = (D(2026, 4, 5), [
            D(2026, 1, 1), D(2026, 5, 1), D(2026, 7, 20), D(2026, 8, 7), D(2026, 12, 8), D(2026, 12, 25),
            D(2026, 1, 12), D(2026, 3, 23), D(2026, 6, 29), D(2026, 8, 17), D(2026, 10, 12), D(2026, 11, 2), D(2026, 11, 16),
            D(2026, 4, 2), D(2026, 4, 3), D(2026, 5, 18), D(2026, 6, 8), D(2026, 6, 15),
        ]),
        [2027] = (D(2027, 3, 28), [
            D(2027, 1, 1), D(2027, 5, 1), D(2027, 7, 20), D(2027, 8, 7), D(2027, 12, 8), D(2027, 12, 25),
            D(2027, 1, 11), D(2027, 3, 22), D(2027, 7, 5), D(2027, 8, 16), D(2027, 10, 18), D(2027, 11, 1), D(2027, 11, 15),
            D(2027, 3, 25), D(2027, 3, 26), D(2027, 5, 10), D(2027, 5, 31), D(2027, 6, 7),
        ]),
        [2028] = (D(2028, 4, 16), [
            D(2028, 1, 1), D(2028, 5, 1), D(2028, 7, 20), D(2028, 8, 7), D(2028, 12, 8), D(2028, 12, 25),
            D(2028, 1, 10), D(2028, 3, 20), D(2028, 7, 3), D(2028, 8, 21), D(2028, 10, 16), D(2028, 11, 6), D(2028, 11, 13),
            D(2028, 4, 13), D(2028, 4, 14), D(2028, 5, 29), D(2028, 6, 19), D(2028, 6, 26),
        ]),
        [2029] = (D(2029, 4, 1), [
            D(2029, 1, 1), D(2029, 5, 1), D(2029, 7, 20), D(2029, 8, 7), D(2029, 12, 8), D(2029, 12, 25),
            D(2029, 1, 8), D(2029, 3, 19), D(2029, 7, 2), D(2029, 8, 20), D(2029, 10, 15), D(2029, 11, 5), D(2029, 11, 12),
            D(2029, 3, 29), D(2029, 3, 30), D(2029, 5, 14), D(2029, 6, 4), D(2029, 6, 11),
        ]),
        // San Pedro y San Pablo (Saturday 29 June, moved) and Sagrado Corazón (Easter + 71) fall on the same Monday,
        // 1 July: 18 holidays on 17 days.
        [2030] = (D(2030, 4, 21), [
            D(2030, 1, 1), D(2030, 5, 1), D(2030, 7, 20), D(2030, 8, 7), D(2030, 12, 8), D(2030, 12, 25),
            D(2030, 1, 7), D(2030, 3, 25), D(2030, 7, 1), D(2030, 8, 19), D(2030, 10, 14), D(2030, 11, 4), D(2030, 11, 11),
            D(2030, 4, 18), D(2030, 4, 19), D(2030, 6, 3), D(2030, 6, 24), D(2030, 7, 1),
        ]),
    };

    [Test]
    public void Holidays_2026To2030_AreTheOfficialLists()
    {
        foreach (var (year, (easter, days)) in Official)
        {
            Assert.That(days, Has.Length.EqualTo(18), $"{year}: the data lists every holiday");
            Assert.That(ColombianHolidays.EasterSunday(year), Is.EqualTo(easter), $"Easter {year}");
            Assert.That(ColombianHolidays.For(year), Is.EqualTo(days.Distinct().Order()), $"holidays {year}");
            Assert.That(days[6..13].Concat(days[15..]), Has.All.Matches<DateOnly>(d => d.DayOfWeek == DayOfWeek.Monday), $"{year}: the moved ones are Mondays");
            Assert.That((days[13].DayOfWeek, days[14].DayOfWeek), Is.EqualTo((DayOfWeek.Thursday, DayOfWeek.Friday)), $"{year}: Holy Thursday and Good Friday");
        }
    }

    [Test]
    public void IsHoliday_WorksForAnyYear()
    {
        Assert.That(ColombianHolidays.IsHoliday(D(2028, 1, 10)), Is.True, "Reyes 2028, moved to Monday");
        Assert.That(ColombianHolidays.IsHoliday(D(2028, 1, 6)), Is.False, "its own date is a working Thursday");
        Assert.That(ColombianHolidays.IsHoliday(D(2041, 7, 20)), Is.True);
        Assert.That(ColombianHolidays.IsHoliday(D(2041, 7, 21)), Is.False);
    }

    [Test]
    public void LegalTerm_RunningInto2028_SkipsReyes_OnACalendarThatStoredOnly2026And2027()
    {
        // The demo calendar used to store the national holidays of 2026 and 2027 only, and to follow nothing else.
        HolidayDto[] stored = [.. new[] { 2026, 2027 }.SelectMany(ColombianHolidays.For).Select(d => new HolidayDto(d, "Festivo nacional"))];
        var calendar = PolicyCheck.Stored(new CalendarDto(
            Guid.NewGuid(), "Días hábiles legales", "America/Bogota",
            [.. new[] { Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday }.Select(d => new WorkPeriodDto(d, "00:00", "24:00"))],
            stored, false, NationalHolidays: false));

        // Received Monday 27 December 2027: Tue 28 to Fri 31 (4), Mon 3 to Fri 7 January (9), Monday 10 is Reyes,
        // Tuesday 11 is day 10: due at its end.
        var (due, _) = new ClockMath(TargetKind.BusinessDays, calendar).Start(Bog(2027, 12, 27, 10), 10);
        Assert.That(due, Is.EqualTo(Bog(2028, 1, 12)));
    }

    [Test]
    public void WorkingTime_OfACalendarFollowingNationalHolidays_SkipsThemInAnyYear_AndItsOwnClosures()
    {
        var week = new[] { Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday }.Select(d => new WorkPeriodDto(d, "08:00", "17:00")).ToList();
        var national = PolicyCheck.Stored(new CalendarDto(Guid.NewGuid(), "Oficina", "America/Bogota", week, [new HolidayDto(D(2031, 2, 4), "Cierre")], false, NationalHolidays: true));
        var plain = PolicyCheck.Stored(new CalendarDto(Guid.NewGuid(), "Oficina", "America/Bogota", week, [], false, NationalHolidays: false));

        Assert.That(national.Business.Measure(Bog(2028, 1, 10), Bog(2028, 1, 12)), Is.EqualTo(TimeSpan.FromHours(9)), "Reyes 2028 closed, Tuesday open");
        Assert.That(plain.Business.Measure(Bog(2028, 1, 10), Bog(2028, 1, 12)), Is.EqualTo(TimeSpan.FromHours(18)));
        Assert.That(national.Business.Measure(Bog(2031, 2, 4), Bog(2031, 2, 5)), Is.EqualTo(TimeSpan.Zero), "its own closure");
        // Legal days skip the national holidays on every calendar: the law's business days.
        Assert.That(plain.LegalDays.Measure(Bog(2028, 1, 10), Bog(2028, 1, 11)), Is.EqualTo(TimeSpan.Zero));
    }
}

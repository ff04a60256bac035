using System.Text.Json.Serialization;

namespace HelpDesk.Sla.Calendars;

[JsonConverter(typeof(EnumByName<Weekday>))]
internal enum Weekday
{
    [JsonStringEnumMemberName("monday")] Monday,
    [JsonStringEnumMemberName("tuesday")] Tuesday,
    [JsonStringEnumMemberName("wednesday")] Wednesday,
    [JsonStringEnumMemberName("thursday")] Thursday,
    [JsonStringEnumMemberName("friday")] Friday,
    [JsonStringEnumMemberName("saturday")] Saturday,
    [JsonStringEnumMemberName("sunday")] Sunday,
}

/// <summary>A working period: local times "HH:mm", end may be "24:00".</summary>
internal sealed record WorkPeriodDto(Weekday Day, string Start, string End);

internal sealed record HolidayDto(DateOnly Day, string Name);

/// <summary>
/// A business calendar. TimeZone is the canonical IANA id. Holidays are the calendar's own closures; NationalHolidays:
/// it is also closed on Colombia's national holidays, computed by rule for any year (Ley 51 de 1983). Legal terms
/// (business_days) skip the national holidays on every calendar. IsDefault: the calendar of areas that have none of
/// their own.
/// </summary>
internal sealed record CalendarDto(
    Guid Id, string Name, string TimeZone, IReadOnlyList<WorkPeriodDto> Week, IReadOnlyList<HolidayDto> Holidays, bool IsDefault, bool NationalHolidays);

internal static class Weekdays
{
    public static DayOfWeek ToDayOfWeek(this Weekday day) => day == Weekday.Sunday ? DayOfWeek.Sunday : (DayOfWeek)((int)day + 1);
}

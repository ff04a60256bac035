using System.Text.Json.Serialization;

namespace HelpDesk.Sla.Clocks;

/// <summary>How a target is counted.</summary>
[JsonConverter(typeof(EnumByName<TargetKind>))]
internal enum TargetKind
{
    /// <summary>Minutes of working time on a calendar.</summary>
    [JsonStringEnumMemberName("business_minutes")] BusinessMinutes,

    /// <summary>Plain elapsed minutes, nights and weekends included.</summary>
    [JsonStringEnumMemberName("calendar_minutes")] CalendarMinutes,

    /// <summary>Legal business days (Mon–Fri except the calendar's holidays), from the day after receipt to the end of the last day.</summary>
    [JsonStringEnumMemberName("business_days")] BusinessDays,
}

/// <summary>A target: an amount (minutes or days, by kind) and the calendar it is counted on (none for calendar minutes).</summary>
internal sealed record ClockTarget(TargetKind Kind, int Amount, Guid? CalendarId);

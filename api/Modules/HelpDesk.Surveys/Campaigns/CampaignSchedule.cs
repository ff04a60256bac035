using Cronos;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// A campaign's schedule: a five-field cron expression (minute hour day-of-month month day-of-week, Cronos syntax) read
/// on the department's wall clock (<see cref="HelpDesk.Shared.Organisation.OrganisationSettings.TimeZone"/>), so "0 7 1,15 * *"
/// is 07:00 in Bogotá on the 1st and the 15th, whatever the server's zone.
/// </summary>
internal static class CampaignSchedule
{
    /// <summary>07:00 on the 1st and the 15th: DCV's fortnightly cold survey.</summary>
    public const string Fortnightly = "0 7 1,15 * *";

    public static CronExpression? TryParse(string? text) =>
        text is not null && CronExpression.TryParse(text.Trim(), CronFormat.Standard, out var cron) ? cron : null;

    /// <summary>Why the text is no usable schedule, or null when it is one.</summary>
    public static string? Problem(string? text, TimeZoneInfo zone, DateTimeOffset now) =>
        TryParse(text) is not { } cron
            ? "Use a five-field cron expression (minute hour day-of-month month day-of-week), such as \"0 7 1,15 * *\"."
            : cron.GetNextOccurrence(now, zone) is null ? "This schedule never comes round (a day that does not exist?)." : null;

    /// <summary>The first instant of the schedule strictly after <paramref name="after"/>, in the zone's wall clock.</summary>
    public static DateTimeOffset? Next(string schedule, TimeZoneInfo zone, DateTimeOffset after) =>
        TryParse(schedule)?.GetNextOccurrence(after, zone)?.ToUniversalTime();
}

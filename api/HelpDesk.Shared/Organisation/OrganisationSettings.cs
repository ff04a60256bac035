using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace HelpDesk.Shared.Organisation;

/// <summary>
/// What every module needs to know about the department: its time zone (the year in ticket numbers, times in emails and
/// notices, the days of reports) and its language (staff emails, the default of customers who have none). Read once at
/// start-up from <c>HelpDesk:TimeZone</c> (default America/Bogota, stored canonical) and <c>HelpDesk:Language</c>
/// (es or en, default es); a value that names nothing stops the start.
/// </summary>
public sealed class OrganisationSettings
{
    public const string DefaultTimeZone = "America/Bogota";
    public const string DefaultLanguage = "es";

    public OrganisationSettings(string timeZone, string language)
    {
        TimeZoneId = TimeZones.Canonical(timeZone)
            ?? throw new InvalidOperationException($"HelpDesk:TimeZone '{timeZone}' is not a time zone; use an IANA id such as America/Bogota.");
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        Language = Languages.Parse(language)
            ?? throw new InvalidOperationException($"HelpDesk:Language '{language}' is not supported; use es or en.");
    }

    /// <summary>The canonical IANA id, e.g. America/Bogota.</summary>
    public string TimeZoneId { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>es or en.</summary>
    public string Language { get; }

    public CultureInfo Culture => Languages.Culture(Language);

    public static OrganisationSettings From(IConfiguration configuration) =>
        new(configuration["HelpDesk:TimeZone"] ?? DefaultTimeZone, configuration["HelpDesk:Language"] ?? DefaultLanguage);

    /// <summary>The instant as a clock on the department's wall shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>"2026-12-17 14:30" on the department's wall clock, for staff notices.</summary>
    public string Stamp(DateTimeOffset instant) => Local(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>The languages the product speaks: Spanish (the default) and English.</summary>
public static class Languages
{
    public const string Spanish = "es";
    public const string English = "en";

    private static readonly CultureInfo SpanishCulture = CultureInfo.GetCultureInfo("es-CO");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-US");

    /// <summary>es or en for "es", "ES", "es-CO", "en-US"…; null for anything else.</summary>
    public static string? Parse(string? text)
    {
        var code = text?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code is Spanish or English ? code : null;
    }

    public static CultureInfo Culture(string language) => language == English ? EnglishCulture : SpanishCulture;
}

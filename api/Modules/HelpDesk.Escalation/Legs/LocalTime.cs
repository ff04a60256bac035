using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace HelpDesk.Escalation.Legs;

/// <summary>Instants as people read them in emails: the organisation's local time (HelpDesk:TimeZone, default America/Bogota).</summary>
internal sealed class LocalTime(IConfiguration configuration)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-CO");

    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["HelpDesk:TimeZone"] ?? "America/Bogota");

    /// <summary>"jueves 17 de diciembre de 2026" for a term that ends at midnight (the end of that day), else with the time, 24-hour.</summary>
    public string Format(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.AddDays(-1).ToString("dddd d 'de' MMMM 'de' yyyy", Spanish)
            : local.ToString("dddd d 'de' MMMM 'de' yyyy, HH:mm", Spanish);
    }
}

using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace HelpDesk.Escalation.Legs;

/// <summary>Instants as people read them in emails: the organisation's local time (HelpDesk:TimeZone, default America/Bogota).</summary>
internal sealed class LocalTime(IConfiguration configuration)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["HelpDesk:TimeZone"] ?? "America/Bogota");

    public string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("dddd d 'de' MMMM 'de' yyyy, h:mm tt", CultureInfo.GetCultureInfo("es-CO"));
}

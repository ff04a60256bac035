using Microsoft.Extensions.Configuration;

namespace HelpDesk.Tickets.Tickets;

/// <summary>The organisation's time zone (HelpDesk:TimeZone, default America/Bogota): a ticket's number carries its local year.</summary>
internal sealed class TicketClock(IConfiguration configuration)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["HelpDesk:TimeZone"] ?? "America/Bogota");

    public int LocalYear(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).Year;
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace HelpDesk.Tickets.Tickets;

/// <summary>The customer's tracking link carries a per-ticket secret token.</summary>
internal sealed class TicketLinks(IConfiguration configuration)
{
    private readonly string baseUrl = (configuration["HelpDesk:Email:PublicBaseUrl"] ?? "http://localhost:5080").TrimEnd('/');

    public static string NewTrackingToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));

    public static bool TokenMatches(string expected, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));

    public string Tracking(string number, string token) => $"{baseUrl}/seguimiento/{number}?token={token}";
}

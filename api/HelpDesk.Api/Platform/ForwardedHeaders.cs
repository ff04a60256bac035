using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HelpDesk.Api.Platform;

/// <summary>
/// Behind a reverse proxy the app sees the proxy's address and plain HTTP. X-Forwarded-For and X-Forwarded-Proto are
/// believed only from the proxies listed in HelpDesk:TrustedProxies (IPs or CIDRs, comma-separated); without the option
/// only loopback proxies are (ASP.NET Core's default). The client address then feeds rate limits, login throttling and
/// the audit log, and the scheme decides whether cookies are Secure.
/// </summary>
internal static class ForwardedHeaders
{
    public static IApplicationBuilder UseHelpDeskForwardedHeaders(this IApplicationBuilder app, string? trustedProxies)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            // Walk back through every trusted hop; the walk stops at the first address that is not trusted.
            ForwardLimit = null,
        };

        var entries = (trustedProxies ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length > 0)
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in entries)
            {
                if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"HelpDesk:TrustedProxies: '{entry}' is neither an IP address nor a CIDR network.");
                }
            }
        }

        return app.UseForwardedHeaders(options);
    }
}

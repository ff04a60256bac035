namespace HelpDesk.Api;

/// <summary>The "HelpDesk" configuration section.</summary>
internal sealed class HelpDeskOptions
{
    /// <summary>Demo mode (./helpdesk run without a connection string): loads the demo data set with well-known passwords.</summary>
    public bool Demo { get; set; }

    /// <summary>Apply pending migrations at start-up (default). Set false when ./helpdesk migrate runs them separately.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Run the Hangfire server in this process (default). The tests turn it off and run jobs directly.</summary>
    public bool RunJobs { get; set; } = true;

    /// <summary>Folder of the built SPA (web-client/dist). Served at / with client-side routes falling back to index.html.</summary>
    public string? SpaPath { get; set; }

    /// <summary>
    /// Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: IP addresses or CIDR networks,
    /// comma-separated. Empty: loopback only (ASP.NET Core's default).
    /// </summary>
    public string? TrustedProxies { get; set; }

    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    public RateLimitOptions RateLimits { get; set; } = new();

    public Platform.TelemetryOptions Telemetry { get; set; } = new();
}

internal sealed class BootstrapAdminOptions
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public string? DisplayName { get; set; }
}

internal sealed class RateLimitOptions
{
    /// <summary>Login attempts per client IP per minute.</summary>
    public int LoginPerMinute { get; set; } = 20;

    /// <summary>Requests to the public pages' API (web form, tracking) per client IP per minute.</summary>
    public int PublicPerMinute { get; set; } = 30;

    /// <summary>Requests per API key per minute.</summary>
    public int ApiKeyPerMinute { get; set; } = 1200;
}

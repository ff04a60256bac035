namespace HelpDesk.Api.Platform;

internal static class SecurityHeaders
{
    // The SPA needs only its own scripts; Mantine sets inline styles.
    private const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    // Swagger UI and the Hangfire dashboard ship inline scripts.
    private const string ToolPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// Sets the headers when the response starts, so error responses written by the exception handler (which clears
    /// the headers set before it ran) carry them too.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context);
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        var tool = path.StartsWithSegments("/swagger") || path.StartsWithSegments("/hangfire");
        headers.ContentSecurityPolicy = tool ? ToolPolicy : AppPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        if (path.StartsWithSegments("/api"))
        {
            // API answers carry personal data: no browser or proxy cache may keep them.
            headers.CacheControl = "no-store";
        }
    }
}

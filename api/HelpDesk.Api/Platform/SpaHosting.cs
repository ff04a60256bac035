using Microsoft.Extensions.FileProviders;

namespace HelpDesk.Api.Platform;

internal static class SpaHosting
{
    /// <summary>
    /// Serves the built SPA. Paths the SPA routes client-side (/, /login, /admin/...) get index.html;
    /// unknown API paths stay a 404 problem (415/405 when only the Content-Type or the method is wrong).
    /// </summary>
    public static void MapSpa(this WebApplication app, string? spaPath)
    {
        var unmatched = new Input.UnmatchedApiRequest(app.Services.GetRequiredService<EndpointDataSource>());
        var index = string.IsNullOrEmpty(spaPath) ? null : Path.GetFullPath(Path.Combine(spaPath, "index.html"));
        if (index is null || !File.Exists(index))
        {
            app.Logger.LogWarning("No built SPA at {SpaPath}; serving the API only", spaPath);
            app.MapFallback(context => unmatched.AnswerAsync(context));
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(index)!),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
        app.MapFallback(context =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api"))
            {
                return unmatched.AnswerAsync(context);
            }

            if (path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health") || Path.HasExtension(path.Value))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found").ExecuteAsync(context);
            }

            context.Response.Headers.CacheControl = "no-cache";
            return Results.File(index, "text/html; charset=utf-8").ExecuteAsync(context);
        });
    }
}

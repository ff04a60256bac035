using HelpDesk.Shared.Organisation;

namespace HelpDesk.Directory.GetOrganisationSettings;

/// <summary>The department's time zone (canonical IANA id) and language (es or en).</summary>
internal sealed record OrganisationSettingsDto(string TimeZone, string Language);

internal static class GetOrganisationSettingsEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapGet("/organisation", Handle)
            .AllowAnonymous()
            .WithName("GetOrganisationSettings")
            .WithSummary("The department's time zone and language. Every instant the SPA shows (the public pages too) is in this zone. No sign-in needed.");

    private static Ok<OrganisationSettingsDto> Handle(OrganisationSettings organisation, HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(new OrganisationSettingsDto(organisation.TimeZoneId, organisation.Language));
    }
}

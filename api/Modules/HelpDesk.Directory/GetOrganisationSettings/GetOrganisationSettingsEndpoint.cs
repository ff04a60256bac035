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

    // The API answers no-store like every other response; the SPA keeps the settings for the session itself.
    private static Ok<OrganisationSettingsDto> Handle(OrganisationSettings organisation) =>
        TypedResults.Ok(new OrganisationSettingsDto(organisation.TimeZoneId, organisation.Language));
}

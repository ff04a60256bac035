using HelpDesk.Surveys.Settings;

namespace HelpDesk.Surveys.GetSurveySettings;

internal static class GetSurveySettingsEndpoint
{
    public static void Map(RouteGroupBuilder surveys) =>
        surveys.MapGet("/settings", Handle)
            .RequireAuthorization(Policies.ReportRead)
            .WithName("GetSurveySettings")
            .WithSummary("The department's survey settings: the hot template and its delay, the re-survey window, how long links last, the recovery threshold.")
            .ProducesCommonProblems();

    private static async Task<Ok<SurveySettings>> Handle(SurveySettingsStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.GetAsync(ct));
}

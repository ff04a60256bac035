using HelpDesk.Surveys.Settings;

namespace HelpDesk.Surveys.UpdateSurveySettings;

internal static class UpdateSurveySettingsEndpoint
{
    public static void Map(RouteGroupBuilder surveys) =>
        surveys.MapPut("/settings", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateSurveySettings")
            .WithSummary("Change the survey settings (administrators).")
            .ProducesCommonProblems()
            .ProducesInputProblems();

    private static async Task<Ok<SurveySettings>> Handle(UpdateSurveySettings.Command command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));
}

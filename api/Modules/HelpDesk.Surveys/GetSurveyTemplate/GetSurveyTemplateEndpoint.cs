using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.GetSurveyTemplate;

internal static class GetSurveyTemplateEndpoint
{
    public static void Map(RouteGroupBuilder templates) =>
        templates.MapGet("/{id:guid}", Handle)
            .RequireAuthorization(Policies.ReportRead)
            .WithName("GetSurveyTemplate")
            .WithSummary("A survey template as published: its latest version, or the version asked for.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<SurveyTemplate>> Handle(Guid id, int? version, TemplateStore templates, CancellationToken ct) =>
        TypedResults.Ok(await templates.GetAsync(id, version, ct) ?? throw new NotFoundException("survey template"));
}

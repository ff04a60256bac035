using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.CreateSurveyTemplate;

internal static class CreateSurveyTemplateEndpoint
{
    public static void Map(RouteGroupBuilder templates) =>
        templates.MapPost("", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateSurveyTemplate")
            .WithSummary("Create a survey template: its items in order (1-7 scales, 0-10, yes/no, free text), in Spanish and English, one of them the overall evaluation. It is published as version 1.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<SurveyTemplate>> Handle(CreateSurveyTemplate.Command command, IMediator mediator, CancellationToken ct)
    {
        var template = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/surveys/templates/{template.Id}", template);
    }
}

using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.PublishSurveyTemplate;

internal static class PublishSurveyTemplateEndpoint
{
    /// <summary>The body of a publish: the template's name and its items as they should read from now on.</summary>
    internal sealed record PublishSurveyTemplateRequest(string Name, IReadOnlyList<SurveyItem> Items);

    public static void Map(RouteGroupBuilder templates) =>
        templates.MapPut("/{id:guid}", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName("PublishSurveyTemplate")
            .WithSummary("Publish a template's items: changed items become a new version (answers keep the version they answered); unchanged items keep it.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<SurveyTemplate>> Handle(Guid id, PublishSurveyTemplateRequest request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new PublishSurveyTemplate.Command(id, request.Name, request.Items), ct));
}

using HelpDesk.Directory.ApiKeys;

namespace HelpDesk.Directory.ListApiKeys;

internal static class ListApiKeysEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/api-keys", Handle)
            .WithName("ListApiKeys")
            .WithSummary("Partner API keys (never the secret), active ones first.")
            .ProducesCommonProblems();

    private static async Task<Ok<IReadOnlyList<ApiKeyDto>>> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListApiKeys.Query(), ct));
}

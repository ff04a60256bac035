using HelpDesk.Directory.ApiKeys;

namespace HelpDesk.Directory.CreateApiKey;

internal static class CreateApiKeyEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/api-keys", Handle)
            .WithName("CreateApiKey")
            .WithSummary("Create an API key for a named partner with scopes. The response holds the key; it is never shown again.")
            .ProducesCommonProblems()
            .ProducesInputProblems();

    private static async Task<Created<CreatedApiKeyDto>> Handle(CreateApiKey.Command command, IMediator mediator, CancellationToken ct)
    {
        var key = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/admin/api-keys/{key.Id}", key);
    }
}

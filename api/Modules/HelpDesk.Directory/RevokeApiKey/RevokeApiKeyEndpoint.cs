using HelpDesk.Directory.ApiKeys;

namespace HelpDesk.Directory.RevokeApiKey;

internal static class RevokeApiKeyEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/api-keys/{id:guid}/revoke", Handle)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke a key at once; requests with it get 401 from then on. Revoking twice changes nothing.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<ApiKeyDto>> Handle(Guid id, IMediator mediator, ApiKeyCache keys, CancellationToken ct)
    {
        var key = await mediator.Send(new RevokeApiKey.Command(id), ct);
        keys.Forget(id); // committed: the key's next request is refused
        return TypedResults.Ok(key);
    }
}

namespace HelpDesk.Directory.ListStaff;

internal static class ListStaffEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapGet("/staff", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithName("ListStaff")
            .WithSummary("Active colleagues, optionally with a role or in an area (for assignment pickers).")
            .ProducesCommonProblems()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<IReadOnlyList<StaffMemberDto>>> Handle(IMediator mediator, CancellationToken ct, string? role = null, Guid? areaId = null) =>
        TypedResults.Ok(await mediator.Send(new ListStaff.Query(role, areaId), ct));
}

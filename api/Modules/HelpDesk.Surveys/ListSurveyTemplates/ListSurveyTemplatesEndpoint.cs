using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.ListSurveyTemplates;

internal static class ListSurveyTemplatesEndpoint
{
    private const string Sql = """
        SELECT t.id, t.name, t.purpose, t.latest_version AS version,
            (SELECT count(*)::int FROM surveys.template_items i WHERE i.template_id = t.id AND i.version = t.latest_version) AS item_count,
            t.updated_at
        FROM surveys.templates t
        ORDER BY lower(t.name)
        """;

    private sealed record Row(Guid Id, string Name, string Purpose, int Version, int ItemCount, DateTimeOffset UpdatedAt);

    public static void Map(RouteGroupBuilder templates) =>
        templates.MapGet("", Handle)
            .RequireAuthorization(Policies.ReportRead)
            .WithName("ListSurveyTemplates")
            .WithSummary("The survey templates by name, each at its latest version.")
            .ProducesCommonProblems();

    private static async Task<Ok<IReadOnlyList<SurveyTemplateSummary>>> Handle(IDb db, CancellationToken ct)
    {
        var rows = await db.QueryAsync<Row>(Sql, null, ct);
        return TypedResults.Ok<IReadOnlyList<SurveyTemplateSummary>>(
            [.. rows.Select(r => new SurveyTemplateSummary(r.Id, r.Name, EnumNames<Contracts.SurveyKind>.Parse(r.Purpose), r.Version, r.ItemCount, r.UpdatedAt))]);
    }
}

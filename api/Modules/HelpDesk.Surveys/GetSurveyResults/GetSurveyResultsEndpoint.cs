using System.Globalization;
using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.GetSurveyResults;

/// <summary>
/// The endpoint for the <see cref="Contracts.GetSurveyResults"/> query (also open to other modules, e.g. Reporting).
/// Dates and names arrive as text so that a bad one is a 422 naming its field.
/// </summary>
internal static class GetSurveyResultsEndpoint
{
    public static void Map(RouteGroupBuilder surveys) =>
        surveys.MapGet("/results", Handle)
            .RequireAuthorization(Policies.ReportRead)
            .WithName("GetSurveyResults")
            .WithSummary("Results of a survey template per item for a period and the same period last year, with the variation, per slice.")
            .WithDescription(
                "period: day | week (ISO, Monday to Sunday) | month | bimester (Jan-Feb, Mar-Apr, …) | semester | year, the one holding date " +
                "(YYYY-MM-DD, default today), or range with from and to (YYYY-MM-DD, both included, at most five years; last year's is the " +
                "range shifted by a year). Days are the department's. sliceBy: none (one slice, key all) | topic | area | agent | channel | " +
                "segment | campaign; answers without one form the slice none. kind: hot | cold. campaignId: one campaign's answers. " +
                "Per item (by key across the template's versions, with the latest text): n, mean, the distribution (1-7, or 0-10 for NPS, " +
                "0 no and 1 yes for yes/no), top box 6-7 and bottom box 1-4 as shares 0..1 with 95 % Wilson intervals, NPS in points " +
                "(% 9-10 minus % 0-6), the share of yes; free text: n only. smallSample: n < 30. Variation: current minus last year, " +
                "shares in percentage points.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesInputProblems();

    private static async Task<Ok<SurveyResults>> Handle(
        Guid templateId, IMediator mediator, CancellationToken ct,
        string? period = null, string? date = null, string? from = null, string? to = null, string? sliceBy = null, string? kind = null,
        Guid? campaignId = null) =>
        TypedResults.Ok(await mediator.Send(new Contracts.GetSurveyResults(
            templateId,
            EnumNames<ResultsPeriodKind>.ParseField(period ?? "month", "period"),
            Day(date, "date"),
            Day(from, "from"),
            Day(to, "to"),
            EnumNames<ResultsSliceBy>.ParseField(sliceBy ?? "none", "sliceBy"),
            kind is null ? null : EnumNames<ResultsSurveyKind>.ParseField(kind, "kind"),
            campaignId), ct));

    private static DateOnly? Day(string? text, string field) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new RuleViolationException(field, $"{field} is a date written YYYY-MM-DD.");
}

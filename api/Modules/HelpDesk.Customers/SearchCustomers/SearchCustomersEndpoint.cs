using HelpDesk.Customers.Contracts;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.SearchCustomers;

internal static class SearchCustomersEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapGet("/", Handle)
            .WithName("SearchCustomers")
            .WithSummary("Find customers by document (exact; the type is optional) and/or q: words of the name (partial, any order, " +
                         "accents and case ignored), an email or a phone (exact). Sorted by name, keyset-paginated (limit, cursor -> nextCursor).")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<Page<CustomerListItem>>> Handle(
        HttpRequest request,
        IMediator mediator,
        CancellationToken ct,
        DocumentType? documentType = null,
        string? documentNumber = null,
        string? q = null,
        int? limit = null,
        string? cursor = null)
    {
        // The binder also reads "1" or "cc" as a document type; the contract lists names only.
        if (documentType is not null && !EnumNames<DocumentType>.TryParse(request.Query["documentType"], out _))
        {
            throw new RuleViolationException("documentType", $"Use one of {string.Join(", ", Enum.GetNames<DocumentType>())}.");
        }

        return TypedResults.Ok(await mediator.Send(new SearchCustomers.Query(documentType, documentNumber, q, limit, cursor), ct));
    }
}

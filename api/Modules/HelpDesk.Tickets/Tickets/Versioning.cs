using System.Globalization;

namespace HelpDesk.Tickets.Tickets;

/// <summary>
/// Optimistic concurrency for ticket updates: GET returns ETag "version"; a change must send If-Match with it.
/// Missing If-Match is 428; a stale one is 412, so two agents never overwrite each other silently.
/// </summary>
internal static class Versioning
{
    public static string ETag(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static int RequireIfMatch(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(header))
        {
            throw new ProblemException(StatusCodes.Status428PreconditionRequired, "if-match-required", "If-Match required",
                "Send If-Match with the ETag of your last read of the ticket.");
        }

        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new ProblemException(StatusCodes.Status412PreconditionFailed, "stale-version", "Precondition failed", "The If-Match value is not an ETag of this ticket.");
    }

    public static void EnsureCurrent(TicketRow ticket, int expected)
    {
        if (ticket.Version != expected)
        {
            throw new ProblemException(StatusCodes.Status412PreconditionFailed, "stale-version", "Precondition failed",
                $"Ticket {ticket.Number} changed since you read it (now version {ticket.Version}); reload it and try again.")
            {
                Extensions = new Dictionary<string, object?> { ["currentVersion"] = ticket.Version },
            };
        }
    }

    public static void SetETag(HttpContext http, int version) => http.Response.Headers.ETag = ETag(version);
}

internal static class TicketEndpointConventions
{
    /// <summary>404 unknown or not visible, 409 invalid state, 412 stale If-Match, 428 missing If-Match.</summary>
    public static RouteHandlerBuilder ProducesTicketUpdateProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}

using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Tickets.AddCustomerMessage;
using HelpDesk.Tickets.SubmitWebRequest;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Tickets.TrackTicket;

/// <summary>The customer's side, without login: the web form, the tracking page and writing back. Rate-limited per IP.</summary>
internal static class PublicEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/public/tickets").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Public);

        group.MapPost("/", async (SubmitWebRequest.SubmitWebRequest.Command command, IMediator mediator, CancellationToken ct) =>
            {
                var receipt = await mediator.Send(command, ct);
                return TypedResults.Created(receipt.TrackingUrl, receipt);
            })
            .WithName("SubmitWebRequest")
            .WithSummary("The public web form: file a PQRS; the answer holds the number and the tracking link (also emailed).")
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/{number}", async Task<Ok<TrackedTicketDto>> (string number, string? token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackTicket.Query(number, token), ct)))
            .WithName("TrackTicket")
            .WithSummary("Status and public conversation of a request, with the secret token of its tracking link (404 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/{number}/messages", async Task<Ok<TrackedTicketDto>> (
                    string number, string? token, AddCustomerMessage.AddCustomerMessage.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddCustomerMessage.AddCustomerMessage.Command(number, token, request.Body), ct)))
            .WithName("AddCustomerMessage")
            .WithSummary("The customer writes back; an answered request within the reopen window is reopened.")
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        Attachments.AttachmentEndpoints.MapPublic(group);
        Attachments.AttachmentEndpoints.MapPublicDownload(group);
    }
}

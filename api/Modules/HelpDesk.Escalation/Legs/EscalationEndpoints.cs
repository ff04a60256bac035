using HelpDesk.Escalation.AnswerEscalation;
using HelpDesk.Escalation.CancelEscalation;
using HelpDesk.Escalation.EscalateTicket;
using HelpDesk.Escalation.ListEscalations;
using HelpDesk.Escalation.ReviewEscalation;
using HelpDesk.Escalation.TakeEscalation;
using HelpDesk.Shared.Paging;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Escalation.Legs;

internal static class EscalationEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/tickets/{number}/escalations", async Task<Created<LegDto>> (string number, EscalateTicket.EscalateTicket.Request request, IMediator mediator, CancellationToken ct) =>
            {
                var leg = await mediator.Send(new EscalateTicket.EscalateTicket.Command(number, request.AreaId, request.Reason), ct);
                return TypedResults.Created($"/api/escalations/{leg.Id}", leg);
            })
            .WithTags("Escalation").RequireAuthorization(Policies.TicketWrite)
            .WithName("EscalateTicket")
            .WithSummary("Escalate the ticket to an area (default: the matrix's suggestion). The ticket becomes escalated and the customer is told.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        routes.MapGet("/api/tickets/{number}/escalations", async Task<Ok<IReadOnlyList<LegDto>>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListTicketEscalations.Query(number), ct)))
            .WithTags("Escalation").RequireAuthorization(Policies.Staff)
            .WithName("ListTicketEscalations")
            .WithSummary("The ticket's escalation legs in order (a responder sees only their areas' legs).")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);

        var legs = routes.MapGroup("/api/escalations").WithTags("Escalation").RequireAuthorization(Policies.Staff);
        legs.MapGet("/", async Task<Ok<Page<LegDto>>> (IMediator mediator, CancellationToken ct, string? status = null, Guid? areaId = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListEscalations.ListEscalations.Query(status, areaId, limit, cursor), ct)))
            .WithName("ListEscalations")
            .WithSummary("Legs by status, oldest due first: the area inbox (open; a responder sees only their areas) and the review queue (answered).")
            .ProducesCommonProblems().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        legs.MapGet("/{id:guid}", async Task<Ok<LegDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEscalation.Query(id), ct)))
            .WithName("GetEscalation").WithSummary("One leg.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
        legs.MapPost("/{id:guid}/take", async Task<Ok<LegDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TakeEscalation.TakeEscalation.Command(id), ct)))
            .RequireAuthorization(Policies.EscalationAnswer)
            .WithName("TakeEscalation").WithSummary("A responder of the leg's area takes it.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        legs.MapPost("/{id:guid}/answer", async Task<Ok<LegDto>> (Guid id, AnswerEscalation.AnswerEscalation.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnswerEscalation.AnswerEscalation.Command(id, request.Text), ct)))
            .RequireAuthorization(Policies.EscalationAnswer)
            .WithName("AnswerEscalation").WithSummary("The area's answer (up to 20,000 characters), for the back office to review. 409 unless the leg is open.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        legs.MapPost("/{id:guid}/review", async Task<Ok<ReviewEscalation.ReviewEscalation.ReviewResult>> (Guid id, ReviewEscalation.ReviewEscalation.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReviewEscalation.ReviewEscalation.Command(id, request.Decision, request.Reason), ct)))
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("ReviewEscalation")
            .WithSummary("Accept (the answer becomes the draft reply) or reject with a reason (a new round opens). 409 unless the leg is answered.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        legs.MapPost("/{id:guid}/cancel", async Task<Ok<LegDto>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CancelEscalation.CancelEscalation.Command(id), ct)))
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("CancelEscalation").WithSummary("Withdraw an open or answered leg.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}

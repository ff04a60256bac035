using HelpDesk.Shared.Data;
using HelpDesk.Shared.Errors;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.SlaPolicies;
using HelpDesk.Tickets.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Sla.ManagePolicies;

internal static class PolicyEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var policies = routes.MapGroup("/api/sla/policies").WithTags("SLA").ClearsAfterChanges<SlaSettingsCache>();
        policies.MapGet("/", async Task<Ok<IReadOnlyList<PolicyDto>>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPolicies.Query(), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListSlaPolicies")
            .WithSummary("The current version of every SLA policy.")
            .ProducesCommonProblems();
        policies.MapGet("/{id:guid}/versions", async Task<Ok<IReadOnlyList<PolicyDto>>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListPolicyVersions.Query(id), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithName("ListSlaPolicyVersions")
            .WithSummary("Every version of a policy, newest first.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
        policies.MapPost("/", async Task<Created<PolicyDto>> (SavePolicy.Request request, IMediator mediator, CancellationToken ct) =>
            {
                var policy = await mediator.Send(new SavePolicy.Command(null, request), ct);
                return TypedResults.Created($"/api/sla/policies/{policy.Id}", policy);
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateSlaPolicy")
            .WithSummary("Create a policy: conditions (null matches anything), first-response and resolution targets, warning threshold.")
            .WithDescription("The most specific matching policy applies to a new ticket (most conditions set), ties broken by the higher precedence. " +
                             "A policy with no target, a threshold outside (0, 100) or an unknown calendar is a 422 naming the field.")
            .ProducesCommonProblems().ProducesInputProblems();
        policies.MapPut("/{id:guid}", async Task<Ok<PolicyDto>> (Guid id, SavePolicy.Request request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SavePolicy.Command(id, request), ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateSlaPolicy")
            .WithSummary("Edit a policy: adds a new version for new tickets; tickets that matched earlier versions keep their due times.")
            .ProducesCommonProblems().ProducesInputProblems().ProducesProblem(StatusCodes.Status404NotFound);
        policies.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetirePolicy.Command(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("RetireSlaPolicy")
            .WithSummary("Retire a policy: new tickets stop matching it; existing clocks are unchanged.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);

        routes.MapGet("/api/sla/preview", async Task<Ok<SlaPreviewDto>> (
                    string type, string channel, IMediator mediator, CancellationToken ct, string priority = "normal", Guid? topicId = null, string? segment = null) =>
                TypedResults.Ok(await mediator.Send(new PreviewSla.Query(
                    EnumNames<TicketType>.ParseField(type, "type"), EnumNames<Channel>.ParseField(channel, "channel"),
                    EnumNames<Priority>.ParseField(priority, "priority"), topicId, segment), ct)))
            .WithTags("SLA")
            .RequireAuthorization(Policies.Staff)
            .WithName("PreviewSla")
            .WithDescription("type, channel and priority take the API's names (claim, walk_in, urgent); an unknown one is a 422 naming it.")
            .WithSummary("The policy and due dates a ticket with these facts would get if created now (to tell the customer at intake).")
            .ProducesCommonProblems().ProducesInputProblems();
    }
}

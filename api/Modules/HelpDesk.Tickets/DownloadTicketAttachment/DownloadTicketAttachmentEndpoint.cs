using HelpDesk.Shared.Data;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using HelpDesk.Tickets.Attachments;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Tickets.DownloadTicketAttachment;

internal static class DownloadTicketAttachmentEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapGet("/{number}/attachments/{id:guid}", Download)
            .RequireAuthorization(Policies.TicketRead)
            .WithName("DownloadTicketAttachment")
            .WithSummary("The file, streamed with its original name, for whoever may see the ticket.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Download(string number, Guid id, IMediator mediator, IDb db, CancellationToken ct)
    {
        var attachment = await mediator.Send(new GetAttachment.Query(number, id), ct);
        return Results.Stream(
            output => AttachmentContent.CopyToAsync(db, attachment.Id, output, ct),
            attachment.ContentType,
            attachment.FileName);
    }
}

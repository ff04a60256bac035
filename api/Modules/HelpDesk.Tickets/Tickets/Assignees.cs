using HelpDesk.Directory.Contracts;

namespace HelpDesk.Tickets.Tickets;

internal static class Assignees
{
    /// <summary>An assignee must be an active staff member who works tickets; otherwise 422 on assigneeId.</summary>
    public static async Task EnsureValidAsync(IMediator mediator, Guid assigneeId, CancellationToken ct)
    {
        var member = await mediator.Send(new GetStaffMember(assigneeId), ct);
        if (member is null || !member.Active || !member.Roles.Any(r => Roles.FrontLine.Contains(r.ToName())))
        {
            throw new RuleViolationException("assigneeId", "The assignee must be an active staff member who works tickets.");
        }
    }
}

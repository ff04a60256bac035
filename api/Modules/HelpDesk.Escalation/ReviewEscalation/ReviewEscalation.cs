using System.Text.Json.Serialization;
using FluentValidation;
using HelpDesk.Directory.Contracts;
using HelpDesk.Escalation.Contracts;
using HelpDesk.Escalation.Legs;
using HelpDesk.Tickets.Contracts;
using Microsoft.Extensions.Configuration;

namespace HelpDesk.Escalation.ReviewEscalation;

[JsonConverter(typeof(EnumByName<ReviewDecision>))]
internal enum ReviewDecision
{
    [JsonStringEnumMemberName("accept")] Accept,
    [JsonStringEnumMemberName("reject")] Reject,
}

/// <summary>
/// The back office checks the area's answer. Accept: the answer comes back as the draft of the public reply (the agent
/// edits it and sends it with AnswerTicket). Reject with a reason: a new leg opens (the next round) to the same area, or
/// to the next level after HelpDesk:Escalation:RejectionsBeforeNextLevel rejections (default 2).
/// </summary>
internal static class ReviewEscalation
{
    internal sealed record Request(ReviewDecision Decision, string? Reason);

    internal sealed record Command(Guid Id, ReviewDecision Decision, string? Reason) : ICommand<ReviewResult>;

    /// <summary>DraftReply on accept; NextLeg on reject.</summary>
    internal sealed record ReviewResult(LegDto Leg, string? DraftReply, LegDto? NextLeg);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).When(c => c.Decision == ReviewDecision.Reject)
                .WithMessage("Say why the answer does not answer the request.");
    }

    internal sealed class Handler(IDb db, IMediator mediator, ICurrentUser user, LegOpener opener, IConfiguration configuration, TimeProvider clock)
        : ICommandHandler<Command, ReviewResult>
    {
        private const string ReviewSql = $"""
            UPDATE escalation.legs
            SET status = @Status, review_reason = @Reason, reviewed_at = @Now, reviewed_by = @Me, updated_at = @Now
            WHERE id = @Id
            RETURNING {LegRow.Columns}
            """;

        private const string RejectionsInChainSql = """
            WITH RECURSIVE chain AS (
                SELECT id, previous_leg_id, status FROM escalation.legs WHERE id = @Id
                UNION ALL
                SELECT l.id, l.previous_leg_id, l.status FROM escalation.legs l JOIN chain c ON l.id = c.previous_leg_id)
            SELECT count(*) FROM chain WHERE status = 'rejected'
            """;

        private const string PendingSql = "SELECT EXISTS (SELECT 1 FROM escalation.legs WHERE ticket_id = @TicketId AND status IN ('open', 'answered'))";

        public async ValueTask<ReviewResult> Handle(Command command, CancellationToken ct)
        {
            var leg = await LegAccess.LoadAsync(db, user, command.Id, forUpdate: true, ct);
            LegAccess.RequireStatus(leg, LegStatus.Answered, "reviewed");
            var accepted = command.Decision == ReviewDecision.Accept;
            var now = clock.GetUtcNow();
            var reviewed = await db.QuerySingleAsync<LegRow>(ReviewSql, new
            {
                command.Id, Status = accepted ? "accepted" : "rejected", Reason = command.Reason?.Trim(), Now = now, Me = user.UserId,
            }, ct);
            await mediator.Publish(new EscalationLegReviewed(leg.Id, leg.TicketId, leg.AreaId, leg.Round, accepted, command.Reason, user.UserId, now), ct);

            if (accepted)
            {
                if (!await db.QuerySingleAsync<bool>(PendingSql, new { leg.TicketId }, ct))
                {
                    await mediator.Send(new RecordEscalationsClosed(leg.TicketId), ct);
                }

                return new ReviewResult(reviewed.ToDto(), reviewed.Answer, null);
            }

            var next = await ReescalateAsync(reviewed, command.Reason!.Trim(), ct);
            return new ReviewResult(reviewed.ToDto(), null, next.ToDto());
        }

        private async Task<LegRow> ReescalateAsync(LegRow rejected, string reason, CancellationToken ct)
        {
            var threshold = configuration.GetValue("HelpDesk:Escalation:RejectionsBeforeNextLevel", 2);
            var rejections = await db.QuerySingleAsync<long>(RejectionsInChainSql, new { rejected.Id }, ct);
            var levelUp = rejections >= threshold && (rejected.NextAreaId is not null || rejected.NextToManager);
            var areaId = levelUp && rejected.NextAreaId is { } nextArea ? nextArea : rejected.AreaId;
            var area = await mediator.Send(new GetArea(areaId), ct) ?? throw new InvalidOperationException($"Area {areaId} vanished.");
            var ticket = await mediator.Send(new GetTicketSummary(rejected.TicketNumber), ct) ?? throw new InvalidOperationException("Ticket vanished.");
            return await opener.OpenAsync(new LegOpener.Plan(
                ticket, area,
                ToManager: rejected.ToManager || (levelUp && rejected.NextToManager),
                Round: rejected.Round + 1,
                PreviousLegId: rejected.Id,
                Reason: reason,
                rejected.OlaMinutes,
                ResponderId: levelUp ? null : rejected.ResponderId,
                // Once at the next level there is no further level.
                NextAreaId: levelUp ? null : rejected.NextAreaId,
                NextToManager: !levelUp && rejected.NextToManager), ct);
        }
    }
}

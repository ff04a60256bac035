using FluentValidation;
using HelpDesk.Directory.Contracts;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.UpdateTicket;

internal static class UpdateTicket
{
    /// <summary>Only the fields given change (re-typing a case: type, topic, priority, subject).</summary>
    internal sealed record Request(TicketType? Type, Guid? TopicId, Priority? Priority, string? Subject);

    internal sealed record Command(string Number, int ExpectedVersion, TicketType? Type, Guid? TopicId, Priority? Priority, string? Subject) : ICommand<TicketDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Subject).NotEmpty().MaximumLength(TicketRules.SubjectMax).When(c => c.Subject is not null);
    }

    internal sealed class Handler(IDb db, ICurrentUser user, IMediator mediator, TimelineWriter timeline, TicketChanges changes, TimeProvider clock)
        : ICommandHandler<Command, TicketDto>
    {
        private const string UpdateSql = """
            UPDATE tickets.tickets
            SET type = @Type, topic_id = @TopicId, area_id = @AreaId, priority = @Priority, subject = @Subject,
                search = CASE WHEN subject = @Subject THEN search
                              ELSE search || setweight(to_tsvector('tickets.es', @Subject), 'A') END
            WHERE id = @Id
            """;

        public async ValueTask<TicketDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, command.Number, forUpdate: true, ct);
            Versioning.EnsureCurrent(ticket, command.ExpectedVersion);

            var areaId = ticket.AreaId;
            if (command.TopicId is { } topicId && topicId != ticket.TopicId)
            {
                var topic = await mediator.Send(new GetTopic(topicId), ct);
                areaId = topic is { Active: true, AreaActive: true } ? topic.AreaId : throw new RuleViolationException("topicId", "The topic does not exist or is inactive.");
            }

            var after = new
            {
                ticket.Id,
                Type = command.Type?.ToDb() ?? ticket.Type,
                TopicId = command.TopicId ?? ticket.TopicId,
                AreaId = areaId,
                Priority = command.Priority?.ToDb() ?? ticket.Priority,
                Subject = command.Subject?.Trim() ?? ticket.Subject,
            };
            await db.ExecuteAsync(UpdateSql, after, ct);
            foreach (var (field, from, to) in new (string, object?, object?)[]
                     {
                         ("type", ticket.Type, after.Type), ("topicId", ticket.TopicId, after.TopicId),
                         ("priority", ticket.Priority, after.Priority), ("subject", ticket.Subject, after.Subject),
                     })
            {
                if (!Equals(from, to))
                {
                    await timeline.AppendAsync(ticket.Id, TimelineEvents.FieldChanged, new { field, from, to }, ct);
                }
            }

            return (await changes.TouchAsync(ticket.Id, ct)).ToDto(user, clock.GetUtcNow());
        }
    }
}

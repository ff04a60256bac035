using HelpDesk.Customers.Contracts;
using HelpDesk.Shared.Organisation;
using HelpDesk.Shared.Telemetry;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.SurveyHooks;

/// <summary>
/// The recovery ticket of a bottom-box survey answer: a complaint in the supervisors' queue (see
/// 0209_tickets_supervisors_queue.sql), linked to the surveyed ticket when there is one. It starts its SLA clocks like any
/// new ticket (TicketOpened); it sends the customer no receipt, since the customer filed nothing: a supervisor calls back.
/// </summary>
internal sealed class OpenRecoveryTicketHandler(
    IDb db, IMediator mediator, TimelineWriter timeline, OrganisationSettings organisation, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<OpenRecoveryTicket, RecoveryTicket>
{
    public const string Queue = "supervisors";

    private const string OriginalSql = "SELECT number FROM tickets.tickets WHERE id = @Id";

    private const string InsertSql = """
        INSERT INTO tickets.tickets (
            id, number, type, channel, status, priority, subject, description,
            customer_id, customer_document, customer_name, customer_email, created_by,
            tracking_token, created_at, updated_at, sla_due_at, sla_warn_at, sla_state, queue, related_ticket_id, search)
        VALUES (
            @Id, (SELECT 'PQRS-' || @Year || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END FROM tickets.next_number(@Year) AS n),
            @Type, @Channel, @Status, @Priority, @Subject, @Description,
            @CustomerId, @CustomerDocument, @CustomerName, @CustomerEmail, @CreatedBy,
            @TrackingToken, @Now, @Now, @SlaDueAt, @SlaWarnAt, @SlaState, @Queue, @RelatedTicketId,
            setweight(to_tsvector('tickets.es', @Subject), 'A') || setweight(to_tsvector('tickets.es', @CustomerName), 'A')
                || setweight(to_tsvector('tickets.es', @Description), 'B'))
        RETURNING number
        """;

    public async ValueTask<RecoveryTicket> Handle(OpenRecoveryTicket command, CancellationToken ct)
    {
        var customer = await mediator.Send(new GetCustomerSummary(command.CustomerId), ct)
            ?? throw new InvalidOperationException($"Customer {command.CustomerId} does not exist.");
        string? original = null;
        if (command.OriginalTicketId is { } originalId)
        {
            original = await db.QuerySingleOrDefaultAsync<string>(OriginalSql, new { Id = originalId }, ct)
                ?? throw new InvalidOperationException($"Ticket {originalId} does not exist.");
        }

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var subject = Cut(command.Subject.Trim(), TicketRules.SubjectMax);
        var description = Cut(command.Description, TicketRules.BodyMax);
        var opened = new TicketOpened(
            id, "", TicketType.Complaint, command.Channel, Priority.High, TicketStatus.New, null, null, null, customer.Segment, now, null);
        var sla = await mediator.Send(new GetNewTicketSla(opened), ct);
        var number = await db.QuerySingleAsync<string>(InsertSql, new
        {
            Id = id,
            Year = organisation.Local(now).Year,
            Type = TicketType.Complaint.ToDb(),
            Channel = command.Channel.ToDb(),
            Status = TicketStatus.New.ToDb(),
            Priority = Priority.High.ToDb(),
            Subject = subject,
            Description = description,
            CustomerId = customer.Id,
            CustomerDocument = customer.DocumentNumber,
            CustomerName = customer.FullName,
            CustomerEmail = customer.Email,
            CreatedBy = user.UserId,
            TrackingToken = TicketLinks.NewTrackingToken(),
            Now = now,
            SlaDueAt = sla?.DueAt,
            SlaWarnAt = sla?.WarnAt,
            SlaState = sla?.State.ToDb(),
            Queue,
            RelatedTicketId = command.OriginalTicketId,
        }, ct);
        await mediator.Publish(opened with { Number = number }, ct);

        await timeline.AppendAsync(id, TimelineEvents.Created, new
        {
            number, type = TicketType.Complaint.ToDb(), channel = command.Channel.ToDb(), subject, customer = customer.FullName, status = TicketStatus.New.ToDb(),
        }, ct);
        await timeline.AppendAsync(id, TimelineEvents.OpenedForRecovery, new { originalTicketId = command.OriginalTicketId, originalNumber = original, queue = Queue }, ct);
        if (command.OriginalTicketId is { } surveyed)
        {
            await timeline.AppendAsync(surveyed, TimelineEvents.RecoveryOpened, new { recoveryTicketId = id, recoveryNumber = number, subject }, ct);
        }

        HelpDeskMetrics.TicketsCreated.Add(1, new("channel", command.Channel.ToDb()), new("type", TicketType.Complaint.ToDb()));
        return new RecoveryTicket(id, number);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}

internal sealed class GetTicketNumbersHandler(IDb db) : IQueryHandler<GetTicketNumbers, IReadOnlyDictionary<Guid, string>>
{
    private const string Sql = "SELECT id, number FROM tickets.tickets WHERE id = ANY(@Ids)";

    private sealed record Row(Guid Id, string Number);

    public async ValueTask<IReadOnlyDictionary<Guid, string>> Handle(GetTicketNumbers query, CancellationToken ct)
    {
        if (query.TicketIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var rows = await db.QueryAsync<Row>(Sql, new { Ids = query.TicketIds.Distinct().ToArray() }, ct);
        return rows.ToDictionary(r => r.Id, r => r.Number);
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Directory.Contracts;
using HelpDesk.Shared.Organisation;
using HelpDesk.Shared.Telemetry;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Emails;
using HelpDesk.Tickets.Facts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.CreateTicket;

internal static class CreateTicket
{
    internal sealed record NewCustomer(DocumentType DocumentType, string DocumentNumber, string FullName, string? Email, string? Phone);

    /// <summary>Answer given at first contact: the ticket is created closed, resolved at first contact.</summary>
    internal sealed record FirstContactAnswer(string Body, ResolutionType ResolutionType);

    internal sealed record Command(
        TicketType Type,
        Channel Channel,
        string Subject,
        string Description,
        Guid? CustomerId,
        NewCustomer? Customer,
        Guid? TopicId,
        Priority? Priority,
        Guid? AssigneeId,
        FirstContactAnswer? AnswerNow,
        Guid? VerificationId = null) : ICommand<Result>
    {
        /// <summary>From the Idempotency-Key header, not the body.</summary>
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }

        /// <summary>Set only by the public web form: an anonymous customer files the ticket (channel web).</summary>
        [JsonIgnore]
        public bool FromPublicWebForm { get; init; }
    }

    internal sealed record Result(TicketDto Ticket, string TrackingToken, bool Replayed);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Subject).NotEmpty().MaximumLength(TicketRules.SubjectMax);
            RuleFor(c => c.Description).NotEmpty().MaximumLength(TicketRules.BodyMax);
            RuleFor(c => c.Customer).NotNull().When(c => c.CustomerId is null).WithMessage("Give customerId or customer (document, name, email).");
            RuleFor(c => c.Customer!.DocumentNumber).NotEmpty().MaximumLength(20).When(c => c.Customer is not null).OverridePropertyName("customer.documentNumber");
            RuleFor(c => c.Customer!.FullName).NotEmpty().MaximumLength(200).When(c => c.Customer is not null).OverridePropertyName("customer.fullName");
            RuleFor(c => c.Customer!.Email).EmailAddress().MaximumLength(320).When(c => !string.IsNullOrEmpty(c.Customer?.Email)).OverridePropertyName("customer.email");
            RuleFor(c => c.Customer!.Phone).MaximumLength(20).When(c => c.Customer is not null).OverridePropertyName("customer.phone");
            RuleFor(c => c.AnswerNow!.Body).NotEmpty().MaximumLength(TicketRules.BodyMax).When(c => c.AnswerNow is not null).OverridePropertyName("answerNow.body");
            RuleFor(c => c.IdempotencyKey).MaximumLength(200);
        }
    }

    internal sealed class Handler(
        IDb db, IMediator mediator, ICurrentUser user, TimelineWriter timeline, TicketEmails emails, TicketFactsReader facts, OrganisationSettings organisation,
        TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        private const string ClaimKeySql = """
            INSERT INTO tickets.idempotency_keys (owner, key, request_hash, ticket_id, created_at)
            VALUES (@Owner, @Key, @Hash, @TicketId, @Now)
            ON CONFLICT (owner, key) DO NOTHING
            """;

        private const string ExistingKeySql = """
            SELECT request_hash, ticket_id FROM tickets.idempotency_keys WHERE owner = @Owner AND key = @Key
            """;

        // Six digits at least; a year past 999,999 tickets (Comfama's rate reaches it by April) gets seven. lpad alone would
        // cut 1000000 to 100000, a number already taken.
        private const string InsertSql = $"""
            INSERT INTO tickets.tickets AS t (
                id, number, type, channel, status, priority, subject, description,
                customer_id, customer_document, customer_name, customer_email, topic_id, area_id, assignee_id, partner_id, created_by,
                resolution_type, resolved_at_first_contact, tracking_token, created_at, updated_at, first_response_at, answered_at, closed_at,
                sla_due_at, sla_warn_at, sla_state, requester_name, requester_email, requester_phone, identity_pending, search)
            VALUES (
                @Id, (SELECT 'PQRS-' || @Year || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END FROM tickets.next_number(@Year) AS n), @Type, @Channel, @Status, @Priority, @Subject, @Description,
                @CustomerId, @CustomerDocument, @CustomerName, @CustomerEmail, @TopicId, @AreaId, @AssigneeId, @PartnerId, @CreatedBy,
                @ResolutionType, @ResolvedAtFirstContact, @TrackingToken, @Now, @Now, @AnsweredAt, @AnsweredAt, @AnsweredAt,
                @SlaDueAt, @SlaWarnAt, @SlaState, @RequesterName, @RequesterEmail, @RequesterPhone, @IdentityPending,
                setweight(to_tsvector('tickets.es', @Subject), 'A') || setweight(to_tsvector('tickets.es', @CustomerName), 'A')
                    || setweight(to_tsvector('tickets.es', @Description), 'B') || setweight(to_tsvector('tickets.es', coalesce(@AnswerBody, '')), 'C'))
            RETURNING {TicketRow.Columns}
            """;

        private const string ReadSql = $"SELECT {TicketRow.Columns} FROM tickets.tickets t WHERE t.id = @Id";

        // A customer came through a partner when one of that partner's tickets for them does not wait on an identity check.
        private const string CameThroughPartnerSql = """
            SELECT EXISTS (SELECT 1 FROM tickets.tickets WHERE customer_id = @CustomerId AND partner_id = @PartnerId AND NOT identity_pending)
            """;

        /// <summary>The customer record the ticket joins, and the requester as sent when it came from outside the staff.</summary>
        private sealed record Requester(CustomerSummary Customer, NewCustomer? AsSent, bool IdentityPending);

        private sealed record ExistingKey(byte[] RequestHash, Guid TicketId);

        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7(now);
            var partner = user.PartnerId;
            if (command.IdempotencyKey is { } key)
            {
                var owner = partner is { } p ? $"partner:{p}" : $"user:{user.UserId}";
                var hash = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command, Json));
                var claimed = await db.ExecuteAsync(ClaimKeySql, new { Owner = owner, Key = key, Hash = hash, TicketId = id, Now = now }, ct);
                if (claimed == 0)
                {
                    var existing = await db.QuerySingleAsync<ExistingKey>(ExistingKeySql, new { Owner = owner, Key = key }, ct);
                    if (!existing.RequestHash.AsSpan().SequenceEqual(hash))
                    {
                        throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                            "This Idempotency-Key was already used with a different request body.");
                    }

                    var first = await db.QuerySingleAsync<TicketRow>(ReadSql, new { Id = existing.TicketId }, ct);
                    return new Result(first.ToDto(user, clock.GetUtcNow()), first.TrackingToken, Replayed: true);
                }
            }

            var requester = await ResolveCustomerAsync(command, partner, ct);
            var customer = requester.Customer;
            var verification = await ResolveVerificationAsync(command.VerificationId, customer.Id, ct);
            var topic = await ResolveTopicAsync(command.TopicId, ct);
            await EnsureAssigneeAsync(command, partner, ct);
            if ((partner is not null || command.FromPublicWebForm) && command.AnswerNow is not null)
            {
                throw new RuleViolationException("answerNow", "Only staff answer at first contact.");
            }

            var answer = command.AnswerNow;
            var status = answer is not null ? TicketStatus.Closed : command.AssigneeId is not null ? TicketStatus.Open : TicketStatus.New;
            var channel = partner is not null ? Channel.Partner : command.FromPublicWebForm ? Channel.Web : command.Channel;
            var priority = command.Priority ?? Priority.Normal;
            // Asked before the insert so the ticket is stored once, with its SLA view; the clocks follow in TicketOpened.
            var opened = new TicketOpened(
                id, "", command.Type, channel, priority, status, topic?.Id, topic?.AreaId, command.AssigneeId, customer.Segment, now, answer is null ? null : now);
            var sla = await mediator.Send(new GetNewTicketSla(opened), ct);
            var ticket = await db.QuerySingleAsync<TicketRow>(InsertSql, new
            {
                Id = id,
                Year = organisation.Local(now).Year,
                Type = command.Type.ToDb(),
                Channel = channel.ToDb(),
                Status = status.ToDb(),
                Priority = priority.ToDb(),
                Subject = command.Subject.Trim(),
                command.Description,
                CustomerId = customer.Id,
                CustomerDocument = customer.DocumentNumber,
                CustomerName = customer.FullName,
                CustomerEmail = customer.Email,
                TopicId = topic?.Id,
                AreaId = topic?.AreaId,
                command.AssigneeId,
                PartnerId = partner,
                CreatedBy = user.UserId,
                ResolutionType = answer?.ResolutionType.ToDb(),
                ResolvedAtFirstContact = answer is not null,
                TrackingToken = TicketLinks.NewTrackingToken(),
                Now = now,
                AnsweredAt = answer is null ? (DateTimeOffset?)null : now,
                AnswerBody = answer?.Body,
                SlaDueAt = sla?.DueAt,
                SlaWarnAt = sla?.WarnAt,
                SlaState = sla?.State.ToDb(),
                RequesterName = requester.AsSent?.FullName,
                RequesterEmail = requester.AsSent?.Email,
                RequesterPhone = requester.AsSent?.Phone,
                requester.IdentityPending,
            }, ct);
            await mediator.Publish(opened with { Number = ticket.Number }, ct);

            await timeline.AppendAsync(id, TimelineEvents.Created, new
            {
                ticket.Number, type = ticket.Type, channel = ticket.Channel, ticket.Subject, customer = customer.FullName, status = ticket.Status,
            }, ct);
            if (verification is not null)
            {
                // Verified at intake, before the ticket existed: it belongs on the ticket's timeline all the same.
                await timeline.AppendAsync(id, TimelineEvents.IdentityVerified,
                    new { passed = verification.Passed, checks = verification.Checks, verificationId = verification.Id, verifiedAt = verification.VerifiedAt }, ct);
            }

            if (command.AssigneeId is { } assignee)
            {
                await timeline.AppendAsync(id, TimelineEvents.Assigned, new { assigneeId = assignee }, ct);
            }

            if (answer is not null)
            {
                var messageId = await Messages.InsertAsync(db, user, id, MessageKind.Reply, answer.Body, now, ct);
                await timeline.AppendAsync(id, TimelineEvents.ReplyAdded, new { messageId }, ct);
                await timeline.AppendAsync(id, TimelineEvents.Answered, new { resolutionType = answer.ResolutionType.ToDb(), atFirstContact = true }, ct);
                await emails.ReplyAsync(ticket, answer.Body, ct);
                // The inserted row and the customer in hand are the facts: no second read on the busiest path.
                await facts.AnnounceAsync(TicketFactsReader.Of(ticket, customer.Segment), [TicketStatus.Answered, TicketStatus.Closed], ct);
            }
            else
            {
                await emails.AcknowledgeAsync(ticket, ct);
            }

            HelpDeskMetrics.TicketsCreated.Add(1, new("channel", ticket.Channel), new("type", ticket.Type));
            return new Result(ticket.ToDto(user, clock.GetUtcNow()), ticket.TrackingToken, Replayed: false);
        }

        /// <summary>
        /// Staff attach the ticket to any customer (they verify identity in the conversation). A web submitter or a partner
        /// names a customer by document: a new document creates the record from what they sent; one already on file is
        /// attached without changing it, and unless it came through that same partner the ticket waits for an identity
        /// check (identity_pending). A partner may name a customer by id only if the customer came through it.
        /// </summary>
        private async Task<Requester> ResolveCustomerAsync(Command command, Guid? partner, CancellationToken ct)
        {
            var outsider = partner is not null || command.FromPublicWebForm;
            if (command.CustomerId is { } customerId)
            {
                var known = await mediator.Send(new GetCustomerSummary(customerId), ct);
                if (known is null || (outsider && (partner is null
                        || !await db.QuerySingleAsync<bool>(CameThroughPartnerSql, new { CustomerId = customerId, PartnerId = partner }, ct))))
                {
                    throw new RuleViolationException("customerId", "There is no customer with this id.");
                }

                return new Requester(known, null, IdentityPending: false);
            }

            var c = command.Customer!;
            var sent = new NewCustomer(c.DocumentType, c.DocumentNumber.Trim(), c.FullName.Trim(), NullIfBlank(c.Email), NullIfBlank(c.Phone));
            var found = await mediator.Send(new FindOrCreateCustomer(sent.DocumentType, sent.DocumentNumber, sent.FullName, sent.Email, sent.Phone), ct);
            if (!outsider)
            {
                return new Requester(found.Customer, null, IdentityPending: false);
            }

            var pending = !found.Created && (partner is null
                || !await db.QuerySingleAsync<bool>(CameThroughPartnerSql, new { CustomerId = found.Customer.Id, PartnerId = partner }, ct));
            return new Requester(found.Customer, sent, pending);
        }

        private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        private async Task<IdentityVerificationSummary?> ResolveVerificationAsync(Guid? verificationId, Guid customerId, CancellationToken ct)
        {
            if (verificationId is null)
            {
                return null;
            }

            var verification = await mediator.Send(new GetIdentityVerification(verificationId.Value), ct);
            return verification is not null && verification.CustomerId == customerId
                ? verification
                : throw new RuleViolationException("verificationId", "There is no verification with this id for this customer.");
        }

        private async Task<TopicInfo?> ResolveTopicAsync(Guid? topicId, CancellationToken ct)
        {
            if (topicId is null)
            {
                return null;
            }

            var topic = await mediator.Send(new GetTopic(topicId.Value), ct);
            return topic is { Active: true, AreaActive: true } ? topic : throw new RuleViolationException("topicId", "The topic does not exist or is inactive.");
        }

        private async Task EnsureAssigneeAsync(Command command, Guid? partner, CancellationToken ct)
        {
            if (command.AssigneeId is not { } assigneeId)
            {
                return;
            }

            if (partner is not null || command.FromPublicWebForm)
            {
                throw new RuleViolationException("assigneeId", "Only staff assign tickets.");
            }

            await Assignees.EnsureValidAsync(mediator, assigneeId, ct);
        }
    }
}

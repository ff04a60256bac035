using FluentValidation;
using HelpDesk.Surveys.Invitations;
using HelpDesk.Surveys.Responses;
using HelpDesk.Surveys.Settings;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Surveys.RecordPhoneSurvey;

/// <summary>The phone survey as recorded, and the recovery ticket it opened (if any).</summary>
internal sealed record PhoneSurveyRecorded(Guid Id, DateTimeOffset SubmittedAt, string? RecoveryTicketNumber);

internal static class RecordPhoneSurvey
{
    /// <summary>The language the customer answered in, and the answers by item key.</summary>
    internal sealed record Request(string Language, IReadOnlyList<SurveyAnswer> Answers);

    internal sealed record Command(string Number, string Language, IReadOnlyList<SurveyAnswer> Answers) : ICommand<PhoneSurveyRecorded>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Language).Must(l => l is "es" or "en").WithMessage("language is es or en: the language the customer answered in.");
            RuleFor(c => c.Answers).NotNull().Must(a => a is null || a.Count <= AnswerRules.MaxAnswers)
                .WithMessage($"A response has at most {AnswerRules.MaxAnswers} answers.");
        }
    }

    /// <summary>
    /// The agent records, at the end of a call, the customer's answers to the ticket's hot survey. The ticket's hot
    /// invitation, when there is one, is answered by phone (so its email is never sent, and a link already sent answers
    /// 409); otherwise a hot invitation with channel phone and no token is made from the hot template, counting as a
    /// survey for the re-survey window. 409 when the ticket's survey is answered, withdrawn, or the customer opted out.
    /// </summary>
    internal sealed class Handler(IDb db, IMediator mediator, ResponseRecorder recorder, SurveySettingsStore settings, ICurrentUser user, TimeProvider clock)
        : ICommandHandler<Command, PhoneSurveyRecorded>
    {
        private const string HotInvitationSql = $"SELECT {InvitationRow.Columns} FROM surveys.invitations i WHERE i.ticket_id = @TicketId AND i.kind = 'hot' FOR UPDATE";

        private const string OptedOutSql = "SELECT EXISTS (SELECT 1 FROM surveys.opt_outs WHERE customer_id = @CustomerId)";

        // Made scheduled and answered at once by the recorder, in this transaction: no job ever sees it scheduled.
        private const string InsertSql = $"""
            INSERT INTO surveys.invitations AS i (id, token_hash, template_id, template_version, kind, channel, customer_id, language, ticket_id,
                ticket_number, ticket_channel, topic_id, area_id, agent_id, customer_segment, created_at, status, send_at)
            SELECT @Id, NULL, t.id, t.latest_version, 'hot', 'phone', @CustomerId, @Language, @TicketId,
                @TicketNumber, @TicketChannel, @TopicId, @AreaId, @AgentId, @CustomerSegment, @Now, 'scheduled', @Now
            FROM surveys.templates t WHERE t.id = @TemplateId
            ON CONFLICT (ticket_id) WHERE kind = 'hot' DO NOTHING
            RETURNING {InvitationRow.Columns}
            """;

        private const string ContactSql = """
            INSERT INTO surveys.customer_contacts AS c (customer_id, last_surveyed_at) VALUES (@CustomerId, @Now)
            ON CONFLICT (customer_id) DO UPDATE SET last_surveyed_at = greatest(c.last_surveyed_at, excluded.last_surveyed_at)
            """;

        public async ValueTask<PhoneSurveyRecorded> Handle(Command command, CancellationToken ct)
        {
            var ticket = await mediator.Send(new GetTicketSummary(command.Number), ct) ?? throw new NotFoundException($"Ticket {command.Number}");
            var invitation = await HotInvitationAsync(ticket.Id, ct);
            if (invitation?.Status == "answered")
            {
                throw SurveyProblems.Answered();
            }

            if (invitation?.Status == "cancelled")
            {
                throw SurveyProblems.Cancelled();
            }

            if (await db.QuerySingleAsync<bool>(OptedOutSql, new { ticket.CustomerId }, ct))
            {
                throw new ConflictException("survey-opted-out", "The customer asked for no more surveys.");
            }

            invitation ??= await CreateAsync(ticket.Id, command.Language, ct);
            var recorded = await recorder.RecordAsync(invitation, SurveyChannel.Phone, command.Language, user.UserId, command.Answers, ct);
            return new PhoneSurveyRecorded(recorded.ResponseId, recorded.SubmittedAt, recorded.RecoveryTicket?.Number);
        }

        private Task<InvitationRow?> HotInvitationAsync(Guid ticketId, CancellationToken ct) =>
            db.QuerySingleOrDefaultAsync<InvitationRow>(HotInvitationSql, new { TicketId = ticketId }, ct);

        private async Task<InvitationRow> CreateAsync(Guid ticketId, string language, CancellationToken ct)
        {
            var templateId = (await settings.GetAsync(ct)).HotTemplateId
                ?? throw new ConflictException("survey-not-configured", "No template is chosen for hot surveys: an administrator chooses one in the survey settings.");
            var facts = await mediator.Send(new GetTicketFacts(ticketId), ct) ?? throw new NotFoundException("The ticket");
            var now = clock.GetUtcNow();
            var created = await db.QuerySingleOrDefaultAsync<InvitationRow>(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                facts.CustomerId,
                Language = language,
                TicketId = ticketId,
                TicketNumber = facts.Number,
                TicketChannel = facts.Channel.ToDb(),
                facts.TopicId,
                facts.AreaId,
                AgentId = facts.AssigneeId,
                facts.CustomerSegment,
                Now = now,
                TemplateId = templateId,
            }, ct);
            if (created is null)
            {
                // The hot invitation was made meanwhile (the ticket was just answered): take that one, once it has committed.
                return await HotInvitationAsync(ticketId, ct) ?? throw new InvalidOperationException("The ticket's hot invitation vanished.");
            }

            await db.ExecuteAsync(ContactSql, new { facts.CustomerId, Now = now }, ct);
            return created;
        }
    }
}

using HelpDesk.Shared.Organisation;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Invitations;
using HelpDesk.Surveys.Settings;
using HelpDesk.Surveys.Templates;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Surveys.Responses;

/// <summary>
/// Records a response, from the survey page and from an agent on the phone alike, in the caller's transaction: checks the
/// answers against the invitation's template version (422 naming each wrong one, nothing written), writes the response
/// and one answer row per answered item (with the invitation's slices and the submit day in the department's zone),
/// marks the invitation answered, and opens the recovery ticket when the overall answer calls for one (<see cref="Recovery"/>).
/// The caller has locked the invitation row and checked it may be answered; UNIQUE (invitation_id) stays the last word,
/// so one invitation never gets two responses, nor two recovery tickets.
/// </summary>
internal sealed class ResponseRecorder(
    IDb db, IMediator mediator, TemplateStore templates, SurveySettingsStore settings, OrganisationSettings organisation, TimeProvider clock)
{
    private const string InsertResponseSql = """
        INSERT INTO surveys.responses (id, invitation_id, template_id, template_version, channel, language, customer_id, submitted_at, recorded_by)
        VALUES (@Id, @InvitationId, @TemplateId, @TemplateVersion, @Channel, @Language, @CustomerId, @Now, @RecordedBy)
        ON CONFLICT (invitation_id) DO NOTHING
        """;

    private const string InsertAnswersSql = """
        INSERT INTO surveys.answers (response_id, item_key, kind, score, choice, comment, local_day, template_id, survey_kind, response_channel,
            ticket_channel, topic_id, area_id, agent_id, customer_segment, campaign_id)
        SELECT @ResponseId, a.key, a.kind, a.score, a.choice, a.comment, @LocalDay, @TemplateId, @SurveyKind, @ResponseChannel,
            @TicketChannel, @TopicId, @AreaId, @AgentId, @CustomerSegment, @CampaignId
        FROM unnest(@Keys, @Kinds, @Scores, @Choices, @Comments) AS a(key, kind, score, choice, comment)
        """;

    private const string AnsweredSql = """
        UPDATE surveys.invitations SET status = 'answered', responded_at = @Now WHERE id = @Id AND status IN ('scheduled', 'sent')
        """;

    private const string RecoverySql = "UPDATE surveys.responses SET recovery_ticket_id = @TicketId WHERE id = @Id AND recovery_ticket_id IS NULL";

    /// <summary>The response written, and the recovery ticket it opened (if any).</summary>
    public sealed record Recorded(Guid ResponseId, DateTimeOffset SubmittedAt, RecoveryTicket? RecoveryTicket);

    public async Task<Recorded> RecordAsync(
        InvitationRow invitation, SurveyChannel channel, string language, Guid? recordedBy, IReadOnlyList<SurveyAnswer> answers, CancellationToken ct)
    {
        var items = await templates.ItemsAsync(invitation.TemplateId, invitation.TemplateVersion, ct);
        var answered = AnswerRules.Check(items, answers);

        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var inserted = await db.ExecuteAsync(InsertResponseSql, new
        {
            Id = id,
            InvitationId = invitation.Id,
            invitation.TemplateId,
            invitation.TemplateVersion,
            Channel = channel.ToDb(),
            Language = language,
            invitation.CustomerId,
            Now = now,
            RecordedBy = recordedBy,
        }, ct);
        if (inserted == 0 || await db.ExecuteAsync(AnsweredSql, new { invitation.Id, Now = now }, ct) == 0)
        {
            throw SurveyProblems.Answered();
        }

        await db.ExecuteAsync(InsertAnswersSql, new
        {
            ResponseId = id,
            LocalDay = DateOnly.FromDateTime(organisation.Local(now).DateTime),
            invitation.TemplateId,
            SurveyKind = invitation.Kind,
            ResponseChannel = channel.ToDb(),
            invitation.TicketChannel,
            invitation.TopicId,
            invitation.AreaId,
            invitation.AgentId,
            invitation.CustomerSegment,
            invitation.CampaignId,
            Keys = answered.Select(a => a.Item.Key).ToArray(),
            Kinds = answered.Select(a => a.Item.Kind.ToDb()).ToArray(),
            Scores = answered.Select(a => (short?)a.Score).ToArray(),
            Choices = answered.Select(a => a.Choice).ToArray(),
            Comments = answered.Select(a => a.Comment).ToArray(),
        }, ct);

        RecoveryTicket? recovery = null;
        var overall = answered.FirstOrDefault(a => a.Item.Overall);
        if (Recovery.Opens(overall, (await settings.GetAsync(ct)).RecoveryThreshold))
        {
            var (subject, description) = Recovery.Text(invitation, answered, overall!, channel, organisation.Language, organisation.Stamp(now));
            recovery = await mediator.Send(new OpenRecoveryTicket(
                invitation.CustomerId,
                invitation.KindValue == SurveyKind.Hot ? invitation.TicketId : null,
                channel == SurveyChannel.Phone ? Channel.Phone : Channel.Web,
                subject,
                description), ct);
            await db.ExecuteAsync(RecoverySql, new { Id = id, TicketId = recovery.Id }, ct);
        }

        return new Recorded(id, now, recovery);
    }
}

using System.Text.Json.Serialization;
using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.Invitations;

/// <summary>How an invitation reached the customer, or how a response was taken: the email link, or an agent on the phone.</summary>
[JsonConverter(typeof(EnumByName<SurveyChannel>))]
internal enum SurveyChannel
{
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("phone")] Phone,
}

/// <summary>
/// Where an invitation stands. Stored: scheduled, sent, answered, cancelled. Expired is never stored: a sent invitation
/// whose link's expires_at has passed.
/// </summary>
[JsonConverter(typeof(EnumByName<InvitationStatus>))]
internal enum InvitationStatus
{
    [JsonStringEnumMemberName("scheduled")] Scheduled,
    [JsonStringEnumMemberName("sent")] Sent,
    [JsonStringEnumMemberName("answered")] Answered,
    [JsonStringEnumMemberName("expired")] Expired,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}

/// <summary>A surveys.invitations row as responses read it: the template version asked, the customer, the slices.</summary>
internal sealed class InvitationRow
{
    public const string Columns = """
        i.id, i.template_id, i.template_version, i.kind, i.channel, i.customer_id, i.language, i.ticket_id, i.campaign_id,
        i.ticket_number, i.ticket_channel, i.topic_id, i.area_id, i.agent_id, i.customer_segment, i.status, i.expires_at
        """;

    public Guid Id { get; init; }
    public Guid TemplateId { get; init; }
    public int TemplateVersion { get; init; }
    public string Kind { get; init; } = "";
    public string Channel { get; init; } = "";
    public Guid CustomerId { get; init; }
    public string Language { get; init; } = "";
    public Guid? TicketId { get; init; }
    public Guid? CampaignId { get; init; }
    public string? TicketNumber { get; init; }
    public string? TicketChannel { get; init; }
    public Guid? TopicId { get; init; }
    public Guid? AreaId { get; init; }
    public Guid? AgentId { get; init; }
    public string? CustomerSegment { get; init; }
    public string Status { get; init; } = "";
    public DateTimeOffset? ExpiresAt { get; init; }

    public SurveyKind KindValue => EnumNames<SurveyKind>.Parse(Kind);

    /// <summary>The status a reader sees at this instant: an invitation not yet answered or cancelled is expired once its link's expiry has passed.</summary>
    public static InvitationStatus StatusAt(string stored, DateTimeOffset? expiresAt, DateTimeOffset now) =>
        stored is "sent" or "scheduled" && expiresAt <= now ? InvitationStatus.Expired : EnumNames<InvitationStatus>.Parse(stored);
}

/// <summary>The problems of a survey link, each with its own type so the survey page can say which it is.</summary>
internal static class SurveyProblems
{
    public static ProblemException NotFound() =>
        new(StatusCodes.Status404NotFound, "survey-not-found", "Not found", "This survey link is not valid.");

    public static ProblemException Expired() =>
        new(StatusCodes.Status410Gone, "survey-expired", "Gone", "This survey link has expired.");

    public static ProblemException Answered() =>
        new(StatusCodes.Status409Conflict, "survey-answered", "Conflict", "This survey has already been answered.");

    public static ProblemException Cancelled() =>
        new(StatusCodes.Status409Conflict, "survey-cancelled", "Conflict", "This survey was withdrawn.");

    /// <summary>404 unknown, 409 answered or cancelled, 410 expired; nothing when the invitation may still be answered.</summary>
    public static void EnsureAnswerable(InvitationRow invitation, DateTimeOffset now)
    {
        switch (InvitationRow.StatusAt(invitation.Status, invitation.ExpiresAt, now))
        {
            case InvitationStatus.Answered: throw Answered();
            case InvitationStatus.Cancelled: throw Cancelled();
            case InvitationStatus.Expired: throw Expired();
        }
    }
}

/// <summary>An invitation by its link's token, for the public survey page.</summary>
internal static class PublicInvitations
{
    private const string ByTokenSql = $"SELECT {InvitationRow.Columns} FROM surveys.invitations i WHERE i.token_hash = @Hash";

    private const string ByTokenForUpdateSql = $"{ByTokenSql} FOR UPDATE";

    /// <summary>
    /// The invitation this token opens, if it may still be answered (see <see cref="SurveyProblems.EnsureAnswerable"/>).
    /// A string that cannot be a token is unknown without a query. forUpdate locks the row for the rest of the command,
    /// so of two submits at once the second waits and then finds it answered.
    /// </summary>
    public static async Task<InvitationRow> LoadAnswerableAsync(IDb db, string token, DateTimeOffset now, bool forUpdate, CancellationToken ct)
    {
        if (!InvitationTokens.LooksValid(token))
        {
            throw SurveyProblems.NotFound();
        }

        var invitation = await db.QuerySingleOrDefaultAsync<InvitationRow>(
            forUpdate ? ByTokenForUpdateSql : ByTokenSql, new { Hash = InvitationTokens.Hash(token) }, ct) ?? throw SurveyProblems.NotFound();
        SurveyProblems.EnsureAnswerable(invitation, now);
        return invitation;
    }
}

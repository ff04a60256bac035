using System.Text.Json.Serialization;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Templates;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Surveys.Invitations;

/// <summary>One answer of a survey as staff read it: the item's wording and the score, the choice or the comment.</summary>
internal sealed record TicketSurveyAnswer(string Key, ItemKind Kind, SurveyText Text, int? Score, bool? Choice, string? Comment);

/// <summary>
/// A survey a customer was asked, as staff read it on the ticket and in the customer 360. Channel: how it was answered
/// once answered (email link or phone), else how it is sent. Status expired is derived (not answered, link past its
/// expiry). RecoveryTicketNumber: the complaint a bottom-box answer opened.
/// </summary>
internal sealed record TicketSurvey(
    Guid InvitationId, SurveyKind Kind, SurveyChannel Channel, InvitationStatus Status, string? TicketNumber,
    DateTimeOffset SendAt, DateTimeOffset? SentAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RespondedAt,
    string TemplateName, int TemplateVersion, IReadOnlyList<TicketSurveyAnswer> Answers, string? RecoveryTicketNumber);

/// <summary>Who asked for no more surveys: from the email's one-click link, the survey page, or an agent.</summary>
[JsonConverter(typeof(EnumByName<OptOutSource>))]
internal enum OptOutSource
{
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("page")] Page,
    [JsonStringEnumMemberName("agent")] Agent,
}

/// <summary>A customer's surveys (newest first, at most <see cref="SurveyHistory.CustomerLimit"/>), opt-out and last survey.</summary>
internal sealed record CustomerSurveys(
    bool OptedOut, DateTimeOffset? OptedOutAt, OptOutSource? OptedOutSource, DateTimeOffset? LastSurveyedAt, IReadOnlyList<TicketSurvey> Surveys);

/// <summary>
/// Reads surveys with their answers for staff: one query for the invitations, one for their answers, one for the wording
/// of the template versions they asked, and one batch to Tickets for the recovery tickets' numbers (no query per survey).
/// </summary>
internal sealed class SurveyHistory(IDb db, IMediator mediator, TimeProvider clock)
{
    public const int CustomerLimit = 100;

    private const string Select = """
        SELECT i.id AS invitation_id, i.kind, i.channel, i.status, i.ticket_number, i.send_at, i.sent_at, i.expires_at, i.responded_at,
               i.template_id, i.template_version, t.name AS template_name, r.id AS response_id, r.channel AS response_channel, r.recovery_ticket_id
        FROM surveys.invitations i
        JOIN surveys.templates t ON t.id = i.template_id
        LEFT JOIN surveys.responses r ON r.invitation_id = i.id
        """;

    // Every survey of a ticket is its hot one (invitations_one_per_ticket serves it).
    private const string ByTicketSql = $"{Select} WHERE i.ticket_id = @TicketId AND i.kind = 'hot' ORDER BY i.created_at DESC, i.id DESC";

    private const string ByCustomerSql = $"{Select} WHERE i.customer_id = @CustomerId ORDER BY i.created_at DESC, i.id DESC LIMIT @Limit";

    private const string AnswersSql = """
        SELECT response_id, item_key, kind, score, choice, comment FROM surveys.answers WHERE response_id = ANY(@ResponseIds)
        """;

    private const string WordingSql = """
        SELECT ti.template_id, ti.version, ti.key, ti.position, ti.text_es, ti.text_en
        FROM surveys.template_items ti
        JOIN unnest(@TemplateIds, @Versions) AS v(template_id, version) ON ti.template_id = v.template_id AND ti.version = v.version
        """;

    private const string OptOutSql = "SELECT opted_out_at, source FROM surveys.opt_outs WHERE customer_id = @CustomerId";

    private const string LastSurveyedSql = "SELECT last_surveyed_at FROM surveys.customer_contacts WHERE customer_id = @CustomerId";

    private sealed record Row(
        Guid InvitationId, string Kind, string Channel, string Status, string? TicketNumber, DateTimeOffset SendAt, DateTimeOffset? SentAt,
        DateTimeOffset? ExpiresAt, DateTimeOffset? RespondedAt, Guid TemplateId, int TemplateVersion, string TemplateName,
        Guid? ResponseId, string? ResponseChannel, Guid? RecoveryTicketId);

    private sealed record AnswerRow(Guid ResponseId, string ItemKey, string Kind, short? Score, bool? Choice, string? Comment);

    private sealed record WordingRow(Guid TemplateId, int Version, string Key, int Position, string TextEs, string TextEn);

    private sealed record OptOutRow(DateTimeOffset OptedOutAt, string Source);

    public async Task<IReadOnlyList<TicketSurvey>> ForTicketAsync(Guid ticketId, CancellationToken ct) =>
        await ShapeAsync(await db.QueryAsync<Row>(ByTicketSql, new { TicketId = ticketId }, ct), ct);

    public async Task<CustomerSurveys> ForCustomerAsync(Guid customerId, CancellationToken ct)
    {
        var surveys = await ShapeAsync(await db.QueryAsync<Row>(ByCustomerSql, new { CustomerId = customerId, Limit = CustomerLimit }, ct), ct);
        var optOut = await db.QuerySingleOrDefaultAsync<OptOutRow>(OptOutSql, new { CustomerId = customerId }, ct);
        var lastSurveyed = await db.QuerySingleOrDefaultAsync<DateTimeOffset?>(LastSurveyedSql, new { CustomerId = customerId }, ct);
        return new CustomerSurveys(
            optOut is not null, optOut?.OptedOutAt, optOut is null ? null : EnumNames<OptOutSource>.Parse(optOut.Source), lastSurveyed, surveys);
    }

    private async Task<IReadOnlyList<TicketSurvey>> ShapeAsync(IReadOnlyList<Row> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var responseIds = rows.Where(r => r.ResponseId is not null).Select(r => r.ResponseId!.Value).ToArray();
        var answers = responseIds.Length == 0
            ? []
            : await db.QueryAsync<AnswerRow>(AnswersSql, new { ResponseIds = responseIds }, ct);
        var versions = rows.Where(r => r.ResponseId is not null).Select(r => (r.TemplateId, r.TemplateVersion)).Distinct().ToList();
        var wording = versions.Count == 0
            ? []
            : await db.QueryAsync<WordingRow>(WordingSql, new
            {
                TemplateIds = versions.Select(v => v.TemplateId).ToArray(),
                Versions = versions.Select(v => v.TemplateVersion).ToArray(),
            }, ct);
        var items = wording.ToDictionary(w => (w.TemplateId, w.Version, w.Key));
        var recoveryIds = rows.Where(r => r.RecoveryTicketId is not null).Select(r => r.RecoveryTicketId!.Value).ToList();
        var numbers = recoveryIds.Count == 0 ? new Dictionary<Guid, string>() : await mediator.Send(new GetTicketNumbers(recoveryIds), ct);
        var byResponse = answers.ToLookup(a => a.ResponseId);
        var now = clock.GetUtcNow();

        return
        [
            .. rows.Select(r => new TicketSurvey(
                r.InvitationId,
                EnumNames<SurveyKind>.Parse(r.Kind),
                EnumNames<SurveyChannel>.Parse(r.ResponseChannel ?? r.Channel),
                InvitationRow.StatusAt(r.Status, r.ExpiresAt, now),
                r.TicketNumber,
                r.SendAt,
                r.SentAt,
                r.ExpiresAt,
                r.RespondedAt,
                r.TemplateName,
                r.TemplateVersion,
                r.ResponseId is { } responseId
                    ?
                    [
                        .. byResponse[responseId]
                            .Select(a => (Answer: a, Item: items.GetValueOrDefault((r.TemplateId, r.TemplateVersion, a.ItemKey))))
                            .OrderBy(a => a.Item?.Position ?? int.MaxValue)
                            .Select(a => new TicketSurveyAnswer(
                                a.Answer.ItemKey,
                                EnumNames<ItemKind>.Parse(a.Answer.Kind),
                                a.Item is null ? new SurveyText(a.Answer.ItemKey, a.Answer.ItemKey) : new SurveyText(a.Item.TextEs, a.Item.TextEn),
                                a.Answer.Score,
                                a.Answer.Choice,
                                a.Answer.Comment)),
                    ]
                    : [],
                r.RecoveryTicketId is { } recovery ? numbers.GetValueOrDefault(recovery) : null)),
        ];
    }
}

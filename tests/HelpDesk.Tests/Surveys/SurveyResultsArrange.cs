using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Surveys;

/// <summary>One item of a template version: key, kind (scale_1_7, nps_0_10, yes_no, free_text) and its Spanish and English text.</summary>
internal sealed record TemplateItem(string Key, string Kind, string TextEs, string TextEn);

/// <summary>One answer as the submit handler stores it: a score, a yes/no choice or a comment.</summary>
internal sealed record StoredAnswer(string Key, string Kind, int? Score = null, bool? Choice = null, string? Comment = null);

/// <summary>What results are sliced by, copied from the invitation onto every answer.</summary>
internal sealed record AnswerSlices(
    Guid? TopicId = null, Guid? AreaId = null, Guid? AgentId = null, string? Channel = "phone", string? Segment = null, Guid? CampaignId = null);

/// <summary>
/// One response to insert: its template version, the local day it counts on (what the submit handler writes), when it
/// was submitted (default: noon of that day in Bogotá), hot or cold, its slices and its answers.
/// </summary>
internal sealed record StoredResponse(
    Guid TemplateId, int Version, DateOnly LocalDay, string SurveyKind, AnswerSlices Slices, IReadOnlyList<StoredAnswer> Answers,
    DateTimeOffset? SubmittedAt = null);

/// <summary>
/// Survey data written straight into the surveys tables with SQL, as the templates API and the submit handler (built
/// elsewhere) would write it: templates with versions and items, campaigns, answered invitations with their responses
/// and answers. All answers of a call go in one INSERT, as the submit handler inserts a response's answers.
/// </summary>
internal static class SurveyResultsArrange
{
    public static readonly TimeSpan Bogota = TimeSpan.FromHours(-5);

    public static readonly TemplateItem[] HotItems =
    [
        new("overall", "scale_1_7", "En general, ¿qué tan satisfecho está?", "Overall, how satisfied are you?"),
        new("courtesy", "scale_1_7", "Amabilidad", "Courtesy"),
        new("recommend", "nps_0_10", "¿Nos recomendaría?", "Would you recommend us?"),
        new("resolved", "yes_no", "¿Se resolvió su solicitud?", "Was your request resolved?"),
        new("comment", "free_text", "Comentarios", "Comments"),
    ];

    /// <summary>A template with these versions (1, 2, …), each with its items in order; the first scale item is the overall one.</summary>
    public static async Task<Guid> TemplateAsync(string name, params TemplateItem[][] versions)
    {
        var id = Guid.CreateVersion7();
        var at = DateTimeOffset.UtcNow;
        await using var connection = await OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(
            "INSERT INTO surveys.templates (id, name, purpose, latest_version, created_at, updated_at) VALUES ($1, $2, 'hot', $3, $4, $4)",
            id, name, versions.Length, at));
        for (var v = 1; v <= versions.Length; v++)
        {
            batch.BatchCommands.Add(Command("INSERT INTO surveys.template_versions (template_id, version, published_at) VALUES ($1, $2, $3)", id, v, at));
            var items = versions[v - 1];
            var overall = Array.FindIndex(items, i => i.Kind is "scale_1_7" or "nps_0_10");
            for (var p = 0; p < items.Length; p++)
            {
                batch.BatchCommands.Add(Command("""
                    INSERT INTO surveys.template_items (template_id, version, key, position, kind, required, overall, text_es, text_en)
                    VALUES ($1, $2, $3, $4, $5, false, $6, $7, $8)
                    """, id, v, items[p].Key, p + 1, items[p].Kind, p == overall, items[p].TextEs, items[p].TextEn));
            }
        }

        await batch.ExecuteNonQueryAsync();
        return id;
    }

    public static async Task<Guid> CampaignAsync(Guid templateId, string name)
    {
        var id = Guid.CreateVersion7();
        await using var connection = await OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command("""
            INSERT INTO surveys.campaigns (id, name, template_id, filter, sample_size, schedule, created_at, updated_at)
            VALUES ($1, $2, $3, '{}'::jsonb, 100, '0 7 1,15 * *', now(), now())
            """, id, name, templateId));
        await batch.ExecuteNonQueryAsync();
        return id;
    }

    /// <summary>The responses, each with an answered invitation; all their answers in one INSERT statement.</summary>
    public static async Task RespondAsync(IEnumerable<StoredResponse> responses)
    {
        var list = responses.ToList();
        var invitations = list.Select(_ => Guid.CreateVersion7()).ToArray();
        var ids = list.Select(_ => Guid.CreateVersion7()).ToArray();
        var submitted = list.Select(r => (r.SubmittedAt ?? new DateTimeOffset(r.LocalDay.ToDateTime(new TimeOnly(12, 0)), Bogota)).ToUniversalTime()).ToArray();
        await using var connection = await OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command("""
            INSERT INTO surveys.invitations (id, template_id, template_version, kind, channel, customer_id, language, ticket_id, campaign_id,
                ticket_channel, topic_id, area_id, agent_id, customer_segment, created_at, status, send_at, sent_at, responded_at)
            SELECT i.id, i.template_id, i.version, i.kind, 'email', gen_random_uuid(), 'es',
                   CASE WHEN i.kind = 'hot' THEN gen_random_uuid() END, i.campaign_id,
                   i.channel, i.topic_id, i.area_id, i.agent_id, i.segment, i.at - interval '1 day', 'answered', i.at - interval '1 day',
                   i.at - interval '1 day', i.at
            FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::uuid[], $6::text[], $7::uuid[], $8::uuid[], $9::uuid[], $10::text[], $11::timestamptz[])
                AS i (id, template_id, version, kind, campaign_id, channel, topic_id, area_id, agent_id, segment, at)
            """,
            invitations, list.Select(r => r.TemplateId).ToArray(), list.Select(r => r.Version).ToArray(), list.Select(r => r.SurveyKind).ToArray(),
            list.Select(r => r.Slices.CampaignId).ToArray(), list.Select(r => r.Slices.Channel).ToArray(), list.Select(r => r.Slices.TopicId).ToArray(),
            list.Select(r => r.Slices.AreaId).ToArray(), list.Select(r => r.Slices.AgentId).ToArray(), list.Select(r => r.Slices.Segment).ToArray(), submitted));
        batch.BatchCommands.Add(Command("""
            INSERT INTO surveys.responses (id, invitation_id, template_id, template_version, channel, language, customer_id, submitted_at)
            SELECT r.id, r.invitation_id, i.template_id, i.template_version, 'email', 'es', i.customer_id, r.at
            FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS r (id, invitation_id, at)
            JOIN surveys.invitations i ON i.id = r.invitation_id
            """, ids, invitations, submitted));

        var answers = list.SelectMany((r, k) => r.Answers.Select(a => (Response: k, Answer: a))).ToList();
        batch.BatchCommands.Add(Command("""
            INSERT INTO surveys.answers (response_id, item_key, kind, score, choice, comment, local_day, template_id, survey_kind, response_channel,
                ticket_channel, topic_id, area_id, agent_id, customer_segment, campaign_id)
            SELECT a.response_id, a.item_key, a.kind, a.score, a.choice, a.comment, a.local_day, i.template_id, i.kind, 'email',
                   i.ticket_channel, i.topic_id, i.area_id, i.agent_id, i.customer_segment, i.campaign_id
            FROM unnest($1::uuid[], $2::text[], $3::text[], $4::smallint[], $5::boolean[], $6::text[], $7::date[])
                AS a (response_id, item_key, kind, score, choice, comment, local_day)
            JOIN surveys.responses r ON r.id = a.response_id
            JOIN surveys.invitations i ON i.id = r.invitation_id
            """,
            answers.Select(a => ids[a.Response]).ToArray(), answers.Select(a => a.Answer.Key).ToArray(), answers.Select(a => a.Answer.Kind).ToArray(),
            answers.Select(a => (short?)a.Answer.Score).ToArray(), answers.Select(a => a.Answer.Choice).ToArray(),
            answers.Select(a => a.Answer.Comment).ToArray(), answers.Select(a => list[a.Response].LocalDay).ToArray()));
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Invitations without a response: sent at this instant (email), or, with sentAt null, taken by phone and answered
    /// at respondedAt. Cold ones need a campaign.
    /// </summary>
    public static async Task InviteAsync(Guid templateId, string kind, int count, DateTimeOffset? sentAt, Guid? campaignId = null, DateTimeOffset? respondedAt = null)
    {
        await using var connection = await OpenAsync();
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command("""
            INSERT INTO surveys.invitations (id, template_id, template_version, kind, channel, customer_id, language, ticket_id, campaign_id,
                created_at, status, send_at, sent_at, responded_at)
            SELECT gen_random_uuid(), $1, 1, $2, CASE WHEN $4::timestamptz IS NULL THEN 'phone' ELSE 'email' END, gen_random_uuid(), 'es',
                   CASE WHEN $2 = 'hot' THEN gen_random_uuid() END, $3, coalesce($4, $5), CASE WHEN $5::timestamptz IS NULL THEN 'sent' ELSE 'answered' END,
                   coalesce($4, $5), $4, $5
            FROM generate_series(1, $6)
            """, templateId, kind, campaignId, sentAt?.ToUniversalTime(), respondedAt?.ToUniversalTime(), count));
        await batch.ExecuteNonQueryAsync();
    }

    /// <summary>Responses answering only this item: count[s] of them with score s (or yes for 1, no for 0 on a yes/no item).</summary>
    public static Task ScoresAsync(Guid templateId, DateOnly day, StoredAnswer item, IReadOnlyDictionary<int, int> counts, AnswerSlices? slices = null, string surveyKind = "hot") =>
        RespondAsync(counts.SelectMany(c => Enumerable.Repeat(c.Key, c.Value)).Select(score => new StoredResponse(
            templateId, 1, day, surveyKind, slices ?? new AnswerSlices(),
            [item.Kind == "yes_no" ? item with { Choice = score == 1 } : item with { Score = score }])));

    public static async Task<JsonElement> ResultsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/surveys/results?{query}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The item of a slice (the only slice unless named).</summary>
    public static JsonElement Item(JsonElement results, string key, string slice = "all") =>
        results.GetProperty("slices").EnumerateArray().Single(s => s.GetProperty("key").GetString() == slice)
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);

    public static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Shared.Data;
using HelpDesk.Surveys.Invitations;
using HelpDesk.Tests.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Tests.Surveys;

/// <summary>
/// Invitations as the hot and cold parts make them, written straight to the database with a token the test knows (the
/// link's token is never stored, only its SHA-256), so the survey page, the submit and the phone survey are tested on
/// their own.
/// </summary>
internal static class InvitationArrange
{
    /// <summary>A ticket with its customer, the template its survey asks, and the hot invitation with its link's token.</summary>
    public sealed record HotSurvey(string TicketNumber, Guid TicketId, Guid CustomerId, Guid TemplateId, Guid InvitationId, string Token);

    /// <summary>The slices the test invitations carry, so answers can be checked to copy them.</summary>
    public const string TicketChannel = "email";
    public const string Segment = "B";
    public static readonly Guid AgentId = Guid.Parse("0190f5a0-0000-7000-8000-00000000a9e1");

    /// <summary>A template (SurveyArrange.Items unless given), a ticket by the admin, and a sent hot invitation for it.</summary>
    public static async Task<HotSurvey> HotAsync(
        IServiceProvider services, HttpClient admin, DateTimeOffset now, string status = "sent", object[]? items = null, string templateName = "Posterior al caso")
    {
        var templateId = await SurveyArrange.CreateTemplateAsync(admin, templateName, "hot", items);
        var number = (await TicketApi.CreateAsync(admin)).Number();
        var ticket = (await TicketApi.GetAsync(admin, number)).Ticket;
        var ticketId = ticket.GetProperty("id").GetGuid();
        var customerId = ticket.GetProperty("customer").GetProperty("id").GetGuid();
        var (invitationId, token) = await InsertAsync(services, templateId, customerId, now, ticketId: ticketId, ticketNumber: number, status: status);
        return new HotSurvey(number, ticketId, customerId, templateId, invitationId, token);
    }

    /// <summary>
    /// Inserts an invitation of template version 1 and returns its id and token. Sent (or answered, cancelled) ones
    /// expire linkValidDays after now; scheduled ones have no expiry yet. A cold one gets a campaign of its own.
    /// </summary>
    public static async Task<(Guid Id, string Token)> InsertAsync(
        IServiceProvider services, Guid templateId, Guid customerId, DateTimeOffset now, Guid? ticketId = null, string? ticketNumber = null,
        string kind = "hot", string status = "sent", string language = "es", int linkValidDays = 15)
    {
        var token = InvitationTokens.New();
        var id = Guid.CreateVersion7(now);
        Guid? campaignId = null;
        if (kind == "cold")
        {
            campaignId = Guid.CreateVersion7(now);
            await ExecuteAsync(services, """
                INSERT INTO surveys.campaigns (id, name, template_id, filter, sample_size, schedule, created_at, updated_at)
                VALUES (@CampaignId, 'Quincenal ' || @CampaignId::text, @TemplateId, '{}', 100, '0 7 1,15 * *', @Now, @Now)
                """, new { CampaignId = campaignId, TemplateId = templateId, Now = now });
        }

        var sent = status != "scheduled";
        await ExecuteAsync(services, """
            INSERT INTO surveys.invitations (id, token_hash, template_id, template_version, kind, channel, customer_id, language, email, ticket_id,
                campaign_id, ticket_number, ticket_channel, agent_id, customer_segment, created_at, status, send_at, sent_at, expires_at, responded_at)
            VALUES (@Id, @Hash, @TemplateId, 1, @Kind, 'email', @CustomerId, @Language, 'cliente@example.com', @TicketId,
                @CampaignId, @TicketNumber, @TicketChannel, @AgentId, @Segment, @Now, @Status, @Now, @SentAt, @ExpiresAt, @RespondedAt)
            """, new
        {
            Id = id,
            Hash = InvitationTokens.Hash(token),
            TemplateId = templateId,
            Kind = kind,
            CustomerId = customerId,
            Language = language,
            TicketId = ticketId,
            CampaignId = campaignId,
            TicketNumber = ticketNumber,
            TicketChannel = ticketId is null ? null : TicketChannel,
            AgentId = ticketId is null ? (Guid?)null : AgentId,
            Segment,
            Now = now,
            Status = status,
            SentAt = sent ? now : (DateTimeOffset?)null,
            ExpiresAt = sent ? now.AddDays(linkValidDays) : (DateTimeOffset?)null,
            RespondedAt = status == "answered" ? now : (DateTimeOffset?)null,
        });
        return (id, token);
    }

    /// <summary>Chooses the hot template in the survey settings (the phone survey makes its invitation from it).</summary>
    public static async Task ChooseHotTemplateAsync(HttpClient admin, Guid templateId, int recoveryThreshold = 4)
    {
        var response = await admin.PutAsJsonAsync("/api/surveys/settings",
            new { hotEnabled = true, hotTemplateId = templateId, hotDelayMinutes = 60, resurveyWindowDays = 90, linkValidDays = 15, recoveryThreshold });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Overall, timeliness, recommend, resolved and comment answered (SurveyArrange.Items).</summary>
    public static object[] Answers(int overall = 6, string? comment = "Todo bien, gracias.") =>
    [
        new { key = "overall", score = overall },
        new { key = "timeliness", score = 5 },
        new { key = "recommend", score = 9 },
        new { key = "resolved", choice = true },
        new { key = "comment", text = comment },
    ];

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string token, object[] answers) =>
        client.PostAsJsonAsync($"/api/public/surveys/{token}/response", new { answers });

    /// <summary>
    /// Everything the survey module and the tickets' timelines hold, as text, with each row's physical version (xmin, which
    /// any UPDATE changes, even one that writes the same values): equal before and after a request means the request
    /// wrote nothing there.
    /// </summary>
    public static Task<string> SnapshotAsync(IServiceProvider services) =>
        ScalarAsync<string>(services, """
            SELECT concat_ws(' || ',
                (SELECT string_agg(x.xmin::text || x::text, '|' ORDER BY x.id) FROM surveys.invitations x),
                (SELECT string_agg(x.xmin::text || x::text, '|' ORDER BY x.id) FROM surveys.responses x),
                (SELECT string_agg(x.xmin::text || x::text, '|' ORDER BY x.response_id, x.item_key) FROM surveys.answers x),
                (SELECT string_agg(x.xmin::text || x::text, '|' ORDER BY x.customer_id) FROM surveys.customer_contacts x),
                (SELECT string_agg(x.xmin::text || x::text, '|' ORDER BY x.customer_id) FROM surveys.opt_outs x),
                (SELECT string_agg(x.xmin::text || x::text, '|') FROM surveys.settings x),
                (SELECT count(*)::text FROM tickets.tickets),
                (SELECT count(*)::text FROM tickets.events))
            """);

    /// <summary>Rows of responses, answers and tickets: what a failed submit must leave as it was.</summary>
    public static Task<(long Responses, long Answers, long Tickets)> CountsAsync(IServiceProvider services) =>
        ScalarAsync<(long, long, long)>(services, "SELECT (SELECT count(*) FROM surveys.responses), (SELECT count(*) FROM surveys.answers), (SELECT count(*) FROM tickets.tickets)");

    public static async Task ExecuteAsync(IServiceProvider services, string sql, object? parameters)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDb>().ExecuteAsync(sql, parameters, CancellationToken.None);
    }

    public static async Task<T> ScalarAsync<T>(IServiceProvider services, string sql, object? parameters = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDb>().QuerySingleAsync<T>(sql, parameters, CancellationToken.None);
    }

    public static async Task<IReadOnlyList<T>> QueryAsync<T>(IServiceProvider services, string sql, object? parameters = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDb>().QueryAsync<T>(sql, parameters, CancellationToken.None);
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}

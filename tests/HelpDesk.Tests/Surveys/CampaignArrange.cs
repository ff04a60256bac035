using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using HelpDesk.Surveys.Campaigns;
using HelpDesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Tests.Surveys;

/// <summary>
/// What campaign tests stand on: survey templates and customers written straight to the database (hundreds of customers
/// through the API would be slow, and templates are another part's endpoints), campaigns and runs through the API.
/// </summary>
internal static class CampaignArrange
{
    public static async Task<NpgsqlConnection> DbAsync()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A cold template, through the templates API.</summary>
    public static Task<Guid> TemplateAsync(HttpClient admin, string name = "Encuesta fría DCV") =>
        SurveyArrange.CreateTemplateAsync(admin, name, purpose: "cold");

    /// <summary>Writes <paramref name="count"/> customers with these attributes; returns their ids.</summary>
    public static async Task<List<Guid>> CustomersAsync(
        int count, string? kind = "affiliate", string? segment = "A", string? region = "Antioquia", string? companySize = null, bool email = true,
        string language = "es")
    {
        await using var db = await DbAsync();
        return [.. await db.QueryAsync<Guid>("""
            INSERT INTO customers.customers (id, document_type, document_number, full_name, email, kind, region, company_size, segment,
                language, created_at, updated_at)
            SELECT gen_random_uuid(), 'CC', upper(substr(md5(random()::text), 1, 12)), 'Cliente ' || n,
                   CASE WHEN @Email THEN 'cliente' || n || '.' || substr(md5(random()::text), 1, 8) || '@example.com' END,
                   @Kind, @Region, @CompanySize, @Segment, @Language, now(), now()
            FROM generate_series(1, @Count) AS n
            RETURNING id
            """, new { Count = count, Kind = kind, Segment = segment, Region = region, CompanySize = companySize, Email = email, Language = language })];
    }

    public static object Filter(
        string[]? kinds = null, string[]? segments = null, string[]? regions = null, string[]? companySizes = null, string[]? channels = null,
        Guid[]? topicIds = null, int? closedWithinDays = null) =>
        new
        {
            kinds = kinds ?? [],
            segments = segments ?? [],
            regions = regions ?? [],
            companySizes = companySizes ?? [],
            channels = channels ?? [],
            topicIds = topicIds ?? [],
            closedWithinDays,
        };

    public static object Campaign(
        Guid templateId, object? filter = null, int? sampleSize = 10, decimal? sampleShare = null, string? stratifyBy = null, string? schedule = null,
        string name = "Fría quincenal", bool active = true) =>
        new { name, templateId, filter = filter ?? Filter(), sampleSize, sampleShare, stratifyBy, schedule, active };

    public static async Task<JsonElement> CreateAsync(HttpClient admin, object campaign)
    {
        var response = await admin.PostAsJsonAsync("/api/surveys/campaigns", campaign);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<JsonElement> RunNowAsync(HttpClient admin, Guid campaignId)
    {
        var response = await admin.PostAsync($"/api/surveys/campaigns/{campaignId}/runs", null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The customers a run invited.</summary>
    public static async Task<List<Guid>> InviteesAsync(Guid runId)
    {
        await using var db = await DbAsync();
        return [.. await db.QueryAsync<Guid>("SELECT customer_id FROM surveys.invitations WHERE run_id = @RunId ORDER BY customer_id", new { RunId = runId })];
    }

    /// <summary>One pass of the recurring job, as Hangfire calls it every minute.</summary>
    public static Task<int> RunJobAsync(HelpDeskFactory app) => app.Services.GetRequiredService<CampaignRunJob>().Run(CancellationToken.None);

    /// <summary>The customer was surveyed (hot or cold) at this instant: the row the window is kept on.</summary>
    public static async Task SurveyedAsync(Guid customerId, DateTimeOffset at)
    {
        await using var db = await DbAsync();
        await db.ExecuteAsync("""
            INSERT INTO surveys.customer_contacts (customer_id, last_surveyed_at) VALUES (@CustomerId, @At)
            ON CONFLICT (customer_id) DO UPDATE SET last_surveyed_at = excluded.last_surveyed_at
            """, new { CustomerId = customerId, At = at });
    }

    public static async Task OptedOutAsync(Guid customerId, DateTimeOffset at)
    {
        await using var db = await DbAsync();
        await db.ExecuteAsync("INSERT INTO surveys.opt_outs (customer_id, opted_out_at, source) VALUES (@CustomerId, @At, 'page')",
            new { CustomerId = customerId, At = at });
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();
}

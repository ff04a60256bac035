using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using HelpDesk.Surveys.Campaigns;
using HelpDesk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static HelpDesk.Tests.Surveys.CampaignArrange;

namespace HelpDesk.Tests.Surveys;

public sealed class CampaignRunTests : IntegrationTest
{
    private sealed record InvitationRow(
        Guid CustomerId, string Kind, string Channel, string Status, DateTimeOffset SendAt, Guid? CampaignId, Guid? RunId, byte[]? TokenHash,
        string Email, string Language, string? CustomerSegment, int TemplateVersion);

    [Test]
    public async Task RunSurveyCampaign_InvitesASampleOfTheMatchingCustomers_AsScheduledColdEmailInvitationsOfTheRun()
    {
        using var admin = await LoginAsAdminAsync();
        var affiliates = await CustomersAsync(20, kind: "affiliate", segment: "A", language: "en");
        await CustomersAsync(10, kind: "employer", segment: "A");
        await CustomersAsync(3, kind: "affiliate", segment: "A", email: false);
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), Filter(kinds: ["affiliate"]), sampleSize: 5));

        var run = await RunNowAsync(admin, campaign.Id());

        await using var db = await DbAsync();
        var invitations = (await db.QueryAsync<InvitationRow>("""
            SELECT customer_id, kind, channel, status, send_at, campaign_id, run_id, token_hash, email, language, customer_segment, template_version
            FROM surveys.invitations
            """)).ToList();
        var contacts = (await db.QueryAsync<DateTimeOffset>("SELECT last_surveyed_at FROM surveys.customer_contacts")).ToList();
        var now = App.Clock.GetUtcNow();
        Assert.Multiple(() =>
        {
            Assert.That(run.GetProperty("matched").GetInt32(), Is.EqualTo(20), "affiliates with an email");
            Assert.That(run.GetProperty("sampled").GetInt32(), Is.EqualTo(5));
            Assert.That(run.GetProperty("invited").GetInt32(), Is.EqualTo(5));
            Assert.That(run.GetProperty("scheduledFor").GetDateTimeOffset(), Is.EqualTo(now));
            Assert.That(run.GetProperty("finishedAt").GetDateTimeOffset(), Is.EqualTo(now));
            Assert.That(invitations, Has.Count.EqualTo(5));
            Assert.That(invitations.Select(i => i.CustomerId), Is.SubsetOf(affiliates).And.Unique);
            Assert.That(invitations, Has.All.Matches<InvitationRow>(i =>
                i is { Kind: "cold", Channel: "email", Status: "scheduled", Language: "en", CustomerSegment: "A", TemplateVersion: 1 }
                && i.SendAt == now && i.CampaignId == campaign.Id() && i.RunId == run.Id() && i.TokenHash is { Length: 32 } && i.Email.EndsWith("@example.com", StringComparison.Ordinal)));
            Assert.That(invitations.Select(i => Convert.ToHexString(i.TokenHash!)), Is.Unique);
            Assert.That(contacts, Has.Count.EqualTo(5).And.All.EqualTo(now), "each invited customer's last survey is now");
        });
    }

    [Test]
    public async Task RunSurveyCampaign_TheSameRunIdDrawsTheSameCustomers_AndAnotherRunIdOthers()
    {
        using var admin = await LoginAsAdminAsync();
        await CustomersAsync(100);
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: 10));
        var run = await RunNowAsync(admin, campaign.Id());
        var first = await InviteesAsync(run.Id());

        // Back to the state before the run: its invitations and the window's claims gone.
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("DELETE FROM surveys.invitations; DELETE FROM surveys.customer_contacts;");
        }

        var again = await SampleAgainAsync(campaign.Id(), run.Id());
        var rerun = await InviteesAsync(run.Id());
        var otherRun = Guid.CreateVersion7();
        await SampleAgainAsync(campaign.Id(), otherRun);
        var other = await InviteesAsync(otherRun);
        Assert.Multiple(() =>
        {
            Assert.That(again.Invited, Is.EqualTo(10));
            Assert.That(rerun, Is.EqualTo(first), "same run id, same customers");
            Assert.That(other, Has.Count.EqualTo(10));
            Assert.That(other, Is.Not.EquivalentTo(first), "another run id draws another sample (1 chance in 17 trillion of the same)");
        });
    }

    /// <summary>The run's sampling again for this run id (no new run row: the invitations carry the id given).</summary>
    private static async Task<SampleOutcome> SampleAgainAsync(Guid campaignId, Guid runId)
    {
        await using var db = await DbAsync();
        if (runId != Guid.Empty && await db.ExecuteScalarAsync<int>("SELECT count(*) FROM surveys.campaign_runs WHERE id = @runId", new { runId }) == 0)
        {
            await db.ExecuteAsync("INSERT INTO surveys.campaign_runs (id, campaign_id, scheduled_for, started_at) VALUES (@runId, @campaignId, now(), now())",
                new { runId, campaignId });
        }

        await using var scope = App.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<CampaignStore>();
        var campaign = await store.GetAsync(campaignId, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<CampaignSampler>().RunAsync(
            new CampaignToRun(campaign.Id, campaign.TemplateId, 1, campaign.Filter, campaign.SampleSize, campaign.SampleShare, campaign.StratifyBy),
            runId, 90, CancellationToken.None);
    }

    [TestCase(20, 12, 6, 2)]
    [TestCase(7, 4, 2, 1)]
    [TestCase(3, 2, 1, 0)]
    public async Task RunSurveyCampaign_StratifiedBySegment_InvitesEachSegmentInProportion_ByLargestRemainder(int sample, int a, int b, int c)
    {
        using var admin = await LoginAsAdminAsync();
        await CustomersAsync(60, segment: "A");
        await CustomersAsync(30, segment: "B");
        await CustomersAsync(10, segment: "C");
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: sample, stratifyBy: "segment"));

        var run = await RunNowAsync(admin, campaign.Id());

        await using var db = await DbAsync();
        var bySegment = (await db.QueryAsync<(string Segment, int Count)>(
            "SELECT customer_segment, count(*)::int FROM surveys.invitations WHERE run_id = @RunId GROUP BY 1", new { RunId = run.Id() }))
            .ToDictionary(r => r.Segment, r => r.Count);
        Assert.Multiple(() =>
        {
            Assert.That(bySegment.GetValueOrDefault("A"), Is.EqualTo(a));
            Assert.That(bySegment.GetValueOrDefault("B"), Is.EqualTo(b));
            Assert.That(bySegment.GetValueOrDefault("C"), Is.EqualTo(c));
            Assert.That(run.GetProperty("invited").GetInt32(), Is.EqualTo(sample));
        });
    }

    [Test]
    public async Task RunSurveyCampaign_StratifiedByShare_TakesTheShareOfTheMatchedCustomers()
    {
        using var admin = await LoginAsAdminAsync();
        await CustomersAsync(30, kind: "affiliate");
        await CustomersAsync(10, kind: "employer");
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: null, sampleShare: 0.25m, stratifyBy: "kind"));
        var run = await RunNowAsync(admin, campaign.Id());
        await using var db = await DbAsync();
        var employers = await db.ExecuteScalarAsync<int>("""
            SELECT count(*)::int FROM surveys.invitations i JOIN customers.customers c ON c.id = i.customer_id WHERE i.run_id = @RunId AND c.kind = 'employer'
            """, new { RunId = run.Id() });
        Assert.Multiple(() =>
        {
            Assert.That(run.GetProperty("invited").GetInt32(), Is.EqualTo(10), "a quarter of 40");
            Assert.That(employers, Is.EqualTo(2), "quotas 7.5 and 2.5: floors 7 and 2, and the place left goes to the larger stratum of the tie");
        });
    }

    [Test]
    public async Task RunSurveyCampaign_PassesOverCustomersSurveyedHotWithinTheWindow_AndInvitesThemOnceTheWindowHasPassed()
    {
        var admin = await LoginAsAdminAsync();
        var customers = await CustomersAsync(2);
        var (hot, cold) = (customers[0], customers[1]);
        var now = App.Clock.GetUtcNow();
        // A hot survey of 10 days ago: its invitation and the window's row, as the hot path writes them.
        await SurveyedAsync(hot, now.AddDays(-10));
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: 2));

        var first = await RunNowAsync(admin, campaign.Id());
        var firstInvitees = await InviteesAsync(first.Id());

        // The cold claim now keeps the customer from a hot survey too: the hot path's conditional upsert finds the row recent.
        await using (var db = await DbAsync())
        {
            var hotClaimed = await db.ExecuteAsync("""
                INSERT INTO surveys.customer_contacts AS k (customer_id, last_surveyed_at) VALUES (@Cold, @Now)
                ON CONFLICT (customer_id) DO UPDATE SET last_surveyed_at = excluded.last_surveyed_at WHERE k.last_surveyed_at <= @WindowStart
                """, new { Cold = cold, Now = now, WindowStart = now.AddDays(-90) });
            Assert.That(hotClaimed, Is.Zero, "a hot survey inside the window after a cold one");
        }

        App.Clock.Advance(TimeSpan.FromDays(81)); // the hot survey is now 91 days old, the cold one 81
        admin = await LoginAsAdminAsync(); // the session expired while the clock moved

        admin = await LoginAsAdminAsync(); // the session expired while the clock moved
        var second = await RunNowAsync(admin, campaign.Id());
        var secondInvitees = await InviteesAsync(second.Id());
        Assert.Multiple(() =>
        {
            Assert.That(firstInvitees, Is.EqualTo(new[] { cold }), "surveyed hot 10 days ago: passed over");
            Assert.That(first.GetProperty("sampled").GetInt32(), Is.EqualTo(2), "both drawn, one passed over");
            Assert.That(first.GetProperty("invited").GetInt32(), Is.EqualTo(1));
            Assert.That(secondInvitees, Is.EqualTo(new[] { hot }), "91 days after the hot survey it may be surveyed again; the cold one of 81 days ago may not");
        });
    }

    [Test]
    public async Task RunSurveyCampaign_PassesOverOptedOutCustomers_AndDrawsTheNextOnesInstead()
    {
        using var admin = await LoginAsAdminAsync();
        var customers = await CustomersAsync(6);
        foreach (var id in customers.Take(3))
        {
            await OptedOutAsync(id, App.Clock.GetUtcNow().AddDays(-1));
        }

        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: 3));
        var run = await RunNowAsync(admin, campaign.Id());
        var invitees = await InviteesAsync(run.Id());
        // The draw goes through the customers in md5(run id || customer id) order up to the last one it invited.
        await using var db = await DbAsync();
        var drawn = await db.ExecuteScalarAsync<int>("""
            SELECT count(*)::int FROM customers.customers c
            WHERE md5(@RunId::text || c.id::text) <= (SELECT max(md5(@RunId::text || i.customer_id::text)) FROM surveys.invitations i WHERE i.run_id = @RunId)
            """, new { RunId = run.Id() });
        Assert.Multiple(() =>
        {
            Assert.That(invitees, Is.EquivalentTo(customers.Skip(3)), "the three who did not opt out");
            Assert.That(run.GetProperty("invited").GetInt32(), Is.EqualTo(3));
            Assert.That(run.GetProperty("sampled").GetInt32(), Is.EqualTo(drawn), "the opted-out drawn before the third invitee count as sampled");
        });
    }

    [Test]
    public async Task CampaignRunJob_RunTwiceAndAtOnceForTheSameSlot_MakesOneRun_AndMovesTheNextRunToTheNextSlot()
    {
        var admin = await LoginAsAdminAsync();
        await CustomersAsync(10);
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: 3, schedule: "0 7 * * *"));
        var slot = campaign.GetProperty("nextRunAt").GetDateTimeOffset();
        Assert.That(await RunJobAsync(App), Is.Zero, "not due yet");

        App.Clock.Advance(slot - App.Clock.GetUtcNow() + TimeSpan.FromSeconds(30));
        admin = await LoginAsAdminAsync(); // the session expired while the clock moved

        admin = await LoginAsAdminAsync(); // the session expired while the clock moved
        var together = await Task.WhenAll(RunJobAsync(App), RunJobAsync(App));
        var again = await RunJobAsync(App);

        var runs = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/surveys/campaigns/{campaign.Id()}/runs"))!;
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/campaigns/{campaign.Id()}");
        Assert.Multiple(() =>
        {
            Assert.That(together.Sum() + again, Is.EqualTo(1));
            Assert.That(runs, Has.Length.EqualTo(1));
            Assert.That(runs[0].GetProperty("scheduledFor").GetDateTimeOffset(), Is.EqualTo(slot));
            Assert.That(runs[0].GetProperty("invited").GetInt32(), Is.EqualTo(3));
            Assert.That(read.GetProperty("nextRunAt").GetDateTimeOffset(), Is.EqualTo(slot.AddDays(1)));
        });
    }

    [Test]
    public async Task CampaignRunJob_AfterDowntimeOverManySlots_MakesOneRun()
    {
        var admin = await LoginAsAdminAsync();
        await CustomersAsync(10);
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: 2, schedule: "0 7 * * *"));
        var slot = campaign.GetProperty("nextRunAt").GetDateTimeOffset();

        App.Clock.Advance(slot - App.Clock.GetUtcNow() + TimeSpan.FromDays(5) + TimeSpan.FromHours(1)); // six slots went by
        admin = await LoginAsAdminAsync(); // the session expired while the clock moved

        admin = await LoginAsAdminAsync(); // the session expired while the clock moved
        var made = await RunJobAsync(App);
        var later = await RunJobAsync(App);

        var runs = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/surveys/campaigns/{campaign.Id()}/runs"))!;
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/campaigns/{campaign.Id()}");
        Assert.Multiple(() =>
        {
            Assert.That(made, Is.EqualTo(1));
            Assert.That(later, Is.Zero);
            Assert.That(runs, Has.Length.EqualTo(1));
            Assert.That(runs[0].GetProperty("scheduledFor").GetDateTimeOffset(), Is.EqualTo(slot), "the first slot missed");
            Assert.That(read.GetProperty("nextRunAt").GetDateTimeOffset(), Is.EqualTo(slot.AddDays(6)), "the next slot after now, not a missed one");
        });
    }

    [Test]
    public async Task CampaignRunJob_InactiveCampaign_DoesNotRun()
    {
        var admin = await LoginAsAdminAsync();
        await CustomersAsync(3);
        var campaign = await CreateAsync(admin, Campaign(await TemplateAsync(admin), sampleSize: 2, schedule: "0 7 * * *", active: false));
        App.Clock.Advance(TimeSpan.FromDays(2));
        admin = await LoginAsAdminAsync(); // the session expired while the clock moved
        Assert.That(await RunJobAsync(App), Is.Zero);
        Assert.That(await admin.GetFromJsonAsync<JsonElement[]>($"/api/surveys/campaigns/{campaign.Id()}/runs"), Is.Empty);
    }

    [Test]
    public async Task ListSurveyCampaignRuns_CountsResponsesByInvitation_AsTheRunsAndTheCampaignsResponseRate()
    {
        using var admin = await LoginAsAdminAsync();
        await CustomersAsync(8);
        var template = await TemplateAsync(admin);
        var campaign = await CreateAsync(admin, Campaign(template, sampleSize: 4));
        var run = await RunNowAsync(admin, campaign.Id());
        await using (var db = await DbAsync())
        {
            await db.ExecuteAsync("""
                INSERT INTO surveys.responses (id, invitation_id, template_id, template_version, channel, language, customer_id, submitted_at)
                SELECT gen_random_uuid(), i.id, i.template_id, i.template_version, 'email', i.language, i.customer_id, now()
                FROM surveys.invitations i WHERE i.run_id = @RunId ORDER BY i.id LIMIT 1
                """, new { RunId = run.Id() });
        }

        var runs = (await admin.GetFromJsonAsync<JsonElement[]>($"/api/surveys/campaigns/{campaign.Id()}/runs"))!;
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/surveys/campaigns/{campaign.Id()}");
        Assert.Multiple(() =>
        {
            Assert.That(runs[0].GetProperty("responded").GetInt32(), Is.EqualTo(1));
            Assert.That(runs[0].GetProperty("responseRate").GetDouble(), Is.EqualTo(0.25));
            Assert.That(read.GetProperty("responseRate").GetDouble(), Is.EqualTo(0.25));
        });
    }

    [Test]
    public async Task RunSurveyCampaign_UnknownCampaign_Returns404()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsync($"/api/surveys/campaigns/{Guid.CreateVersion7()}/runs", null);
        await Problem.AssertAsync(response, HttpStatusCode.NotFound);
    }
}

using HelpDesk.Customers.Contracts;
using HelpDesk.Surveys.Invitations;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>What a run needs to know of its campaign.</summary>
internal sealed record CampaignToRun(
    Guid Id, Guid TemplateId, int TemplateVersion, CampaignFilter Filter, int? SampleSize, decimal? SampleShare, CampaignStratum? StratifyBy);

/// <summary>A run's counts: see <see cref="SurveyCampaignRun"/>.</summary>
internal sealed record SampleOutcome(int Matched, int Sampled, int Invited);

/// <summary>
/// Draws a run's sample and invites it, in the caller's transaction.
/// <list type="number">
/// <item>Matched: the customers of the filter who have an email (ticket conditions from Tickets, attributes from
/// Customers), counted per stratum when the campaign is stratified.</item>
/// <item>The sample size n: the campaign's size, or its share of the matched customers (rounded half up, at least 1),
/// never more than matched; spread over the strata by <see cref="StratifiedAllocation"/> (proportional, largest remainder).</item>
/// <item>Each stratum's customers are taken in the run's random order, md5(run id || customer id): random, but the same
/// run id always orders the same customers the same way. A customer who opted out, or was surveyed (hot or cold) within
/// the re-survey window, is passed over and the next one taken, until the stratum's share is invited or it runs out.</item>
/// <item>The chosen are claimed with one conditional upsert on surveys.customer_contacts (only where the last survey is
/// older than the window) and invited in the same statement: a hot survey that claimed one of them a moment before wins,
/// and that customer is passed over too. Invitations are 'scheduled' email invitations due now; the sending job sends them.</item>
/// </list>
/// </summary>
internal sealed class CampaignSampler(IMediator mediator, IDb db, CampaignAudience audience, TimeProvider clock)
{
    /// <summary>The most customers one draw asks for per stratum.</summary>
    private const int MaxPage = 50_000;

    private const string ClaimAndInviteSql = """
        WITH chosen AS (
            SELECT * FROM unnest(@CustomerIds::uuid[], @Emails::text[], @Languages::text[], @Segments::text[], @InvitationIds::uuid[], @TokenHashes::bytea[])
                AS x(customer_id, email, language, segment, invitation_id, token_hash)
        ), claimed AS (
            INSERT INTO surveys.customer_contacts AS k (customer_id, last_surveyed_at)
            SELECT customer_id, @Now FROM chosen
            WHERE NOT EXISTS (SELECT 1 FROM surveys.opt_outs o WHERE o.customer_id = chosen.customer_id)
            ORDER BY customer_id
            ON CONFLICT (customer_id) DO UPDATE SET last_surveyed_at = excluded.last_surveyed_at
            WHERE k.last_surveyed_at <= @WindowStart
            RETURNING k.customer_id
        )
        INSERT INTO surveys.invitations (id, token_hash, template_id, template_version, kind, channel, customer_id, language, email,
            campaign_id, run_id, customer_segment, created_at, status, send_at)
        SELECT c.invitation_id, c.token_hash, @TemplateId, @TemplateVersion, 'cold', 'email', c.customer_id, c.language, c.email,
            @CampaignId, @RunId, c.segment, @Now, 'scheduled', @Now
        FROM chosen c JOIN claimed USING (customer_id)
        RETURNING customer_id
        """;

    private sealed class StratumDraw(string? value, int need)
    {
        public string? Value { get; } = value;

        public int Need { get; set; } = need;

        public string? After { get; set; }

        public bool Exhausted { get; set; }
    }

    public async Task<SampleOutcome> RunAsync(CampaignToRun campaign, Guid runId, int resurveyWindowDays, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var windowStart = CampaignAudience.WindowStart(now, resurveyWindowDays);
        var filter = await audience.ResolveAsync(campaign.Filter, ct);
        var attribute = CampaignFilter.Attribute(campaign.StratifyBy);
        var counts = await mediator.Send(new CountCustomerAudience(filter, attribute), ct);
        var matched = counts.WithEmail;
        var size = Math.Min(matched, SampleSize(campaign, matched));
        var allocation = StratifiedAllocation.Allocate(size, [.. counts.Strata.Select(s => s.Count)]);
        var strata = counts.Strata.Select((s, h) => new StratumDraw(s.Value, allocation[h])).ToList();

        var seed = runId.ToString();
        int sampled = 0, invited = 0;
        for (var round = 0; strata.Any(s => s.Need > 0 && !s.Exhausted); round++)
        {
            var pages = strata.Where(s => s.Need > 0 && !s.Exhausted)
                .Select(s => new AudienceDrawPage(s.Value, s.After, (int)Math.Min(MaxPage, (s.Need * 2L + 20) << Math.Min(2 * round, 20))))
                .ToList();
            var members = await mediator.Send(new DrawCustomerAudience(filter, attribute, seed, pages), ct);
            var passedOver = await audience.IneligibleAsync(members.Select(m => m.Id), windowStart, ct);
            var chosen = new List<(AudienceMember Member, StratumDraw Stratum)>();
            foreach (var page in pages)
            {
                var stratum = strata.First(s => s.Value == page.Stratum);
                var drawn = members.Where(m => m.Stratum == page.Stratum).ToList();
                foreach (var member in drawn)
                {
                    if (stratum.Need == 0)
                    {
                        break;
                    }

                    sampled++;
                    stratum.After = member.DrawKey;
                    if (!passedOver.Contains(member.Id))
                    {
                        chosen.Add((member, stratum));
                        stratum.Need--;
                    }
                }

                stratum.Exhausted = drawn.Count < page.Limit;
            }

            var claimed = await ClaimAndInviteAsync(campaign, runId, chosen.Select(c => c.Member).ToList(), now, windowStart, ct);
            invited += claimed.Count;
            // Claimed a moment ago by a hot survey (or opted out since the check): passed over, and the draw goes on.
            foreach (var (member, stratum) in chosen.Where(c => !claimed.Contains(c.Member.Id)))
            {
                stratum.Need++;
            }
        }

        return new SampleOutcome(matched, sampled, invited);
    }

    /// <summary>n: the campaign's sample size, or its share of the matched customers rounded half up (at least 1 when any match).</summary>
    public static int SampleSize(CampaignToRun campaign, int matched) =>
        campaign.SampleSize ?? (matched == 0 ? 0 : Math.Max(1, (int)decimal.Round(campaign.SampleShare!.Value * matched, 0, MidpointRounding.AwayFromZero)));

    private async Task<HashSet<Guid>> ClaimAndInviteAsync(
        CampaignToRun campaign, Guid runId, List<AudienceMember> chosen, DateTimeOffset now, DateTimeOffset windowStart, CancellationToken ct)
    {
        if (chosen.Count == 0)
        {
            return [];
        }

        return [.. await db.QueryAsync<Guid>(ClaimAndInviteSql, new
        {
            CustomerIds = chosen.Select(m => m.Id).ToArray(),
            Emails = chosen.Select(m => m.Email).ToArray(),
            Languages = chosen.Select(m => m.Language).ToArray(),
            Segments = chosen.Select(m => m.Segment).ToArray(),
            InvitationIds = chosen.Select(_ => Guid.CreateVersion7(now)).ToArray(),
            // A fresh random token per invitation, stored only as its hash (the module's token helper).
            TokenHashes = chosen.Select(_ => InvitationTokens.Hash(InvitationTokens.New())).ToArray(),
            TemplateId = campaign.TemplateId,
            campaign.TemplateVersion,
            CampaignId = campaign.Id,
            RunId = runId,
            Now = now,
            WindowStart = windowStart,
        }, ct)];
    }
}

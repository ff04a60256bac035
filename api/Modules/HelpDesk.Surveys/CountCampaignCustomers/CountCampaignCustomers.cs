using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Surveys.Campaigns;
using HelpDesk.Surveys.Settings;

namespace HelpDesk.Surveys.CountCampaignCustomers;

/// <summary>
/// The campaign editor's live count. Count: the customers matching the filter who have an email (what a run's
/// "matched" counts and draws from). WithoutEmail: those who match but have no email and so cannot be invited. Eligible:
/// of the counted, those who could be invited today (not opted out, not surveyed hot or cold within the re-survey
/// window). Counting that exactly would mean carrying the whole audience between modules, so above
/// <see cref="EligibleSample"/> customers it is estimated from a random sample of that many (its margin of error is at
/// most about ±2.2 points of the count at 95 %), and EligibleEstimated says so.
/// </summary>
internal static class CountCampaignCustomers
{
    internal sealed record Query(CampaignFilter? Filter) : IQuery<Result>;

    internal sealed record Result(int Count, int WithoutEmail, int Eligible, bool EligibleEstimated);

    public const int EligibleSample = 2_000;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Filter).SetValidator(new CampaignFilterValidator()!).When(q => q.Filter is not null);
    }

    internal sealed class Handler(IMediator mediator, CampaignAudience audience, SurveySettingsStore settings, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken ct)
        {
            var filter = await audience.ResolveAsync((query.Filter ?? new CampaignFilter()).Normalized(), ct);
            var counts = await mediator.Send(new CountCustomerAudience(filter, null), ct);
            if (counts.WithEmail == 0)
            {
                return new Result(0, counts.WithoutEmail, 0, false);
            }

            // A fixed seed: the same filter gives the same estimate while nothing changes.
            var sample = await mediator.Send(new DrawCustomerAudience(filter, null, "live-count", [new AudienceDrawPage(null, null, EligibleSample)]), ct);
            var windowStart = CampaignAudience.WindowStart(clock.GetUtcNow(), (await settings.GetAsync(ct)).ResurveyWindowDays);
            var passedOver = (await audience.IneligibleAsync(sample.Select(m => m.Id), windowStart, ct)).Count;
            var whole = sample.Count >= counts.WithEmail;
            var eligible = whole
                ? counts.WithEmail - passedOver
                : (int)Math.Round((double)counts.WithEmail * (sample.Count - passedOver) / sample.Count, MidpointRounding.AwayFromZero);
            return new Result(counts.WithEmail, counts.WithoutEmail, eligible, !whole);
        }
    }
}

using System.Text.Json.Serialization;
using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>What the customer is to the organisation (the customer record's kind).</summary>
[JsonConverter(typeof(EnumByName<CampaignCustomerKind>))]
internal enum CampaignCustomerKind
{
    [JsonStringEnumMemberName("affiliate")] Affiliate,
    [JsonStringEnumMemberName("employer")] Employer,
    [JsonStringEnumMemberName("provider")] Provider,
    [JsonStringEnumMemberName("non_affiliate")] NonAffiliate,
}

/// <summary>The customer record's company size.</summary>
[JsonConverter(typeof(EnumByName<CampaignCompanySize>))]
internal enum CampaignCompanySize
{
    [JsonStringEnumMemberName("micro")] Micro,
    [JsonStringEnumMemberName("small")] Small,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("large")] Large,
}

/// <summary>The customer attribute a campaign's sample is stratified by (proportional allocation).</summary>
[JsonConverter(typeof(EnumByName<CampaignStratum>))]
internal enum CampaignStratum
{
    [JsonStringEnumMemberName("segment")] Segment,
    [JsonStringEnumMemberName("kind")] Kind,
    [JsonStringEnumMemberName("region")] Region,
    [JsonStringEnumMemberName("company_size")] CompanySize,
}

/// <summary>
/// Which customers a campaign reaches. Each list narrows (empty or missing: any value) and they combine with AND. The
/// customer's own attributes: kinds, segments, regions, companySizes (segments and regions compared exactly as stored).
/// The ticket conditions: the customer has at least one ticket through one of channels, about one of topicIds, finished
/// (answered or closed) within the last closedWithinDays days; a single ticket must meet all the given ones.
/// </summary>
internal sealed record CampaignFilter
{
    public IReadOnlyList<CampaignCustomerKind> Kinds { get; init; } = [];

    public IReadOnlyList<string> Segments { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<CampaignCompanySize> CompanySizes { get; init; } = [];

    public IReadOnlyList<Channel> Channels { get; init; } = [];

    public IReadOnlyList<Guid> TopicIds { get; init; } = [];

    public int? ClosedWithinDays { get; init; }

    /// <summary>A JSON null in place of a list reads as an empty list; values sorted and distinct, so equal filters store alike.</summary>
    public CampaignFilter Normalized() => this with
    {
        Kinds = [.. (Kinds ?? []).Distinct().Order()],
        Segments = [.. (Segments ?? []).Select(s => s.Trim()).Distinct().Order(StringComparer.Ordinal)],
        Regions = [.. (Regions ?? []).Select(s => s.Trim()).Distinct().Order(StringComparer.Ordinal)],
        CompanySizes = [.. (CompanySizes ?? []).Distinct().Order()],
        Channels = [.. (Channels ?? []).Distinct().Order()],
        TopicIds = [.. (TopicIds ?? []).Distinct().Order()],
    };

    [JsonIgnore]
    public bool HasTicketConditions => Channels.Count > 0 || TopicIds.Count > 0 || ClosedWithinDays is not null;

    /// <summary>The customer attributes as the Customers module's filter, keeping only the customers listed (the ticket conditions' answer) when given.</summary>
    public CustomerAudienceFilter ToAudienceFilter(IReadOnlyList<Guid>? onlyCustomerIds) => new(
        [.. Kinds.Select(k => k.ToDb())], Segments, Regions, [.. CompanySizes.Select(s => s.ToDb())], onlyCustomerIds);

    public static CustomerAttribute? Attribute(CampaignStratum? stratum) => stratum switch
    {
        null => null,
        CampaignStratum.Kind => CustomerAttribute.Kind,
        CampaignStratum.Segment => CustomerAttribute.Segment,
        CampaignStratum.Region => CustomerAttribute.Region,
        CampaignStratum.CompanySize => CustomerAttribute.CompanySize,
        _ => throw new ArgumentOutOfRangeException(nameof(stratum)),
    };
}

/// <summary>The filter's bounds, for saving a campaign and for the live count alike.</summary>
internal sealed class CampaignFilterValidator : AbstractValidator<CampaignFilter>
{
    public const int MaxListValues = 100;

    public CampaignFilterValidator()
    {
        RuleFor(f => f.ClosedWithinDays).InclusiveBetween(1, 3660).When(f => f.ClosedWithinDays is not null);
        RuleFor(f => f.Segments).Must(Texts).When(f => f.Segments is not null).WithMessage($"Up to {MaxListValues} segments of 1 to 100 characters.");
        RuleFor(f => f.Regions).Must(Texts).When(f => f.Regions is not null).WithMessage($"Up to {MaxListValues} regions of 1 to 100 characters.");
        RuleFor(f => f.TopicIds).Must(t => t.Count <= MaxListValues).When(f => f.TopicIds is not null).WithMessage($"Up to {MaxListValues} topics.");
        RuleFor(f => f.Kinds).Must(k => k.Count <= MaxListValues).When(f => f.Kinds is not null);
        RuleFor(f => f.CompanySizes).Must(k => k.Count <= MaxListValues).When(f => f.CompanySizes is not null);
        RuleFor(f => f.Channels).Must(k => k.Count <= MaxListValues).When(f => f.Channels is not null);
    }

    private static bool Texts(IReadOnlyList<string> values) =>
        values.Count <= MaxListValues && values.All(v => v.Trim().Length is >= 1 and <= 100);
}

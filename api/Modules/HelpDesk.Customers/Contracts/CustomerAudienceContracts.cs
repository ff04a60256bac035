namespace HelpDesk.Customers.Contracts;

/// <summary>The customer attribute a survey sample can be stratified by.</summary>
public enum CustomerAttribute
{
    Kind,
    Segment,
    Region,
    CompanySize,
}

/// <summary>
/// Which customers a survey campaign reaches: each list narrows (empty: any value), the lists combine with AND.
/// <paramref name="OnlyCustomerIds"/>, when not null, keeps only those customers (the ticket conditions, which the Tickets
/// module answers); an empty list then matches nobody. Values are compared as stored (kind and company size by their API
/// names: affiliate, small…).
/// </summary>
public sealed record CustomerAudienceFilter(
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Segments,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> CompanySizes,
    IReadOnlyList<Guid>? OnlyCustomerIds);

/// <summary>
/// How many customers match the filter: those with an email (the audience a campaign draws from), per value of
/// <paramref name="StratifyBy"/> (one stratum with a null value when it is null), and how many more match but have no email.
/// One grouped scan of the customers table.
/// </summary>
public sealed record CountCustomerAudience(CustomerAudienceFilter Filter, CustomerAttribute? StratifyBy) : IQuery<CustomerAudienceCount>;

public sealed record CustomerAudienceCount(IReadOnlyList<AudienceStratum> Strata, int WithoutEmail)
{
    public int WithEmail => Strata.Sum(s => s.Count);
}

/// <summary>A stratum: the attribute's value (null: customers without one, or no stratification) and its customers with an email.</summary>
public sealed record AudienceStratum(string? Value, int Count);

/// <summary>
/// Draws customers of the audience (those matching the filter, with an email) in a random order that the seed fixes:
/// ascending md5(seed || customer id as text). The same seed and the same customers always give the same order. Per
/// stratum, the next <see cref="AudienceDrawPage.Limit"/> customers after <see cref="AudienceDrawPage.After"/> (a
/// <see cref="AudienceMember.DrawKey"/>; null: from the start), in draw order.
/// </summary>
public sealed record DrawCustomerAudience(CustomerAudienceFilter Filter, CustomerAttribute? StratifyBy, string Seed, IReadOnlyList<AudienceDrawPage> Pages)
    : IQuery<IReadOnlyList<AudienceMember>>;

public sealed record AudienceDrawPage(string? Stratum, string? After, int Limit);

/// <summary>A drawn customer: where to write (email, language), the segment results slice by, its stratum and its place in the draw.</summary>
public sealed record AudienceMember(Guid Id, string Email, string Language, string? Segment, string? Stratum, string DrawKey);

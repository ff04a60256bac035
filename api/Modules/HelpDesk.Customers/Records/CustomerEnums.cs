using System.Text.Json.Serialization;

namespace HelpDesk.Customers.Records;

/// <summary>What the customer is to the organisation. Null until an agent classifies a customer created by ticket intake.</summary>
[JsonConverter(typeof(EnumByName<CustomerKind>))]
internal enum CustomerKind
{
    [JsonStringEnumMemberName("affiliate")] Affiliate,
    [JsonStringEnumMemberName("employer")] Employer,
    [JsonStringEnumMemberName("provider")] Provider,
    [JsonStringEnumMemberName("non_affiliate")] NonAffiliate,
}

/// <summary>Company size (Colombian classification: micro, pequeña, mediana, gran empresa).</summary>
[JsonConverter(typeof(EnumByName<CompanySize>))]
internal enum CompanySize
{
    [JsonStringEnumMemberName("micro")] Micro,
    [JsonStringEnumMemberName("small")] Small,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("large")] Large,
}

/// <summary>The customer fields whose changes the history keeps, named as in the API.</summary>
[JsonConverter(typeof(EnumByName<CustomerField>))]
internal enum CustomerField
{
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("phones")] Phones,
    [JsonStringEnumMemberName("address")] Address,
    [JsonStringEnumMemberName("city")] City,
    [JsonStringEnumMemberName("fullName")] FullName,
    [JsonStringEnumMemberName("kind")] Kind,
    [JsonStringEnumMemberName("region")] Region,
    [JsonStringEnumMemberName("companySize")] CompanySize,
    [JsonStringEnumMemberName("economicActivity")] EconomicActivity,
    [JsonStringEnumMemberName("segment")] Segment,
}

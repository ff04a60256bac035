using System.Text.Json.Serialization;

namespace HelpDesk.Customers.Verifications;

/// <summary>What the requester was asked, against the data on file.</summary>
[JsonConverter(typeof(EnumByName<VerificationCheck>))]
internal enum VerificationCheck
{
    [JsonStringEnumMemberName("document_number")] DocumentNumber,
    [JsonStringEnumMemberName("birth_date")] BirthDate,
    [JsonStringEnumMemberName("registered_phone")] RegisteredPhone,
    [JsonStringEnumMemberName("registered_email")] RegisteredEmail,
    [JsonStringEnumMemberName("address")] Address,
    [JsonStringEnumMemberName("last_payment")] LastPayment,
}

[JsonConverter(typeof(EnumByName<VerificationOutcome>))]
internal enum VerificationOutcome
{
    [JsonStringEnumMemberName("passed")] Passed,
    [JsonStringEnumMemberName("failed")] Failed,
}

/// <summary>How the requester reached us.</summary>
[JsonConverter(typeof(EnumByName<VerificationChannel>))]
internal enum VerificationChannel
{
    [JsonStringEnumMemberName("phone")] Phone,
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("mailbox")] Mailbox,
    [JsonStringEnumMemberName("walk_in")] WalkIn,
    [JsonStringEnumMemberName("web")] Web,
    [JsonStringEnumMemberName("partner")] Partner,
}

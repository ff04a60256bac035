using System.Text.Json.Serialization;

namespace HelpDesk.Tickets.Contracts;

/// <summary>PQRS types: reports group by these.</summary>
[JsonConverter(typeof(EnumByName<TicketType>))]
public enum TicketType
{
    [JsonStringEnumMemberName("petition")] Petition,
    [JsonStringEnumMemberName("information")] Information,
    [JsonStringEnumMemberName("complaint")] Complaint,
    [JsonStringEnumMemberName("claim")] Claim,
    [JsonStringEnumMemberName("suggestion")] Suggestion,
    [JsonStringEnumMemberName("compliment")] Compliment,
}

[JsonConverter(typeof(EnumByName<Channel>))]
public enum Channel
{
    [JsonStringEnumMemberName("phone")] Phone,
    [JsonStringEnumMemberName("email")] Email,
    [JsonStringEnumMemberName("mailbox")] Mailbox,
    [JsonStringEnumMemberName("walk_in")] WalkIn,
    [JsonStringEnumMemberName("web")] Web,
    [JsonStringEnumMemberName("partner")] Partner,
}

[JsonConverter(typeof(EnumByName<TicketStatus>))]
public enum TicketStatus
{
    [JsonStringEnumMemberName("new")] New,
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("pending_customer")] PendingCustomer,
    [JsonStringEnumMemberName("escalated")] Escalated,
    [JsonStringEnumMemberName("answered")] Answered,
    [JsonStringEnumMemberName("closed")] Closed,
    [JsonStringEnumMemberName("reopened")] Reopened,
}

[JsonConverter(typeof(EnumByName<Priority>))]
public enum Priority
{
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("normal")] Normal,
    [JsonStringEnumMemberName("high")] High,
    [JsonStringEnumMemberName("urgent")] Urgent,
}

[JsonConverter(typeof(EnumByName<ResolutionType>))]
public enum ResolutionType
{
    [JsonStringEnumMemberName("answered")] Answered,
    [JsonStringEnumMemberName("favourable")] Favourable,
    [JsonStringEnumMemberName("unfavourable")] Unfavourable,
    [JsonStringEnumMemberName("information_given")] InformationGiven,
    [JsonStringEnumMemberName("not_applicable")] NotApplicable,
    [JsonStringEnumMemberName("duplicate")] Duplicate,
}

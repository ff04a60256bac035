using System.Text.Json;
using System.Text.Json.Nodes;

namespace HelpDesk.Tickets.Timeline;

/// <summary>
/// The timeline as it may be seen outside the staff: by the partner that filed the ticket and by the customer on the
/// tracking page. An event type is private unless it is listed here with the members of its data that may leave; a new
/// event type stays private until someone adds it. Actors are never named (no staff ids or names), and while the
/// requester's identity is pending only what the requester's side wrote is shown, never the staff's replies or files.
/// </summary>
internal static class PublicTimeline
{
    private static readonly Dictionary<string, string[]> PublicMembers = new()
    {
        [TimelineEvents.Created] = ["number", "type", "channel", "subject", "status"],
        [TimelineEvents.StatusChanged] = ["from", "to"],
        [TimelineEvents.Answered] = ["resolutionType", "atFirstContact"],
        [TimelineEvents.ReplyAdded] = ["messageId", "body"],
        [TimelineEvents.CustomerMessage] = ["messageId", "body"],
        [TimelineEvents.AttachmentAdded] = ["attachmentId", "fileName", "sizeBytes"],
    };

    /// <summary>The event types that may be seen outside the staff (the tests check every known type against it).</summary>
    public static IReadOnlyCollection<string> PublicTypes => PublicMembers.Keys;

    public static IReadOnlyList<TimelineEventDto> Project(IEnumerable<TimelineEventDto> events, bool identityPending) =>
        [.. events.Select(e => Project(e, identityPending)).OfType<TimelineEventDto>()];

    private static TimelineEventDto? Project(TimelineEventDto e, bool identityPending)
    {
        if (!PublicMembers.TryGetValue(e.Type, out var members) || e.Data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var byStaff = e.ActorUserId is not null;
        if (e.Type == TimelineEvents.AttachmentAdded
            && ((e.Data.TryGetProperty("internal", out var isInternal) && isInternal.ValueKind != JsonValueKind.False) || (identityPending && byStaff)))
        {
            return null;
        }

        if (identityPending && e.Type == TimelineEvents.ReplyAdded)
        {
            return null;
        }

        var data = new JsonObject();
        foreach (var member in members)
        {
            if (e.Data.TryGetProperty(member, out var value))
            {
                data[member] = JsonNode.Parse(value.GetRawText());
            }
        }

        return e with { ActorUserId = null, ActorName = null, Data = JsonSerializer.SerializeToElement(data) };
    }
}

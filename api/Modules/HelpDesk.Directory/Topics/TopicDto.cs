namespace HelpDesk.Directory.Topics;

/// <summary>A catalogue entry: a topic of an area (ParentId null) or a subtopic of a topic.</summary>
internal sealed record TopicDto(Guid Id, Guid AreaId, Guid? ParentId, string Code, string Name, bool Active);

internal static class TopicRules
{
    public const string Columns = "id, area_id, parent_id, code, name, active";
    public const string CodePattern = "^[A-Za-z0-9_-]{2,40}$";
    public const string CodeMessage = "Use 2 to 40 letters, digits, '-' or '_'.";
}

namespace HelpDesk.Directory.Contracts;

/// <summary>
/// The names of topics, areas and staff members by id, for labels in reports: one round trip whatever the number of
/// ids. Ids that name nothing are left out; inactive ones keep their names.
/// </summary>
public sealed record GetDirectoryNames(IReadOnlyCollection<Guid> TopicIds, IReadOnlyCollection<Guid> AreaIds, IReadOnlyCollection<Guid> UserIds)
    : IQuery<DirectoryNames>;

/// <summary>Topic and area names; staff members' display names.</summary>
public sealed record DirectoryNames(IReadOnlyDictionary<Guid, string> Topics, IReadOnlyDictionary<Guid, string> Areas, IReadOnlyDictionary<Guid, string> Users);

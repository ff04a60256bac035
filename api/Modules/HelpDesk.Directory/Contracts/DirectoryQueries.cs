namespace HelpDesk.Directory.Contracts;

/// <summary>A catalogue topic as other modules need it: its area (for routing and reports) and whether it is usable.</summary>
public sealed record TopicInfo(Guid Id, Guid AreaId, Guid? ParentId, string Code, string Name, bool Active, bool AreaActive);

public sealed record GetTopic(Guid TopicId) : IQuery<TopicInfo?>;

/// <summary>A staff member as other modules need it (assignment, notifications).</summary>
public sealed record StaffMember(Guid Id, string Email, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<Guid> AreaIds, bool Active);

public sealed record GetStaffMember(Guid UserId) : IQuery<StaffMember?>;

/// <summary>An area as other modules need it.</summary>
public sealed record AreaInfo(Guid Id, string Code, string Name, string? ManagerEmail, bool Active);

public sealed record GetArea(Guid AreaId) : IQuery<AreaInfo?>;

/// <summary>The active members of an area (for notices when work arrives for it).</summary>
public sealed record ListAreaMembers(Guid AreaId) : IQuery<IReadOnlyList<StaffMember>>;

/// <summary>The active staff members who hold this role (e.g. the supervisors, told when a service level is breached).</summary>
public sealed record ListStaffWithRole(Role Role) : IQuery<IReadOnlyList<StaffMember>>;

/// <summary>Every active topic of active areas (the catalogue as other modules need it, e.g. to seed the escalation matrix).</summary>
public sealed record ListActiveTopics : IQuery<IReadOnlyList<TopicInfo>>;

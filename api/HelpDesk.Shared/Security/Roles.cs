namespace HelpDesk.Shared.Security;

/// <summary>The staff roles. Stored and sent as these exact strings.</summary>
public static class Roles
{
    public const string Agent = "agent";
    public const string Backoffice = "backoffice";
    public const string AreaResponder = "area_responder";
    public const string Supervisor = "supervisor";
    public const string QualityAuditor = "quality_auditor";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Agent, Backoffice, AreaResponder, Supervisor, QualityAuditor, Manager, Admin];
}

/// <summary>What a partner API key may do.</summary>
public static class Scopes
{
    public const string DirectoryRead = "directory:read";
    public const string TicketsRead = "tickets:read";
    public const string TicketsWrite = "tickets:write";

    public static readonly IReadOnlyList<string> All = [DirectoryRead, TicketsRead, TicketsWrite];
}

/// <summary>Authorization policy names, used by every module's endpoints.</summary>
public static class Policies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    public const string Admin = "admin";

    /// <summary>Staff who deal with customers directly (agent, backoffice, supervisor, admin): create customers, verify identity, change contact data.</summary>
    public const string FrontLine = "front-line";

    /// <summary>Staff, or a partner key with directory:read.</summary>
    public const string DirectoryRead = "directory-read";
}

using Microsoft.AspNetCore.Authorization;

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

    /// <summary>Staff who deal with customers and work tickets: the only roles that change tickets, customers and escalations.</summary>
    public static readonly IReadOnlyList<string> FrontLine = [Agent, Backoffice, Supervisor, Admin];

    /// <summary>Staff who read every ticket, leg and clock: the front line plus the read-only quality auditor and manager.</summary>
    public static readonly IReadOnlyList<string> SeeAllTickets = [Agent, Backoffice, Supervisor, QualityAuditor, Manager, Admin];

    /// <summary>Staff who read the reports (SLA compliance).</summary>
    public static readonly IReadOnlyList<string> ReportReaders = [Supervisor, QualityAuditor, Manager, Admin];
}

/// <summary>What a partner API key may do.</summary>
public static class Scopes
{
    public const string DirectoryRead = "directory:read";
    public const string TicketsRead = "tickets:read";
    public const string TicketsWrite = "tickets:write";

    public static readonly IReadOnlyList<string> All = [DirectoryRead, TicketsRead, TicketsWrite];
}

/// <summary>
/// Authorization policy names, used by every module's endpoints, and what each one admits. README's "Permissions" table
/// is the same matrix per operation; <c>PermissionMatrixTests</c> calls every operation as every role and scope.
/// Which objects a caller reaches (an area responder's areas, a partner's own tickets) is checked per object inside.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    public const string Admin = "admin";

    /// <summary>Staff who deal with customers directly (agent, backoffice, supervisor, admin): create customers, verify identity, change contact data.</summary>
    public const string FrontLine = "front-line";

    /// <summary>Staff, or a partner key with directory:read.</summary>
    public const string DirectoryRead = "directory-read";

    /// <summary>Read tickets: staff who see all tickets, area responders (their areas' tickets), partner keys with tickets:read (their own).</summary>
    public const string TicketRead = "tickets-read";

    /// <summary>Create tickets: the front line, or a partner key with tickets:write.</summary>
    public const string TicketCreate = "tickets-create";

    /// <summary>Change a ticket (fields, status, assignee), reply, add notes, answer, escalate, review and cancel legs: the front line only.</summary>
    public const string TicketWrite = "tickets-write";

    /// <summary>Attach a file to a ticket: the front line, area responders (evidence for their answers), partner keys with tickets:write.</summary>
    public const string TicketAttach = "tickets-attach";

    /// <summary>Take and answer escalation legs: area responders (of the leg's area, checked per leg).</summary>
    public const string EscalationAnswer = "escalation-answer";

    /// <summary>Read reports: supervisor, quality auditor, manager, admin.</summary>
    public const string ReportRead = "reports-read";

    public static AuthorizationBuilder AddHelpDeskPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireClaim(SessionClaims.UserId))
            .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireClaim(SessionClaims.Role, Roles.Admin))
            .AddPolicy(FrontLine, p => p.RequireAuthenticatedUser().RequireClaim(SessionClaims.Role, Roles.FrontLine))
            .AddPolicy(DirectoryRead, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                c.User.HasClaim(h => h.Type == SessionClaims.UserId) || HasScope(c, Scopes.DirectoryRead)))
            .AddPolicy(TicketRead, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                HasRole(c, Roles.SeeAllTickets) || HasRole(c, [Roles.AreaResponder]) || HasScope(c, Scopes.TicketsRead)))
            .AddPolicy(TicketCreate, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                HasRole(c, Roles.FrontLine) || HasScope(c, Scopes.TicketsWrite)))
            .AddPolicy(TicketWrite, p => p.RequireAuthenticatedUser().RequireClaim(SessionClaims.Role, Roles.FrontLine))
            .AddPolicy(TicketAttach, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                HasRole(c, Roles.FrontLine) || HasRole(c, [Roles.AreaResponder]) || HasScope(c, Scopes.TicketsWrite)))
            .AddPolicy(EscalationAnswer, p => p.RequireAuthenticatedUser().RequireClaim(SessionClaims.Role, Roles.AreaResponder))
            .AddPolicy(ReportRead, p => p.RequireAuthenticatedUser().RequireClaim(SessionClaims.Role, Roles.ReportReaders));

    private static bool HasRole(AuthorizationHandlerContext context, IReadOnlyList<string> roles) =>
        roles.Any(r => context.User.HasClaim(SessionClaims.Role, r));

    private static bool HasScope(AuthorizationHandlerContext context, string scope) => context.User.HasClaim(SessionClaims.Scope, scope);
}

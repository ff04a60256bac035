using HelpDesk.Shared.Security;
using Microsoft.AspNetCore.Authorization;

namespace HelpDesk.Tickets.Tickets;

/// <summary>Route-level gates; which tickets a caller sees is decided per object in <see cref="TicketAccess"/>.</summary>
internal static class TicketPolicies
{
    public const string Read = "tickets-read";
    public const string Write = "tickets-write";

    public static AuthorizationBuilder AddTicketPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                TicketAccess.StaffRolesThatSeeAllTickets.Any(r => c.User.HasClaim(SessionClaims.Role, r))
                || c.User.HasClaim(SessionClaims.Role, Roles.AreaResponder)
                || c.User.HasClaim(SessionClaims.Scope, Scopes.TicketsRead)))
            .AddPolicy(Write, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                TicketAccess.StaffRolesThatSeeAllTickets.Any(r => c.User.HasClaim(SessionClaims.Role, r)) || c.User.HasClaim(SessionClaims.Scope, Scopes.TicketsWrite)));
}

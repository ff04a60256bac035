using HelpDesk.Customers.Contracts;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Invitations;
using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.GetSurveyInvitation;

/// <summary>What the public survey page shows: the questions in the invitation's language, for whom and about which ticket.</summary>
internal sealed record SurveyInvitationDto(
    string Language, SurveyKind Kind, string? TicketNumber, string? CustomerFirstName, DateTimeOffset? ExpiresAt, IReadOnlyList<SurveyItem> Items);

internal static class GetSurveyInvitation
{
    internal sealed record Query(string Token) : IQuery<SurveyInvitationDto>;

    /// <summary>
    /// Reads only: mail scanners and link previews open survey links, so opening one records nothing (no status, no
    /// "opened" mark); only an explicit submit does.
    /// </summary>
    internal sealed class Handler(IDb db, IMediator mediator, TemplateStore templates, TimeProvider clock) : IQueryHandler<Query, SurveyInvitationDto>
    {
        public async ValueTask<SurveyInvitationDto> Handle(Query query, CancellationToken ct)
        {
            var invitation = await PublicInvitations.LoadAnswerableAsync(db, query.Token, clock.GetUtcNow(), forUpdate: false, ct);
            var items = await templates.ItemsAsync(invitation.TemplateId, invitation.TemplateVersion, ct);
            var customer = await mediator.Send(new GetCustomerSummary(invitation.CustomerId), ct);
            return new SurveyInvitationDto(
                invitation.Language, invitation.KindValue, invitation.TicketNumber, FirstName(customer?.FullName), invitation.ExpiresAt, items);
        }

        /// <summary>Only the first name: the page greets the customer without showing the whole name to whoever holds the link.</summary>
        private static string? FirstName(string? fullName) =>
            fullName?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
    }
}

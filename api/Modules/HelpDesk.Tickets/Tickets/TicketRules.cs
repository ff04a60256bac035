namespace HelpDesk.Tickets.Tickets;

internal static class TicketRules
{
    public const int SubjectMax = 200;
    public const int BodyMax = 20_000;
}

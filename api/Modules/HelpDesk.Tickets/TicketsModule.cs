using Hangfire;
using HelpDesk.Tickets.Emails;
using HelpDesk.Tickets.Facts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using HelpDesk.Shared.Web;

namespace HelpDesk.Tickets;

/// <summary>PQRS tickets: intake from every channel, lifecycle, replies and notes, timeline, lists and search.</summary>
public sealed class TicketsModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<TimelineWriter>();
        services.AddScoped<TicketEmails>();
        services.AddScoped<TicketChanges>();
        services.AddScoped<TicketFactsReader>();
        services.AddSingleton<TicketLinks>();
        services.AddTransient<CreateTicket.TicketNumbersJob>();
        services.AddModuleValidators(typeof(TicketsModule).Assembly);
    }

    public void ScheduleJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CreateTicket.TicketNumbersJob>(CreateTicket.TicketNumbersJob.RecurringJobId, job => job.PrepareNextYear(CancellationToken.None), Cron.Daily());

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var tickets = routes.MapGroup("/api/tickets").WithTags("Tickets");
        CreateTicket.CreateTicketEndpoint.Map(tickets);
        ListTickets.ListTicketsEndpoint.Map(tickets);
        GetTicket.GetTicketEndpoint.Map(tickets);
        UpdateTicket.UpdateTicketEndpoint.Map(tickets);
        ChangeStatus.ChangeStatusEndpoint.Map(tickets);
        AssignTicket.AssignTicketEndpoint.Map(tickets);
        AddReply.AddReplyEndpoint.Map(tickets);
        AddNote.AddNoteEndpoint.Map(tickets);
        AnswerTicket.AnswerTicketEndpoint.Map(tickets);
        GetTimeline.GetTimelineEndpoint.Map(tickets);
        Attachments.AttachmentEndpoints.Map(tickets);
        TrackTicket.PublicEndpoints.Map(routes);
    }
}

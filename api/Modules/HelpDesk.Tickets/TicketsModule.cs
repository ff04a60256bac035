using Hangfire;
using HelpDesk.Tickets.Emails;
using HelpDesk.Tickets.Facts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;
using Microsoft.Extensions.DependencyInjection;

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
        ChangeTicketStatus.ChangeTicketStatusEndpoint.Map(tickets);
        AssignTicket.AssignTicketEndpoint.Map(tickets);
        AddTicketReply.AddTicketReplyEndpoint.Map(tickets);
        AddTicketNote.AddTicketNoteEndpoint.Map(tickets);
        AnswerTicket.AnswerTicketEndpoint.Map(tickets);
        GetTicketTimeline.GetTicketTimelineEndpoint.Map(tickets);
        UploadTicketAttachment.UploadTicketAttachmentEndpoint.Map(tickets);
        ListTicketAttachments.ListTicketAttachmentsEndpoint.Map(tickets);
        DownloadTicketAttachment.DownloadTicketAttachmentEndpoint.Map(tickets);

        // The customer's side, without login: the web form, the tracking page and writing back. Rate-limited per IP.
        var publicTickets = routes.MapGroup("/api/public/tickets").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Public);
        SubmitWebRequest.SubmitWebRequestEndpoint.Map(publicTickets);
        TrackTicket.TrackTicketEndpoint.Map(publicTickets);
        AddCustomerMessage.AddCustomerMessageEndpoint.Map(publicTickets);
        UploadCustomerAttachment.UploadCustomerAttachmentEndpoint.Map(publicTickets);
        DownloadCustomerAttachment.DownloadCustomerAttachmentEndpoint.Map(publicTickets);
    }
}

using HelpDesk.Customers.Contracts;
using HelpDesk.Surveys.Invitations;

namespace HelpDesk.Surveys.GetCustomerSurveys;

internal static class GetCustomerSurveys
{
    internal sealed record Query(Guid CustomerId) : IQuery<CustomerSurveys>;

    internal sealed class Handler(IMediator mediator, SurveyHistory history) : IQueryHandler<Query, CustomerSurveys>
    {
        public async ValueTask<CustomerSurveys> Handle(Query query, CancellationToken ct)
        {
            _ = await mediator.Send(new GetCustomerSummary(query.CustomerId), ct) ?? throw new NotFoundException("The customer");
            return await history.ForCustomerAsync(query.CustomerId, ct);
        }
    }
}

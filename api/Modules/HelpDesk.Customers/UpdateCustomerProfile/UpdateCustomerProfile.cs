using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.UpdateCustomerProfile;

internal static class UpdateCustomerProfile
{
    internal sealed record Request(
        string FullName, CustomerKind? Kind, string? Region, CompanySize? CompanySize, string? EconomicActivity, string? Segment);

    internal sealed record Command(
        Guid Id, string FullName, CustomerKind? Kind, string? Region, CompanySize? CompanySize, string? EconomicActivity, string? Segment)
        : ICommand<CustomerDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FullName).ValidFullName();
            RuleFor(c => c.Kind).NotNull().IsInEnum();
            RuleFor(c => c.Region).ValidText(CustomerRules.RegionLength);
            RuleFor(c => c.CompanySize).IsInEnum();
            RuleFor(c => c.EconomicActivity).ValidText(CustomerRules.EconomicActivityLength);
            RuleFor(c => c.Segment).ValidText(CustomerRules.SegmentLength);
        }
    }

    /// <summary>Replaces the name, kind and segment attributes. Not contact data, so no verification; still kept in the history.</summary>
    internal sealed class Handler(IDb db, CustomerHistory history, IPublisher publisher, TimeProvider clock)
        : ICommandHandler<Command, CustomerDto>
    {
        private const string UpdateSql = """
            UPDATE customers.customers
            SET full_name = @FullName, kind = @Kind, region = @Region, company_size = @CompanySize,
                economic_activity = @EconomicActivity, segment = @Segment, updated_at = @Now
            WHERE id = @Id
            """;

        public async ValueTask<CustomerDto> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var before = await db.QuerySingleOrDefaultAsync<CustomerRow>(CustomerSql.LockSql, command, ct)
                ?? throw new NotFoundException("The customer");
            var after = new
            {
                command.Id,
                FullName = CustomerRules.CleanName(command.FullName),
                Kind = EnumNames<CustomerKind>.Name(command.Kind),
                Region = CustomerRules.CleanText(command.Region),
                CompanySize = EnumNames<CompanySize>.Name(command.CompanySize),
                EconomicActivity = CustomerRules.CleanText(command.EconomicActivity),
                Segment = CustomerRules.CleanText(command.Segment),
                Now = now,
            };
            var changes = await history.RecordAsync(command.Id, [
                new FieldChange(CustomerField.FullName, before.FullName, after.FullName),
                new FieldChange(CustomerField.Kind, before.Kind, after.Kind),
                new FieldChange(CustomerField.Region, before.Region, after.Region),
                new FieldChange(CustomerField.CompanySize, before.CompanySize, after.CompanySize),
                new FieldChange(CustomerField.EconomicActivity, before.EconomicActivity, after.EconomicActivity),
                new FieldChange(CustomerField.Segment, before.Segment, after.Segment),
            ], verificationId: null, ct);
            if (changes.Count == 0)
            {
                return before.ToDto(now);
            }

            await db.ExecuteAsync(UpdateSql, after, ct);
            if (changes.Any(c => c.Field == CustomerField.FullName))
            {
                await publisher.Publish(new CustomerDetailsChanged(command.Id, after.FullName, before.Email), ct);
            }

            return (await db.QuerySingleAsync<CustomerRow>(CustomerSql.ReadSql, command, ct)).ToDto(now);
        }
    }
}

using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;
using HelpDesk.Customers.Verifications;

namespace HelpDesk.Customers.UpdateCustomerContact;

internal static class UpdateCustomerContact
{
    internal sealed record Request(string? Email, IReadOnlyList<string>? Phones, string? Address, string? City);

    internal sealed record Command(Guid Id, string? Email, IReadOnlyList<string>? Phones, string? Address, string? City)
        : ICommand<CustomerDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).ValidEmail();
            RuleFor(c => c.Phones).Must(p => p is null || p.Count <= CustomerRules.MaxPhones)
                .WithMessage($"At most {CustomerRules.MaxPhones} phones.");
            RuleForEach(c => c.Phones).ValidPhone();
            RuleFor(c => c.Address).ValidText(CustomerRules.AddressLength);
            RuleFor(c => c.City).ValidText(CustomerRules.CityLength);
        }
    }

    /// <summary>
    /// Replaces the contact data (all four fields: what is left out is cleared). Allowed only while the customer's latest
    /// identity verification is a passed one from the last 30 minutes; every changed field goes to the history with that
    /// verification.
    /// </summary>
    internal sealed class Handler(IDb db, CustomerHistory history, IPublisher publisher, TimeProvider clock)
        : ICommandHandler<Command, CustomerDto>
    {
        private const string UpdateSql = """
            UPDATE customers.customers
            SET email = @Email, phones = @Phones, address = @Address, city = @City, updated_at = @Now
            WHERE id = @Id
            """;

        public async ValueTask<CustomerDto> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var before = await db.QuerySingleOrDefaultAsync<CustomerRow>(CustomerSql.LockSql, command, ct)
                ?? throw new NotFoundException("The customer");
            var verification = before.ToDto(now).LastVerification;
            if (IdentityVerification.ContactChangeAllowedUntil(verification?.Outcome, verification?.VerifiedAt, now) is null)
            {
                throw new VerificationRequiredException(command.Id);
            }

            var email = CustomerRules.NormalizeEmail(command.Email);
            var phones = CustomerRules.NormalizePhones(command.Phones);
            var address = CustomerRules.CleanText(command.Address);
            var city = CustomerRules.CleanText(command.City);
            var changes = await history.RecordAsync(command.Id, [
                new FieldChange(CustomerField.Email, before.Email, email),
                new FieldChange(CustomerField.Phones, FieldChange.Phones(before.Phones), FieldChange.Phones(phones)),
                new FieldChange(CustomerField.Address, before.Address, address),
                new FieldChange(CustomerField.City, before.City, city),
            ], verification!.Id, ct);
            if (changes.Count == 0)
            {
                return before.ToDto(now);
            }

            await db.ExecuteAsync(UpdateSql, new { command.Id, Email = email, Phones = phones, Address = address, City = city, Now = now }, ct);
            if (changes.Any(c => c.Field == CustomerField.Email))
            {
                await publisher.Publish(new CustomerDetailsChanged(command.Id, before.FullName, email), ct);
            }

            return (await db.QuerySingleAsync<CustomerRow>(CustomerSql.ReadSql, command, ct)).ToDto(now);
        }
    }
}

using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;
using HelpDesk.Customers.Verifications;

namespace HelpDesk.Customers.RecordIdentityVerification;

internal static class RecordIdentityVerification
{
    public const int NotesLength = 2000;

    internal sealed record Request(
        IReadOnlyList<VerificationCheck>? Checks, VerificationOutcome? Outcome, VerificationChannel? Channel, Guid? TicketId, string? Notes);

    internal sealed record Command(
        Guid CustomerId,
        IReadOnlyList<VerificationCheck>? Checks,
        VerificationOutcome? Outcome,
        VerificationChannel? Channel,
        Guid? TicketId,
        string? Notes) : ICommand<CustomerVerification>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Checks).NotEmpty().WithMessage("Say which data on file the requester was asked for.");
            RuleForEach(c => c.Checks).IsInEnum();
            RuleFor(c => c.Outcome).NotNull().IsInEnum();
            RuleFor(c => c.Channel).NotNull().IsInEnum();
            RuleFor(c => c.TicketId).NotEqual(Guid.Empty);
            RuleFor(c => c.Notes).ValidText(NotesLength);
        }
    }

    internal sealed class Handler(IDb db, IPublisher publisher, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, CustomerVerification>
    {
        // FOR SHARE: the customer cannot disappear under the verification, and a contact change waits for it.
        private const string CustomerExistsSql = "SELECT true FROM customers.customers WHERE id = @CustomerId FOR SHARE";

        private const string InsertSql = $"""
            INSERT INTO customers.verifications
                (id, customer_id, checks, outcome, channel, ticket_id, notes, verified_by, verified_by_email, verified_at)
            VALUES (@Id, @CustomerId, @Checks, @Outcome, @Channel, @TicketId, @Notes, @VerifiedBy, @VerifiedByEmail, @Now)
            RETURNING {VerificationRow.Columns}
            """;

        public async ValueTask<CustomerVerification> Handle(Command command, CancellationToken ct)
        {
            var verifiedBy = currentUser.UserId ?? throw new ForbiddenException("Only staff record identity verifications.");
            if (await db.QuerySingleOrDefaultAsync<bool?>(CustomerExistsSql, command, ct) is null)
            {
                throw new NotFoundException("The customer");
            }

            var now = clock.GetUtcNow();
            var row = await db.QuerySingleAsync<VerificationRow>(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                command.CustomerId,
                Checks = command.Checks!.Distinct().Order().Select(EnumNames<VerificationCheck>.Name).ToArray(),
                Outcome = EnumNames<VerificationOutcome>.Name(command.Outcome!.Value),
                Channel = EnumNames<VerificationChannel>.Name(command.Channel!.Value),
                command.TicketId,
                Notes = CustomerRules.CleanText(command.Notes),
                VerifiedBy = verifiedBy,
                VerifiedByEmail = currentUser.Email,
                Now = now,
            }, ct);

            var verification = row.ToDto();
            await publisher.Publish(new CustomerIdentityVerified(
                verification.Id,
                verification.CustomerId,
                verification.TicketId,
                verification.Outcome == VerificationOutcome.Passed,
                row.Checks,
                verification.VerifiedBy,
                verification.VerifiedAt), ct);
            return verification;
        }
    }
}

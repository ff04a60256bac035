namespace HelpDesk.Customers.Verifications;

/// <summary>
/// Contact data may change only while the customer's latest identity verification is a passed one made less than
/// <see cref="Window"/> ago. A later failed verification closes the window (someone else may be asking).
/// </summary>
internal static class IdentityVerification
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(30);

    /// <summary>Until when the latest verification allows contact changes, or null when it does not (any more).</summary>
    public static DateTimeOffset? ContactChangeAllowedUntil(VerificationOutcome? latestOutcome, DateTimeOffset? latestAt, DateTimeOffset now) =>
        latestOutcome == VerificationOutcome.Passed && latestAt is { } at && at + Window >= now ? at + Window : null;
}

/// <summary>422: a contact data change without a recent passed identity verification.</summary>
internal sealed class VerificationRequiredException(Guid customerId)
    : ProblemException(
        422,
        "verification-required",
        "Identity verification required",
        $"Contact data can change only within {(int)IdentityVerification.Window.TotalMinutes} minutes of a passed identity verification " +
        $"of this customer (and none failed since). Verify the requester first: POST /api/customers/{customerId}/verifications.");

using FluentValidation;
using HelpDesk.Surveys.Invitations;
using HelpDesk.Surveys.Responses;

namespace HelpDesk.Surveys.SubmitSurveyResponse;

/// <summary>The response was recorded at this instant.</summary>
internal sealed record SubmittedSurveyResponse(DateTimeOffset SubmittedAt);

internal static class SubmitSurveyResponse
{
    /// <summary>The customer's answers: one per item at most, by the item's key.</summary>
    internal sealed record Request(IReadOnlyList<SurveyAnswer> Answers);

    internal sealed record Command(string Token, IReadOnlyList<SurveyAnswer> Answers) : ICommand<SubmittedSurveyResponse>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Answers).NotNull().Must(a => a is null || a.Count <= AnswerRules.MaxAnswers)
                .WithMessage($"A response has at most {AnswerRules.MaxAnswers} answers.");
    }

    /// <summary>
    /// One response per invitation: the invitation row is locked first, so of two submits at once the second waits and
    /// then finds it answered (409), before anything else is read or written.
    /// </summary>
    internal sealed class Handler(IDb db, ResponseRecorder recorder, TimeProvider clock) : ICommandHandler<Command, SubmittedSurveyResponse>
    {
        public async ValueTask<SubmittedSurveyResponse> Handle(Command command, CancellationToken ct)
        {
            var invitation = await PublicInvitations.LoadAnswerableAsync(db, command.Token, clock.GetUtcNow(), forUpdate: true, ct);
            var recorded = await recorder.RecordAsync(invitation, SurveyChannel.Email, invitation.Language, recordedBy: null, command.Answers, ct);
            return new SubmittedSurveyResponse(recorded.SubmittedAt);
        }
    }
}

using System.Text.RegularExpressions;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.Responses;

/// <summary>
/// One answer as the survey page (or the agent) sends it: a score for a 1-7 or 0-10 item, a choice for yes/no, a text
/// for free text. An answer with nothing in it (or only blanks) is an item left unanswered.
/// </summary>
internal sealed record SurveyAnswer(string Key, int? Score, bool? Choice, string? Text);

/// <summary>An answer that fits its item: the score, the choice or the comment (trimmed).</summary>
internal sealed record CheckedAnswer(SurveyItem Item, int? Score, bool? Choice, string? Comment);

/// <summary>
/// What a response must be for the template version the invitation asked: every answer names an item of it, once; each in
/// the item's shape (a score within its scale, yes/no as a choice, text only on free-text items — a scored item carries
/// no comment, the template's free-text item does); free text at most 4000 characters; every required item answered.
/// Every broken rule is a 422 keyed answers.&lt;itemKey&gt; (answers[i].key for a key that is not one at all).
/// </summary>
internal static partial class AnswerRules
{
    public const int MaxTextLength = 4000;

    /// <summary>More answers than any template has items (30) is not a survey response.</summary>
    public const int MaxAnswers = 100;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,49}$")]
    private static partial Regex KeyPattern();

    /// <summary>The answers in the template's order, or a <see cref="RuleViolationException"/> naming every wrong one.</summary>
    public static IReadOnlyList<CheckedAnswer> Check(IReadOnlyList<SurveyItem> items, IReadOnlyList<SurveyAnswer> answers)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var given = new Dictionary<string, CheckedAnswer>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = answers[i];
            if (answer.Key is null || !byKey.TryGetValue(answer.Key, out var item))
            {
                var field = answer.Key is { } key && KeyPattern().IsMatch(key) ? $"answers.{key}" : $"answers[{i}].key";
                errors[field] = ["This survey has no such item."];
                continue;
            }

            if (!seen.Add(item.Key))
            {
                errors[$"answers.{item.Key}"] = ["The item is answered more than once."];
                continue;
            }

            var (checkedAnswer, problem) = CheckOne(item, answer);
            if (problem is not null)
            {
                errors[$"answers.{item.Key}"] = [problem];
            }
            else if (checkedAnswer is not null)
            {
                given[item.Key] = checkedAnswer;
            }
        }

        foreach (var item in items.Where(i => i.Required && !given.ContainsKey(i.Key)))
        {
            errors.TryAdd($"answers.{item.Key}", ["This item needs an answer."]);
        }

        return errors.Count > 0 ? throw new RuleViolationException(errors) : [.. items.Where(i => given.ContainsKey(i.Key)).Select(i => given[i.Key])];
    }

    private static (CheckedAnswer? Answer, string? Problem) CheckOne(SurveyItem item, SurveyAnswer answer)
    {
        var text = string.IsNullOrWhiteSpace(answer.Text) ? null : answer.Text.Trim();
        switch (item.Kind)
        {
            case ItemKind.Scale1To7 or ItemKind.Nps0To10:
                var (low, high) = item.Scale!.Value;
                if (answer.Choice is not null || text is not null)
                {
                    return (null, $"Answer this item with a score from {low} to {high} only (comments go in the survey's free-text item).");
                }

                if (answer.Score is { } score && (score < low || score > high))
                {
                    return (null, $"The score is from {low} to {high}.");
                }

                return (answer.Score is null ? null : new CheckedAnswer(item, answer.Score, null, null), null);
            case ItemKind.YesNo:
                if (answer.Score is not null || text is not null)
                {
                    return (null, "Answer this item yes or no (choice) only.");
                }

                return (answer.Choice is null ? null : new CheckedAnswer(item, null, answer.Choice, null), null);
            default:
                if (answer.Score is not null || answer.Choice is not null)
                {
                    return (null, "Answer this item with text only.");
                }

                if (text?.Length > MaxTextLength)
                {
                    return (null, $"The text is at most {MaxTextLength} characters.");
                }

                return (text is null ? null : new CheckedAnswer(item, null, null, text), null);
        }
    }
}

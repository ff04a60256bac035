using System.Linq.Expressions;
using FluentValidation;
using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.Templates;

/// <summary>What a publishable template is: 1-30 items with unique keys, wording in both languages, scale ends labelled, one overall item.</summary>
internal static class TemplateRules
{
    public const int MaxItems = 30;

    public static void ItemsRule<T>(this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<SurveyItem>>> items)
    {
        validator.RuleFor(items)
            .NotEmpty().WithMessage("A template needs at least one item.")
            .Must(i => i is null || i.Count() <= MaxItems).WithMessage($"A template has at most {MaxItems} items.")
            .Must(i => i is null || !i.Any() || i.Count(x => x?.Overall == true) == 1)
            .WithMessage("Mark exactly one item as the overall evaluation.")
            .Must(i => i is null || i.Where(x => x is not null).Select(x => x.Key).Distinct(StringComparer.Ordinal).Count() == i.Count(x => x is not null))
            .WithMessage("Each item needs its own key.");
        validator.RuleForEach(items).NotNull().SetValidator(new ItemValidator());
    }

    private sealed class ItemValidator : AbstractValidator<SurveyItem>
    {
        public ItemValidator()
        {
            RuleFor(i => i.Key).NotEmpty().Matches("^[a-z][a-z0-9_]{0,49}$")
                .WithMessage("A key is lower-case letters, digits and underscores, starting with a letter (at most 50).");
            RuleFor(i => i.Kind).IsInEnum();
            RuleFor(i => i.Text).NotNull().ChildRules(t => Wording(t, 500));
            RuleFor(i => i.Overall).Must((item, overall) => !overall || item.Scale is not null)
                .WithMessage("The overall item is a 1-7 or 0-10 scale.");
            RuleFor(i => i.Required).Must((item, required) => required || !item.Overall)
                .WithMessage("The overall item is required.");
            When(i => i.Scale is not null, () =>
            {
                RuleFor(i => i.LowLabel).NotNull().WithMessage("Label the low end of the scale in both languages.").ChildRules(t => Wording(t!, 100));
                RuleFor(i => i.HighLabel).NotNull().WithMessage("Label the high end of the scale in both languages.").ChildRules(t => Wording(t!, 100));
            }).Otherwise(() =>
            {
                RuleFor(i => i.LowLabel).Null().WithMessage("Only scales have end labels.");
                RuleFor(i => i.HighLabel).Null().WithMessage("Only scales have end labels.");
            });
        }
    }

    // Inline child rules rather than a validator class: the module registers every validator class it has as a service.
    private static void Wording(InlineValidator<SurveyText> text, int maxLength)
    {
        text.RuleFor(t => t.Es).NotEmpty().MaximumLength(maxLength);
        text.RuleFor(t => t.En).NotEmpty().MaximumLength(maxLength);
    }

    /// <summary>Trims every wording, so "  ¿Qué tan satisfecho…? " and its trimmed form are the same version.</summary>
    public static IReadOnlyList<SurveyItem> Normalised(IReadOnlyList<SurveyItem> items) =>
        [.. items.Select(i => i with { Text = Trim(i.Text)!, LowLabel = Trim(i.LowLabel), HighLabel = Trim(i.HighLabel) })];

    private static SurveyText? Trim(SurveyText? text) => text is null ? null : new SurveyText(text.Es.Trim(), text.En.Trim());
}

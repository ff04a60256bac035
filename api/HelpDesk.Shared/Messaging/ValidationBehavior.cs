using FluentValidation;
using HelpDesk.Shared.Errors;
using Mediator;

namespace HelpDesk.Shared.Messaging;

/// <summary>Runs the message's FluentValidation validators (if any) before its handler; failures are a 422.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            if (result.IsValid)
            {
                continue;
            }

            errors ??= [];
            foreach (var group in result.Errors.GroupBy(e => CamelCase(e.PropertyName)))
            {
                errors[group.Key] = [.. errors.GetValueOrDefault(group.Key, []), .. group.Select(e => e.ErrorMessage)];
            }
        }

        if (errors is not null)
        {
            throw new RuleViolationException(errors);
        }

        return await next(message, cancellationToken);
    }

    private static string CamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}

namespace HelpDesk.Shared.Errors;

/// <summary>
/// A failure the caller can act on. The host turns it into an application/problem+json response with
/// the given status and a stable type URI (https://helpdesk.local/problems/{Code}).
/// Throwing it from a command handler rolls the command's transaction back.
/// </summary>
public class ProblemException(int status, string code, string title, string? detail = null) : Exception(detail ?? title)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    /// <summary>Field name (camelCase) to messages, for 422 rule violations.</summary>
    public IDictionary<string, string[]>? Errors { get; init; }

    /// <summary>Extra members of the problem document (e.g. the current state on a 409).</summary>
    public IDictionary<string, object?>? Extensions { get; init; }
}

public sealed class NotFoundException(string what)
    : ProblemException(404, "not-found", "Not found", $"{what} was not found.");

public sealed class ConflictException(string code, string detail)
    : ProblemException(409, code, "Conflict", detail);

public sealed class ForbiddenException(string detail)
    : ProblemException(403, "forbidden", "Forbidden", detail);

/// <summary>Valid JSON that breaks a rule: 422 with the offending field named.</summary>
public sealed class RuleViolationException : ProblemException
{
    public RuleViolationException(string field, string message)
        : base(422, "validation", "One or more fields are invalid.", message)
    {
        Errors = new Dictionary<string, string[]> { [field] = [message] };
    }

    public RuleViolationException(IDictionary<string, string[]> errors)
        : base(422, "validation", "One or more fields are invalid.")
    {
        Errors = errors;
    }
}

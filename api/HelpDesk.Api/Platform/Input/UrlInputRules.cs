using HelpDesk.Shared.Web;

namespace HelpDesk.Api.Platform.Input;

/// <summary>The URL half of the input rules: no NUL character in the path or in any query value (400 before any handler runs).</summary>
internal static class UrlInputRules
{
    public static IApplicationBuilder UseUrlInputRules(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (TextInput.HasNul(request.Path.Value) || request.Query.Any(q => TextInput.HasNul(q.Key) || q.Value.Any(TextInput.HasNul)))
            {
                throw new BadHttpRequestException($"The address is not valid: {TextInput.NulMessage}", StatusCodes.Status400BadRequest);
            }

            return next(context);
        });
}

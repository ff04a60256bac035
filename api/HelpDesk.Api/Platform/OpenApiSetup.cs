using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HelpDesk.Api.Platform;

internal static class OpenApiSetup
{
    public static IServiceCollection AddHelpDeskOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", o =>
        {
            // Use-case types are nested (CreateArea.Command); name schemas after their use case so they stay unique and readable.
            o.CreateSchemaReferenceId = type =>
            {
                var t = type.Type;
                if (t.IsNested && t.DeclaringType is { } outer)
                {
                    var name = t.Name == "Command" ? "Request" : t.Name;
                    return name.StartsWith(outer.Name, StringComparison.Ordinal) ? name : outer.Name + name;
                }

                return OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            };
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "HelpDesk API",
                    Version = "v1",
                    Description = "PQRS help desk for customer-service departments. Staff use a cookie session (POST /api/auth/login) " +
                                  "and send the XSRF-TOKEN cookie's value in X-XSRF-TOKEN on unsafe requests; partner systems send X-Api-Key. " +
                                  "Errors are application/problem+json.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["session"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Cookie, Name = "helpdesk.session" },
                    ["apiKey"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key" },
                };
                return Task.CompletedTask;
            });
        });
}

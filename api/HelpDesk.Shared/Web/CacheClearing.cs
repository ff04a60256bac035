using HelpDesk.Shared.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Shared.Web;

public static class CacheClearing
{
    /// <summary>
    /// For a group of endpoints whose data a process cache holds: after each successful change (any method but GET and
    /// HEAD; the command has committed by then), the cache is cleared.
    /// </summary>
    public static RouteGroupBuilder ClearsAfterChanges<TCache>(this RouteGroupBuilder group)
        where TCache : IProcessCache =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var method = context.HttpContext.Request.Method;
            if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
            {
                context.HttpContext.RequestServices.GetRequiredService<TCache>().Clear();
            }

            return result;
        });
}

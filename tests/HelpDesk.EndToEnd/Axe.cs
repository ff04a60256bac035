using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace HelpDesk.EndToEnd;

/// <summary>axe-core accessibility checks limited to WCAG 2.0, 2.1 and 2.2 levels A and AA.</summary>
internal static class Axe
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>The page's WCAG A/AA violations as readable lines; empty when there are none.</summary>
    public static async Task<string> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        var report = new StringBuilder();
        foreach (var violation in result.Violations)
        {
            report.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes.Take(5))
            {
                report.AppendLine($"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct())
                {
                    report.AppendLine($"    {message.ReplaceLineEndings(" ")}");
                }
            }
        }

        return report.ToString();
    }
}

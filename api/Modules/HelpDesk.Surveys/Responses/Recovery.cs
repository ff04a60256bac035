using System.Text;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Invitations;

namespace HelpDesk.Surveys.Responses;

/// <summary>
/// When a response opens a recovery ticket, and what the ticket says. The overall item decides: on the 1-7 scale, a
/// score at or below the settings' recovery threshold (default 4, the bottom box; 0 turns recovery off); on a 0-10
/// overall item, a detractor (0 to 6, the NPS definition), unless the threshold is 0. No other item opens one.
/// </summary>
internal static class Recovery
{
    public const int NpsDetractorMax = 6;

    public static bool Opens(CheckedAnswer? overall, int threshold) =>
        threshold > 0 && overall is { Score: { } score } && overall.Item.Kind switch
        {
            ItemKind.Scale1To7 => score <= threshold,
            ItemKind.Nps0To10 => score <= NpsDetractorMax,
            _ => false,
        };

    /// <summary>The recovery ticket's subject and description, in the department's language: the scores and the customer's comment.</summary>
    public static (string Subject, string Description) Text(
        InvitationRow invitation, IReadOnlyList<CheckedAnswer> answers, CheckedAnswer overall, SurveyChannel channel, string language, string stamp)
    {
        var en = language == "en";
        var max = overall.Item.Scale!.Value.High;
        var hot = invitation.KindValue == SurveyKind.Hot && invitation.TicketNumber is not null;
        var subject = (en, hot) switch
        {
            (true, true) => $"Recovery: overall {overall.Score} out of {max} in the survey of {invitation.TicketNumber}",
            (true, false) => $"Recovery: overall {overall.Score} out of {max} in a satisfaction survey",
            (false, true) => $"Recuperación: evaluación general {overall.Score} de {max} en la encuesta del caso {invitation.TicketNumber}",
            (false, false) => $"Recuperación: evaluación general {overall.Score} de {max} en una encuesta de satisfacción",
        };

        var text = new StringBuilder();
        var survey = (en, hot) switch
        {
            (true, true) => $"the survey of {invitation.TicketNumber}",
            (true, false) => "a satisfaction survey",
            (false, true) => $"la encuesta del caso {invitation.TicketNumber}",
            (false, false) => "una encuesta de satisfacción",
        };
        var how = (en, channel) switch
        {
            (true, SurveyChannel.Phone) => "by phone",
            (true, _) => "on the survey page",
            (false, SurveyChannel.Phone) => "por teléfono",
            (false, _) => "en la página de la encuesta",
        };
        text.AppendLine(en
            ? $"The customer answered {survey} {how} on {stamp} with an overall evaluation of {overall.Score} out of {max}. Call the customer back, find out what went wrong and record here what was agreed."
            : $"El cliente respondió {survey} {how} el {stamp} con una evaluación general de {overall.Score} de {max}. Llame al cliente, entienda qué falló y registre aquí lo acordado.");
        text.AppendLine();
        text.AppendLine(en ? "Answers:" : "Respuestas:");
        foreach (var answer in answers.Where(a => a.Comment is null))
        {
            var value = answer switch
            {
                { Score: { } score } => en ? $"{score} out of {answer.Item.Scale!.Value.High}" : $"{score} de {answer.Item.Scale!.Value.High}",
                { Choice: true } => en ? "yes" : "sí",
                _ => "no",
            };
            text.AppendLine($"- {answer.Item.Text.In(language)}: {value}");
        }

        text.AppendLine();
        var comments = answers.Where(a => a.Comment is not null).ToList();
        if (comments.Count == 0)
        {
            text.AppendLine(en ? "The customer left no comment." : "El cliente no dejó comentarios.");
        }

        foreach (var comment in comments)
        {
            text.AppendLine(en ? $"The customer's comment ({comment.Item.Text.En}):" : $"Comentario del cliente ({comment.Item.Text.Es}):");
            text.AppendLine(comment.Comment);
        }

        return (subject, text.ToString().TrimEnd());
    }
}

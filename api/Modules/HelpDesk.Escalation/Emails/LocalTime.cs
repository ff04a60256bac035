using HelpDesk.Shared.Organisation;

namespace HelpDesk.Escalation.Emails;

/// <summary>Instants as people read them in emails: the organisation's local time, in its language.</summary>
internal sealed class LocalTime(OrganisationSettings organisation)
{
    /// <summary>"jueves 17 de diciembre de 2026" for a term that ends at midnight (the end of that day), else with the time, 24-hour.</summary>
    public string Format(DateTimeOffset instant)
    {
        var local = organisation.Local(instant);
        var culture = organisation.Culture;
        var date = organisation.Language == Languages.English ? "dddd, MMMM d, yyyy" : "dddd d 'de' MMMM 'de' yyyy";
        return local.TimeOfDay == TimeSpan.Zero
            ? local.AddDays(-1).ToString(date, culture)
            : local.ToString(date + ", HH:mm", culture);
    }
}

using HelpDesk.Customers.SearchCustomers;

namespace HelpDesk.Tests.Customers;

public sealed class SearchTermsTests
{
    [TestCase("Jose Perez", new[] { "%Jose%", "%Perez%" })]
    [TestCase("maría de la paz", new[] { "%maría%", "%de%la%paz%" })]
    [TestCase("perez de", new[] { "%perez%de%" })]
    [TestCase("de la", new[] { "%de%la%" })]
    [TestCase("Nuñez, María", new[] { "%Nuñez%", "%María%" })]
    [TestCase("ana maria lopez de la torre gomez", new[] { "%ana%", "%maria%", "%lopez%", "%de%la%torre%gomez%" })]
    [TestCase(@"100%_a\b", new[] { @"%100\%\_a\\b%" })]
    public void Parse_NameWords_MakesOnePatternPerWordOfThreeOrMoreCharacters(string q, string[] patterns)
    {
        Assert.That(SearchTerms.Parse(q).NamePatterns, Is.EqualTo(patterns));
    }

    [Test]
    public void Parse_Email_SearchesOnlyTheEmail()
    {
        var terms = SearchTerms.Parse(" Jose.Perez@Example.com ");
        Assert.That((terms.NamePatterns.Count, terms.Email, terms.Phone, terms.DocumentNumber), Is.EqualTo((0, "jose.perez@example.com", (string?)null, (string?)null)));
    }

    [TestCase("300 123 4567", "3001234567", "3001234567")]
    [TestCase("+57 (300) 123-4567", "+573001234567", null)]
    [TestCase("1.020.304.050", "1020304050", "1020304050")]
    [TestCase("900123456-7", "9001234567", "900123456")]
    [TestCase("AB123456", null, "AB123456")]
    public void Parse_DigitsAndCodes_SearchPhonesAndDocuments(string q, string? phone, string? document)
    {
        var terms = SearchTerms.Parse(q);
        Assert.That((terms.Phone, terms.DocumentNumber), Is.EqualTo((phone, document)));
    }
}

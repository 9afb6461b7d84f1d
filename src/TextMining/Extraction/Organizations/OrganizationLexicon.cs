namespace TextMining.Extraction.Organizations;

/// <summary>An organisation head from <c>organizations.tsv</c> and what may follow it.</summary>
/// <param name="Canonical">The canonical name, abbreviations expanded (<c>UBND</c> gives <c>Ủy ban nhân dân</c>).</param>
/// <param name="Upper">Whether it must be capitalised unless a level word and a place name follow.</param>
/// <param name="Bare">Whether it may stand alone.</param>
/// <param name="Number">Whether it may take a number (<c>Ban Chỉ đạo 138</c>).</param>
/// <param name="Level">Whether it may take a level word, a place name or a tail qualifier.</param>
/// <param name="Name">Whether it may take a capitalised name directly.</param>
internal sealed record OrganizationHead(string Canonical, bool Upper, bool Bare, bool Number, bool Level, bool Name);

/// <summary>The organisation heads and tail qualifiers of <c>organizations.tsv</c>, loaded once.</summary>
internal static class OrganizationLexicon
{
    private static readonly Lazy<(PhraseMatcher<OrganizationHead> Heads, PhraseMatcher<string> Tails)> Matchers = new(Load);

    /// <summary>Matches organisation heads.</summary>
    public static PhraseMatcher<OrganizationHead> Heads => Matchers.Value.Heads;

    /// <summary>Matches tail qualifiers (<c>Trung ương</c>, <c>các cấp</c>); the value is the canonical form.</summary>
    public static PhraseMatcher<string> Tails => Matchers.Value.Tails;

    private static (PhraseMatcher<OrganizationHead>, PhraseMatcher<string>) Load()
    {
        var rows = LexiconResource.ReadRows("Extraction/Organizations/organizations.tsv").Where(r => r.Length >= 3).ToArray();
        var heads = new List<PhraseRow<OrganizationHead>>();
        var tails = new List<PhraseRow<string>>();
        foreach (var row in rows)
        {
            var flags = row.Length >= 4 ? row[3].Split(',', StringSplitOptions.TrimEntries) : [];
            switch (row[0])
            {
                case "head":
                    heads.Add(new PhraseRow<OrganizationHead>(row[1], new OrganizationHead(
                        row[2], flags.Contains("upper"), flags.Contains("bare"), flags.Contains("number"), flags.Contains("level"), flags.Contains("name")), flags.Contains("exact")));
                    break;
                case "tail":
                    tails.Add(new PhraseRow<string>(row[1], row[2]));
                    break;
                default:
                    break;
            }
        }

        return (new PhraseMatcher<OrganizationHead>(heads), new PhraseMatcher<string>(tails));
    }
}

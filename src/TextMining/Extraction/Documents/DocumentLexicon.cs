using TextMining.Lexicons;
using TextMining.Text;

namespace TextMining.Extraction.Documents;

/// <summary>
/// The document kinds of <c>document-kinds.tsv</c> and the words of <c>document-words.tsv</c>, as shared
/// <see cref="PhraseMatcher{T}"/>s in the matching key (<see cref="VietnameseText.ToMatchingKey"/>), longest phrase
/// first. A phrase may not run on into a letter (digits may touch it, as they always could). Loaded once, read-only.
/// </summary>
internal sealed class DocumentLexicon
{
    private static readonly Lazy<DocumentLexicon> Lazy = new(() => new DocumentLexicon(
        LexiconResource.ReadRows("Extraction/Documents/document-kinds.tsv"),
        LexiconResource.ReadRows("Extraction/Documents/document-words.tsv")));

    private DocumentLexicon(IReadOnlyList<string[]> kinds, IReadOnlyList<string[]> words)
    {
        var rows = kinds
            .Select(r => new Kind(r[0], Flag(r, 1), Flag(r, 2)))
            .Select(k => new PhraseRow<Kind>(k.Name, k))
            .ToArray();
        KindsEnding = new PhraseMatcher<Kind>(rows, backward: true, joins: LettersJoin);
        NamedKinds = new PhraseMatcher<Kind>(rows.Where(r => r.Value.Named), joins: LettersJoin);
        NameStops = Words(words, "name-stop");
        CountWords = Words(words, "count");
        NameCommaWords = Words(words, "name-comma");
        NotAfter = Words(words, "not-after", backward: true);
    }

    /// <summary>The shared instance.</summary>
    public static DocumentLexicon Instance => Lazy.Value;

    /// <summary>Every kind, matched backwards from where it ends (the kind before a number).</summary>
    public PhraseMatcher<Kind> KindsEnding { get; }

    /// <summary>The kinds cited by name, matched forwards.</summary>
    public PhraseMatcher<Kind> NamedKinds { get; }

    /// <summary>Words that end the name of a law cited by name.</summary>
    public PhraseMatcher<bool> NameStops { get; }

    /// <summary>Words after a bare number that show it counts something.</summary>
    public PhraseMatcher<bool> CountWords { get; }

    /// <summary>Words before <c>Luật</c> that make it a school, firm or subject (<c>Đại học Luật</c>), matched backwards.</summary>
    public PhraseMatcher<bool> NotAfter { get; }

    /// <summary>Words that may follow a comma inside a law's name (<c>Luật Phòng, chống ma túy</c>).</summary>
    public PhraseMatcher<bool> NameCommaWords { get; }

    private static bool LettersJoin(char a, char b) => char.IsLetter(a) && char.IsLetter(b);

    private static bool Flag(string[] row, int column) =>
        row.Length > column && row[column].Equals("yes", StringComparison.OrdinalIgnoreCase);

    private static PhraseMatcher<bool> Words(IReadOnlyList<string[]> rows, string role, bool backward = false) => new(
        rows.Where(r => r.Length > 1 && r[1] == role).Select(r => new PhraseRow<bool>(r[0], true)),
        backward: backward,
        joins: LettersJoin);

    /// <summary>A document kind.</summary>
    /// <param name="Name">The canonical spelling, e.g. <c>Chỉ thị</c>.</param>
    /// <param name="BareNumber">Whether a capitalised mention may take a number without <c>số</c> or issuer code.</param>
    /// <param name="Named">Whether documents of this kind are cited by name (<c>Luật Công an nhân dân</c>).</param>
    internal sealed record Kind(string Name, bool BareNumber, bool Named);
}

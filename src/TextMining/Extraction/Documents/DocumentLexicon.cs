using TextMining.Lexicons;
using TextMining.Text;

namespace TextMining.Extraction.Documents;

/// <summary>
/// The document kinds of <c>document-kinds.tsv</c> and the words of <c>document-words.tsv</c>, as matching keys
/// (<see cref="VietnameseText.ToMatchingKey"/>), longest first. Loaded once, read-only.
/// </summary>
internal sealed class DocumentLexicon
{
    private static readonly Lazy<DocumentLexicon> Lazy = new(() => new DocumentLexicon(
        LexiconResource.ReadRows("Extraction/Documents/document-kinds.tsv"),
        LexiconResource.ReadRows("Extraction/Documents/document-words.tsv")));

    private DocumentLexicon(IReadOnlyList<string[]> kinds, IReadOnlyList<string[]> words)
    {
        Kinds = kinds
            .Select(r => new Kind(r[0], Enum.Parse<DocumentKind>(r[1]), VietnameseText.ToMatchingKey(r[0]), Flag(r, 2), Flag(r, 3)))
            .OrderByDescending(k => k.Key.Length)
            .ToArray();
        _words = Kinds.ToDictionary(k => k.Value, k => k.Name);
        _byKey = Kinds.ToDictionary(k => k.Key, k => k.Value, StringComparer.Ordinal);
        NameStops = Words(words, "name-stop");
        CountWords = Words(words, "count");
        NameCommaWords = Words(words, "name-comma");
        NotAfter = Words(words, "not-after");
    }

    private readonly Dictionary<DocumentKind, string> _words;
    private readonly Dictionary<string, DocumentKind> _byKey;

    /// <summary>The shared instance.</summary>
    public static DocumentLexicon Instance => Lazy.Value;

    /// <summary>Every kind, longest key first.</summary>
    public Kind[] Kinds { get; }

    /// <summary>Words that end the name of a law cited by name.</summary>
    public string[] NameStops { get; }

    /// <summary>Words after a bare number that show it counts something.</summary>
    public string[] CountWords { get; }

    /// <summary>Words before <c>Luật</c> that make it a school, firm or subject (<c>Đại học Luật</c>).</summary>
    public string[] NotAfter { get; }

    /// <summary>Words that may follow a comma inside a law's name (<c>Luật Phòng, chống ma túy</c>).</summary>
    public string[] NameCommaWords { get; }

    /// <summary>The canonical Vietnamese words of <paramref name="kind"/> (<c>Chỉ thị</c>); empty for <see cref="DocumentKind.Unknown"/>.</summary>
    public static string ToWord(DocumentKind kind) => Instance._words.TryGetValue(kind, out var word) ? word : string.Empty;

    /// <summary>The kind that <paramref name="words"/> name (case and tone placement do not count); <see cref="DocumentKind.Unknown"/> for any other words.</summary>
    public static DocumentKind Parse(string? words) =>
        !string.IsNullOrWhiteSpace(words) && Instance._byKey.TryGetValue(VietnameseText.ToMatchingKey(VietnameseText.Normalize(words).Trim()), out var kind)
            ? kind
            : DocumentKind.Unknown;

    private static bool Flag(string[] row, int column) =>
        row.Length > column && row[column].Equals("yes", StringComparison.OrdinalIgnoreCase);

    private static string[] Words(IReadOnlyList<string[]> rows, string role) => rows
        .Where(r => r.Length > 1 && r[1] == role)
        .Select(r => VietnameseText.ToMatchingKey(r[0]))
        .OrderByDescending(w => w.Length)
        .ToArray();

    /// <summary>A document kind.</summary>
    /// <param name="Name">The canonical spelling, e.g. <c>Chỉ thị</c>.</param>
    /// <param name="Value">The kind it names.</param>
    /// <param name="Key">Its matching key.</param>
    /// <param name="BareNumber">Whether a capitalised mention may take a number without <c>số</c> or issuer code.</param>
    /// <param name="Named">Whether documents of this kind are cited by name (<c>Luật Công an nhân dân</c>).</param>
    internal sealed record Kind(string Name, DocumentKind Value, string Key, bool BareNumber, bool Named);
}

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

    private readonly PhraseMatcher<bool>[] _words;
    private readonly Dictionary<DocumentKind, string> _names;
    private readonly Dictionary<string, DocumentKind> _byKey;

    private DocumentLexicon(IReadOnlyList<string[]> kinds, IReadOnlyList<string[]> words)
    {
        var all = kinds.Select(r => new Kind(r[0], Enum.Parse<DocumentKind>(r[1]), Flag(r, 2), Flag(r, 3))).ToArray();
        Kinds = all;
        var rows = all.Select(k => new PhraseRow<Kind>(k.Name, k)).ToArray();
        KindsEnding = new PhraseMatcher<Kind>(rows, backward: true, joins: LettersJoin);
        NamedKinds = new PhraseMatcher<Kind>(rows.Where(r => r.Value.Named), joins: LettersJoin);
        _words = [.. Enum.GetValues<DocumentWordRole>().Select(role => Words(words, role))];
        _names = all.ToDictionary(k => k.Value, k => k.Name);
        _byKey = all.ToDictionary(k => VietnameseText.ToMatchingKey(k.Name), k => k.Value, StringComparer.Ordinal);
    }

    /// <summary>The shared instance.</summary>
    public static DocumentLexicon Instance => Lazy.Value;

    /// <summary>Every kind, in file order.</summary>
    public Kind[] Kinds { get; }

    /// <summary>Every kind, matched backwards from where it ends (the kind before a number).</summary>
    public PhraseMatcher<Kind> KindsEnding { get; }

    /// <summary>The kinds cited by name, matched forwards.</summary>
    public PhraseMatcher<Kind> NamedKinds { get; }

    /// <summary>The words of <paramref name="role"/>: matched backwards for <see cref="DocumentWordRole.NotAfter"/>, else forwards.</summary>
    public PhraseMatcher<bool> this[DocumentWordRole role] => _words[(int)role];

    private static bool LettersJoin(char a, char b) => char.IsLetter(a) && char.IsLetter(b);

    /// <summary>The canonical Vietnamese words of <paramref name="kind"/> (<c>Chỉ thị</c>); empty for <see cref="DocumentKind.Unknown"/>.</summary>
    public static string ToWord(DocumentKind kind) => Instance._names.TryGetValue(kind, out var word) ? word : string.Empty;

    /// <summary>The kind that <paramref name="words"/> name (case and tone placement do not count); <see cref="DocumentKind.Unknown"/> for any other words.</summary>
    public static DocumentKind Parse(string? words) =>
        !string.IsNullOrWhiteSpace(words) && Instance._byKey.TryGetValue(VietnameseText.ToMatchingKey(VietnameseText.Normalize(words).Trim()), out var kind)
            ? kind
            : DocumentKind.Unknown;

    private static bool Flag(string[] row, int column) =>
        row.Length > column && row[column].Equals("yes", StringComparison.OrdinalIgnoreCase);

    private static PhraseMatcher<bool> Words(IReadOnlyList<string[]> rows, DocumentWordRole role) => new(
        rows.Where(r => r.Length > 1 && RoleOf(r[1]) == role).Select(r => new PhraseRow<bool>(r[0], true)),
        backward: role == DocumentWordRole.NotAfter,
        joins: LettersJoin);

    private static DocumentWordRole? RoleOf(string column) => column switch
    {
        "name-stop" => DocumentWordRole.NameStop,
        "count" => DocumentWordRole.Count,
        "name-comma" => DocumentWordRole.NameComma,
        "not-after" => DocumentWordRole.NotAfter,
        _ => null,
    };

    /// <summary>A document kind.</summary>
    /// <param name="Name">The canonical spelling, e.g. <c>Chỉ thị</c>.</param>
    /// <param name="Value">The kind it names.</param>
    /// <param name="BareNumber">Whether a capitalised mention may take a number without <c>số</c> or issuer code.</param>
    /// <param name="Named">Whether documents of this kind are cited by name (<c>Luật Công an nhân dân</c>).</param>
    internal sealed record Kind(string Name, DocumentKind Value, bool BareNumber, bool Named);
}

/// <summary>What the words of a <c>document-words.tsv</c> row do (its role column).</summary>
internal enum DocumentWordRole
{
    /// <summary><c>name-stop</c>: words that end the name of a law cited by name.</summary>
    NameStop,

    /// <summary><c>count</c>: words after a bare number that show it counts something.</summary>
    Count,

    /// <summary><c>name-comma</c>: words that may follow a comma inside a law's name (<c>Luật Phòng, chống ma túy</c>).</summary>
    NameComma,

    /// <summary><c>not-after</c>: words before <c>Luật</c> that make it a school, firm or subject (<c>Đại học Luật</c>).</summary>
    NotAfter,
}

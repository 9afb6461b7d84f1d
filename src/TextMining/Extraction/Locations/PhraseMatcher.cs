using TextMining.Text;

namespace TextMining.Extraction.Locations;

/// <summary>
/// The place lexicons' view of the shared <see cref="Text.PhraseMatcher{T}"/>: the longest lexicon phrase that
/// starts at a word start, compared in the matching key; a phrase marked exact must also match the original text
/// (<c>TP.</c> but not <c>tp.</c>). Kept as a thin forwarder so the place scanners keep their call shape; new code
/// uses <see cref="Text.PhraseMatcher{T}"/> directly.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseMatcher<T>
{
    private readonly Text.PhraseMatcher<T> _matcher;

    public PhraseMatcher(IEnumerable<(string Phrase, bool Exact, T Value)> phrases) =>
        _matcher = new Text.PhraseMatcher<T>(phrases
            .Where(p => VietnameseText.Normalize(p.Phrase).Trim() is { Length: > 0 } s && Words.IsWordChar(s[0]))
            .Select(p => new PhraseRow<T>(p.Phrase, p.Value, p.Exact)));

    /// <summary>Whether any phrase can start with a word whose folded first character is <paramref name="foldedFirst"/>.</summary>
    public bool MayStartWith(char foldedFirst) => _matcher.MayStartWith(foldedFirst);

    /// <summary>The longest phrase starting at the word start <paramref name="start"/> (whose word ends at <paramref name="wordEnd"/>).</summary>
    public bool TryMatch(string text, string key, int start, int wordEnd, out int end, out T value) =>
        TryMatchAt(text, key, start, out end, out value);

    /// <summary>The longest phrase starting at <paramref name="start"/>, which must be a word start.</summary>
    public bool TryMatchAt(string text, string key, int start, out int end, out T value) =>
        _matcher.TryMatchAt(text, key, start, out end, out value);
}

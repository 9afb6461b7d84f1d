namespace TextMining.Text;

/// <summary>
/// A range of UTF-16 code units in an article's <see cref="Article.Text"/>:
/// <c>article.Text.Substring(span.Start, span.Length)</c> is the text the span covers.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether <paramref name="other"/> shares at least one code unit with this span.</summary>
    /// <param name="other">The span to compare with.</param>
    public bool Overlaps(SourceSpan other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to compare with.</param>
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Creates a span from a start and an exclusive end offset.</summary>
    /// <param name="start">Offset of the first code unit.</param>
    /// <param name="end">Offset just past the last code unit.</param>
    public static SourceSpan FromBounds(int start, int end) => new(start, end - start);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

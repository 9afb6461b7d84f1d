using TextMining.Extraction.Places;
using TextMining.Text;

namespace TextMining.Extraction.Abbreviations;

/// <summary>
/// Finds every whole-word occurrence of an abbreviation in <c>abbreviations.tsv</c>, case as written
/// (<c>ANTQ</c>, <c>UBND</c>, <c>KT-XH</c>, <c>VKVLN&amp;CCHT</c>), with its expansion. Candidates are runs of word
/// characters that start with a capital and hold no lower-case letter, joined by <c>-</c>, <c>&amp;</c> or <c>/</c>;
/// a run is looked up whole, then part by part, so <c>ANTQ</c> inside <c>TDBVANTQ</c> is never reported.
/// </summary>
internal sealed class AbbreviationExtractor : IExtractionStage
{
    private static readonly Lazy<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> Lookup = new(() =>
        new Dictionary<string, string>(AbbreviationLexicon.Entries, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    public ExtractorKind? Kind => ExtractorKind.Abbreviations;

    public IReadOnlyList<StageDependency> Needs => [];

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var lookup = Lookup.Value;
        var runs = context.WordRuns;
        for (var k = 0; k < runs.Count; k++)
        {
            if (!runs.StartsUpper(k) || runs.HasLower(k))
            {
                continue;
            }

            var i = runs.Start(k);
            var runEnd = ExtendOverJoiners(text, runs.End(k));
            if (lookup.TryGetValue(text.AsSpan(i, runEnd - i), out var expansion))
            {
                context.Abbreviations.Add(new AbbreviationMention(text[i..runEnd], expansion, new SourceSpan(i, runEnd - i)));
            }
            else
            {
                AddParts(context, lookup, i, runEnd);
            }

            k = runs.NextAtOrAfter(runEnd, k) - 1;
        }
    }

    /// <summary>Extends a run over joiners between upper-case parts: KT-XH, VKVLN&amp;CCHT, CT/TW.</summary>
    private static int ExtendOverJoiners(string text, int end)
    {
        var runEnd = end;
        while (runEnd + 1 < text.Length && text[runEnd] is '-' or '&' or '/' && Words.IsWordChar(text[runEnd + 1]))
        {
            var partEnd = Words.WordEnd(text, runEnd + 1);
            if (HasLower(text, runEnd + 1, partEnd))
            {
                break;
            }

            runEnd = partEnd;
        }

        return runEnd;
    }

    /// <summary>Looks the parts of a run up one by one: UBND-HĐND, TP/HCM.</summary>
    private static void AddParts(ExtractionContext context, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup, int start, int runEnd)
    {
        var text = context.Text;
        var partStart = start;
        while (partStart < runEnd)
        {
            var partEnd = Words.WordEnd(text, partStart);
            if (lookup.TryGetValue(text.AsSpan(partStart, partEnd - partStart), out var expansion))
            {
                context.Abbreviations.Add(new AbbreviationMention(text[partStart..partEnd], expansion, new SourceSpan(partStart, partEnd - partStart)));
            }

            partStart = partEnd + 1;
        }
    }

    private static bool HasLower(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Words.IsLower(text[k]))
            {
                return true;
            }
        }

        return false;
    }
}

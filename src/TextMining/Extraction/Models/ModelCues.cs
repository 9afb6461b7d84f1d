using TextMining.Lexicons;
using TextMining.Text;

namespace TextMining.Extraction.Models;

/// <summary>The cue words of <c>model-cues.tsv</c>, loaded once into matchers.</summary>
internal sealed class ModelCues
{
    private static readonly Lazy<ModelCues> Instance = new(() => new ModelCues(LexiconResource.ReadRows("Extraction/Models/model-cues.tsv")));

    private ModelCues(IReadOnlyList<string[]> rows)
    {
        IEnumerable<string> Of(string kind) => rows.Where(r => r.Length >= 2 && r[0] == kind).Select(r => r[1]);
        PhraseMatcher<bool> Matcher(string kind) => new(Of(kind).Select(p => new PhraseRow<bool>(p, true)));

        TriggerMatcher = Matcher("trigger");
        Introducers = new PhraseMatcher<bool>(Of("intro").Select(p => new PhraseRow<bool>(p, p.EndsWith(':'))));
        NotIntroducers = Matcher("not-intro");
        NextIntroducers = new PhraseMatcher<bool>(Of("intro-next").Select(p => new PhraseRow<bool>(p, p.EndsWith(':'))));
        Before = new PhraseMatcher<bool>(Of("before").Select(p => new PhraseRow<bool>(p, true)), backward: true);
        Clauses = Matcher("clause");
        NameStops = Matcher("name-stop");
        Unnamed = Matcher("unnamed");
        Anaphora = Matcher("anaphora");
        QuoteGapBlockers = Matcher("quote-gap");
        Heads = Matcher("head");
        Topics = Matcher("topic");
        NotModels = Of("not-model").Select(ModelName.Key).ToHashSet(StringComparer.Ordinal);
        NotModelParts = new PhraseMatcher<bool>(Of("not-model-part").Select(p => new PhraseRow<bool>(ModelName.Key(p), true)), MatchView.Folded);
        Abbreviations = rows.Where(r => r.Length >= 3 && r[0] == "abbreviation").ToDictionary(r => r[1], r => r[2], StringComparer.Ordinal);
        Fillers = Of("filler").Select(ModelName.Key).ToHashSet(StringComparer.Ordinal);
        Plurals = Matcher("plural");
        Security = Matcher("security");
        LowerCaseStops = Matcher("lower-stop");
        Pairs = Matcher("pair");
        CoTriggers = Matcher("co-trigger");
    }

    public static ModelCues Default => Instance.Value;

    /// <summary>The trigger words (<c>mô hình</c>), found in the text with <see cref="PhraseMatcher{T}.TryFindNext"/>.</summary>
    public PhraseMatcher<bool> TriggerMatcher { get; }

    /// <summary>List introducers; the value says whether the introducer ends with a colon.</summary>
    public PhraseMatcher<bool> Introducers { get; }

    public PhraseMatcher<bool> NotIntroducers { get; }

    /// <summary>Introducers that open the sentence after a mention of models; the value says whether they end with a colon.</summary>
    public PhraseMatcher<bool> NextIntroducers { get; }

    /// <summary>Words between a quoted list and a following trigger, matched backwards from the trigger.</summary>
    public PhraseMatcher<bool> Before { get; }

    public PhraseMatcher<bool> Clauses { get; }

    public PhraseMatcher<bool> NameStops { get; }

    public PhraseMatcher<bool> Unnamed { get; }

    public PhraseMatcher<bool> Anaphora { get; }

    public PhraseMatcher<bool> QuoteGapBlockers { get; }

    /// <summary>Head nouns that open an unquoted initiative name (<c>Tổ</c>, <c>Đội</c>, <c>CLB</c>, <c>Camera</c>).</summary>
    public PhraseMatcher<bool> Heads { get; }

    /// <summary>Security and self-management words that make an unquoted name an initiative anywhere in it (<c>an ninh</c>, <c>tự quản</c>).</summary>
    public PhraseMatcher<bool> Topics { get; }

    /// <summary>Folded keys (<see cref="ModelName.Key"/>) of names that are never models.</summary>
    public IReadOnlySet<string> NotModels { get; }

    /// <summary>Words that make any name holding them as whole words a title, not a model (<c>phong trào</c>, <c>Ngày hội</c>), folded.</summary>
    public PhraseMatcher<bool> NotModelParts { get; }

    /// <summary>Abbreviations of model names (<c>TLGTQ</c> = <c>Tổ liên gia tự quản</c>), case-sensitive.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; }

    /// <summary>Folded words left out when telling two mentions of one model apart (<c>về</c>).</summary>
    public IReadOnlySet<string> Fillers { get; }

    /// <summary>Words before the trigger that make it a class of many models (<c>các</c>, <c>nhiều</c>), not one named model.</summary>
    public PhraseMatcher<bool> Plurals { get; }

    /// <summary>Security words, stricter than <see cref="Topics"/>, that make a lower-case name after the trigger a model (<c>an ninh</c>, <c>ma túy</c>).</summary>
    public PhraseMatcher<bool> Security { get; }

    /// <summary>Words that end a lower-case name after the trigger besides the name-stops (<c>ở</c>, <c>với</c>).</summary>
    public PhraseMatcher<bool> LowerCaseStops { get; }

    /// <summary>Fixed phrases with a comma inside that a list does not split (<c>phòng cháy, chữa cháy</c>).</summary>
    public PhraseMatcher<bool> Pairs { get; }

    /// <summary>Words beside the trigger that announce the same list (<c>mô hình, cách làm … như</c>); not counted as gap words.</summary>
    public PhraseMatcher<bool> CoTriggers { get; }

    /// <summary>Whether <paramref name="name"/> is never a model: a <c>not-model</c> row, or it holds a <c>not-model-part</c>.</summary>
    public bool IsNotModel(string name)
    {
        var key = ModelName.Key(name);
        if (NotModels.Contains(key))
        {
            return true;
        }

        return NotModelParts.TryFindNext(ModelName.WordsOnly(key), 0, out _);
    }
}

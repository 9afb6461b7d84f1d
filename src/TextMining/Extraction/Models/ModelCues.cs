namespace TextMining.Extraction.Models;

/// <summary>A kind of cue phrase of <c>model-cues.tsv</c> (its first column); the file's header says what each does.</summary>
internal enum ModelCue
{
    /// <summary><c>trigger</c>: the word that mentions models (<c>mô hình</c>).</summary>
    Trigger,

    /// <summary><c>intro</c>: introduces a list of models in the same sentence (<c>như:</c>, <c>gồm</c>).</summary>
    Introducer,

    /// <summary><c>intro-next</c>: opens the next sentence with a list of the models just mentioned (<c>Tiêu biểu như:</c>).</summary>
    NextIntroducer,

    /// <summary><c>not-intro</c>: phrases holding an introducer word that introduce nothing (<c>cũng như</c>).</summary>
    NotIntroducer,

    /// <summary><c>before</c>: words between a quoted list and a following trigger (<c>là những</c>), matched backwards.</summary>
    Before,

    /// <summary><c>clause</c>: a word that starts a clause and ends an unquoted item and the list (<c>đã</c>, <c>góp phần</c>).</summary>
    Clause,

    /// <summary><c>name-stop</c>: ends an unquoted name but not the list (<c>tại</c>, <c>của</c>).</summary>
    NameStop,

    /// <summary><c>unnamed</c>: a word right after the trigger that makes it an unnamed use (<c>Mô hình tổ chức bộ máy</c>).</summary>
    Unnamed,

    /// <summary><c>anaphora</c>: a word right after the trigger pointing back to a model already named (<c>mô hình này</c>).</summary>
    Anaphora,

    /// <summary><c>quote-gap</c>: a word that may not stand between the trigger and a quoted name (<c>mô hình trong phong trào “…”</c>).</summary>
    QuoteGap,

    /// <summary><c>head</c>: a head noun that opens an unquoted initiative name (<c>Tổ</c>, <c>Đội</c>, <c>CLB</c>, <c>Camera</c>).</summary>
    Head,

    /// <summary><c>topic</c>: a security or self-management word that makes an unquoted name an initiative anywhere in it (<c>an ninh</c>).</summary>
    Topic,

    /// <summary><c>plural</c>: a word before the trigger that makes it a class of many models (<c>các</c>, <c>nhiều</c>).</summary>
    Plural,

    /// <summary><c>security</c>: stricter than <see cref="Topic"/>, makes a lower-case name after the trigger a model (<c>ma túy</c>).</summary>
    Security,

    /// <summary><c>lower-stop</c>: ends a lower-case name after the trigger besides the name-stops (<c>ở</c>, <c>với</c>).</summary>
    LowerCaseStop,

    /// <summary><c>pair</c>: a fixed phrase with a comma inside that a list does not split (<c>phòng cháy, chữa cháy</c>).</summary>
    Pair,

    /// <summary><c>co-trigger</c>: a word beside the trigger that announces the same list (<c>cách làm</c>); not a gap word.</summary>
    CoTrigger,

    /// <summary><c>not-model-part</c>: a word that makes any name holding it a title, not a model (<c>phong trào</c>), matched folded.</summary>
    NotModelPart,
}

/// <summary>
/// The cue phrases of <c>model-cues.tsv</c>, one shared <see cref="PhraseMatcher{T}"/> per <see cref="ModelCue"/>
/// (the value says whether the phrase ends with a colon, <c>như:</c>), and its name lists. Loaded once, read-only.
/// </summary>
internal sealed class ModelCues
{
    private static readonly Lazy<ModelCues> Instance = new(() => new ModelCues(LexiconResource.ReadRows("Extraction/Models/model-cues.tsv")));

    private static readonly Dictionary<string, ModelCue> Columns = new(StringComparer.Ordinal)
    {
        ["trigger"] = ModelCue.Trigger,
        ["intro"] = ModelCue.Introducer,
        ["intro-next"] = ModelCue.NextIntroducer,
        ["not-intro"] = ModelCue.NotIntroducer,
        ["before"] = ModelCue.Before,
        ["clause"] = ModelCue.Clause,
        ["name-stop"] = ModelCue.NameStop,
        ["unnamed"] = ModelCue.Unnamed,
        ["anaphora"] = ModelCue.Anaphora,
        ["quote-gap"] = ModelCue.QuoteGap,
        ["head"] = ModelCue.Head,
        ["topic"] = ModelCue.Topic,
        ["plural"] = ModelCue.Plural,
        ["security"] = ModelCue.Security,
        ["lower-stop"] = ModelCue.LowerCaseStop,
        ["pair"] = ModelCue.Pair,
        ["co-trigger"] = ModelCue.CoTrigger,
        ["not-model-part"] = ModelCue.NotModelPart,
    };

    private readonly PhraseMatcher<bool>[] _matchers;

    private ModelCues(IReadOnlyList<string[]> rows)
    {
        IEnumerable<string> Of(string kind) => rows.Where(r => r.Length >= 2 && r[0] == kind).Select(r => r[1]);

        _matchers = [.. Enum.GetValues<ModelCue>().Select(cue => Matcher(rows, cue))];
        NotModels = Of("not-model").Select(ModelName.Key).ToHashSet(StringComparer.Ordinal);
        Abbreviations = rows.Where(r => r.Length >= 3 && r[0] == "abbreviation").ToDictionary(r => r[1], r => r[2], StringComparer.Ordinal);
        Fillers = Of("filler").Select(ModelName.Key).ToHashSet(StringComparer.Ordinal);
    }

    public static ModelCues Default => Instance.Value;

    /// <summary>Folded keys (<see cref="ModelName.Key"/>) of names that are never models.</summary>
    public IReadOnlySet<string> NotModels { get; }

    /// <summary>Abbreviations of model names (<c>TLGTQ</c> = <c>Tổ liên gia tự quản</c>), case-sensitive.</summary>
    public IReadOnlyDictionary<string, string> Abbreviations { get; }

    /// <summary>Folded words left out when telling two mentions of one model apart (<c>về</c>).</summary>
    public IReadOnlySet<string> Fillers { get; }

    /// <summary>The phrases of <paramref name="cue"/>; the value says whether a phrase ends with a colon.</summary>
    public PhraseMatcher<bool> this[ModelCue cue] => _matchers[(int)cue];

    /// <summary>Whether <paramref name="name"/> is never a model: a <c>not-model</c> row, or it holds a <c>not-model-part</c>.</summary>
    public bool IsNotModel(string name)
    {
        var key = ModelName.Key(name);
        return NotModels.Contains(key) || this[ModelCue.NotModelPart].TryFindNext(ModelName.WordsOnly(key), 0, out _);
    }

    private static PhraseMatcher<bool> Matcher(IReadOnlyList<string[]> rows, ModelCue cue)
    {
        var phrases = rows.Where(r => r.Length >= 2 && Columns.TryGetValue(r[0], out var kind) && kind == cue).Select(r => r[1]);
        return cue switch
        {
            ModelCue.Before => new(phrases.Select(p => new PhraseRow<bool>(p, false)), backward: true),
            ModelCue.NotModelPart => new(phrases.Select(p => new PhraseRow<bool>(ModelName.Key(p), false)), MatchView.Folded),
            _ => new(phrases.Select(p => new PhraseRow<bool>(p, p.EndsWith(':')))),
        };
    }
}

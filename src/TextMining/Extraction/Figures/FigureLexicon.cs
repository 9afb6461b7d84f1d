namespace TextMining.Extraction.Figures;

/// <summary>The kind of a Vietnamese number word (<c>numbers.tsv</c>).</summary>
internal enum NumberWordKind
{
    /// <summary><c>một</c> … <c>chín</c>: may start a spelled number.</summary>
    Digit,

    /// <summary><c>mười</c> (10): may start a spelled number.</summary>
    Ten,

    /// <summary><c>mươi</c>: the digit before times ten.</summary>
    Tens,

    /// <summary><c>mốt</c>, <c>lăm</c>, <c>tư</c>: a digit only after <c>mươi</c>/<c>mười</c>.</summary>
    UnitAfterTens,

    /// <summary><c>linh</c>, <c>lẻ</c>: an empty tens place.</summary>
    Zero,

    /// <summary><c>trăm</c>, <c>nghìn</c>, <c>ngàn</c>, <c>vạn</c>, <c>triệu</c>, <c>tỷ</c>, <c>chục</c>.</summary>
    Multiplier,

    /// <summary><c>rưỡi</c>: half the last multiplier.</summary>
    Half,

    /// <summary><c>đến</c>, <c>tới</c>: joins the two ends of a range (<c>5 đến 7 người</c>).</summary>
    RangeWord,

    /// <summary>A word that starts like a multiplier but is not one (<c>tỷ lệ</c>, <c>triệu chứng</c>).</summary>
    NotNumber,
}

/// <summary>The kind of a unit phrase (<c>units.tsv</c>).</summary>
internal enum UnitKind
{
    /// <summary>A unit of measure or currency; the unit ends with it.</summary>
    Measure,

    /// <summary>A span of time (<c>05 năm</c>); the figure is emitted.</summary>
    Duration,

    /// <summary>A clock unit (<c>8 giờ</c>, <c>8h30</c>); the number is not a figure.</summary>
    Clock,

    /// <summary>A period of the calendar (<c>6 tháng đầu năm</c>); the number is not a figure.</summary>
    Period,

    /// <summary>A counted noun that keeps its modifiers.</summary>
    Noun,

    /// <summary>A counted noun whose following words are not part of the unit.</summary>
    Closed,

    /// <summary>
    /// A partitive ("the number of": <c>số</c> in <c>1/5 số hộ</c>): a known unit only with a counted noun after it.
    /// </summary>
    Partitive,
}

/// <summary>Why a word before a number makes it not a figure (<c>contexts.tsv</c>).</summary>
internal enum NumberContext
{
    /// <summary>Undoes a shorter match (<c>tổng số</c> against <c>số</c>).</summary>
    Neutral,

    /// <summary>Part of a date (<c>năm 2016</c>, <c>Sáng 4.8</c>).</summary>
    Date,

    /// <summary>A time of day (<c>lúc 8</c>).</summary>
    Time,

    /// <summary>A document number (<c>Chỉ thị 09</c>, <c>số 1234/QĐ-UBND</c>).</summary>
    Document,

    /// <summary>A name with a number (<c>Ban Chỉ đạo 138</c>, <c>thôn 3</c>, <c>Quốc lộ 1A</c>).</summary>
    Name,

    /// <summary>An identifier (<c>biển số</c>, <c>mã số</c>).</summary>
    Id,

    /// <summary>An ordinal (<c>lần thứ 72</c>, <c>thứ 2</c>).</summary>
    Ordinal,

    /// <summary>A phone number (<c>gọi 113</c>).</summary>
    Phone,

    /// <summary>
    /// A label before a bare number (<c>cấp 2</c>, <c>bước 4</c>); a counted noun from the units lexicon after the
    /// number makes it a figure again (<c>cấp 500 giấy</c> is not ruled out by this, <c>cấp 2 xã</c> neither).
    /// </summary>
    Label,
}

/// <summary>A qualifier phrase and whether it is read after the unit (<c>trở lên</c>).</summary>
internal readonly record struct QualifierEntry(FigureQualifier Qualifier, bool After);

/// <summary>A number word with its kind and value.</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, decimal Value);

/// <summary>
/// The figures extractor's lexicons, loaded once from the embedded TSV files next to it and kept read-only:
/// number words, qualifiers, units and counted nouns, contexts that rule a number out, and unit stop words.
/// </summary>
internal sealed class FigureLexicon
{
    private static readonly Lazy<FigureLexicon> DefaultLazy = new(Load);

    private FigureLexicon(
        List<PhraseRow<NumberWord>> numberWords,
        List<PhraseRow<QualifierEntry>> qualifiersBefore,
        List<PhraseRow<QualifierEntry>> qualifiersAfter,
        List<PhraseRow<UnitKind>> units,
        List<PhraseRow<NumberContext>> contexts,
        List<PhraseRow<bool>> unitStops)
    {
        NumberWords = new(numberWords);
        QualifiersBefore = new(qualifiersBefore, JoinsLetters);
        QualifiersAfter = new(qualifiersAfter);
        Units = new(units);
        Contexts = new(contexts, JoinsLetters);
        UnitStops = new(unitStops);
        UnitStopsBefore = new(unitStops, JoinsLetters);
    }

    /// <summary>The lexicons shipped with the library.</summary>
    public static FigureLexicon Default => DefaultLazy.Value;

    /// <summary>Number words, matched forwards.</summary>
    public FigureMatcher<NumberWord> NumberWords { get; }

    /// <summary>Qualifiers read before a number (matched backwards).</summary>
    public FigureMatcher<QualifierEntry> QualifiersBefore { get; }

    /// <summary>Qualifiers read after the unit (matched forwards).</summary>
    public FigureMatcher<QualifierEntry> QualifiersAfter { get; }

    /// <summary>Units and counted nouns, matched forwards.</summary>
    public FigureMatcher<UnitKind> Units { get; }

    /// <summary>Contexts before a number that rule it out, matched backwards.</summary>
    public FigureMatcher<NumberContext> Contexts { get; }

    /// <summary>Words that end a counted noun phrase, matched forwards; the value says whether it joins two nouns.</summary>
    public FigureMatcher<bool> UnitStops { get; }

    /// <summary>Words that end a counted noun phrase, matched backwards.</summary>
    public FigureMatcher<bool> UnitStopsBefore { get; }

    private static FigureLexicon Load()
    {
        var numberWords = new List<PhraseRow<NumberWord>>();
        foreach (var row in LexiconResource.ReadRows("Extraction/Figures/numbers.tsv"))
        {
            var kind = Enum.Parse<NumberWordKind>(row[1], ignoreCase: true);
            var value = decimal.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture);
            numberWords.Add(new(Key(row[0]), new NumberWord(kind, value)));
        }

        var before = new List<PhraseRow<QualifierEntry>>();
        var after = new List<PhraseRow<QualifierEntry>>();
        foreach (var row in LexiconResource.ReadRows("Extraction/Figures/qualifiers.tsv"))
        {
            var qualifier = Enum.Parse<FigureQualifier>(row[1], ignoreCase: true);
            var isAfter = row.Length > 2 && row[2] == "after";
            (isAfter ? after : before).Add(new(Key(row[0]), new QualifierEntry(qualifier, isAfter)));
        }

        var units = LexiconResource.ReadRows("Extraction/Figures/units.tsv")
            .Select(row => new PhraseRow<UnitKind>(Key(row[0]), Enum.Parse<UnitKind>(row[1], ignoreCase: true))).ToList();
        var contexts = LexiconResource.ReadRows("Extraction/Figures/contexts.tsv")
            .Select(row => new PhraseRow<NumberContext>(Key(row[0]), Enum.Parse<NumberContext>(row[1], ignoreCase: true))).ToList();
        var stops = LexiconResource.ReadRows("Extraction/Figures/unit-stops.tsv")
            .Select(row => new PhraseRow<bool>(Key(row[0]), row.Length > 1 && row[1] == "join")).ToList();
        return new FigureLexicon(numberWords, before, after, units, contexts, stops);
    }

    /// <summary>Backwards, a figure word is a run of letters: a digit before <c>lần</c> does not join it.</summary>
    private static bool JoinsLetters(char a, char b) => Words.IsLetter(a) && Words.IsLetter(b);

    private static string Key(string entry) => VietnameseText.ToMatchingKey(entry);
}

namespace TextMining.Extraction.Models;

/// <summary>
/// Finds named grassroots models (<c>mô hình</c>). Anchored on a trigger word of <c>model-cues.tsv</c> (found in
/// the matching key with the shared <see cref="PhraseMatcher{T}"/>), it reads, in this order:
/// <list type="number">
/// <item>quoted names right after it: <c>mô hình “Tổ liên gia tự quản về ANTT”</c>, <c>các mô hình: “A”, “B” và “C”</c>;</item>
/// <item>capitalised unquoted names right after it: <c>mô hình Camera giám sát an ninh</c>;</item>
/// <item>a list after an introducer (<c>như:</c>, <c>đó là:</c>, <c>gồm</c>, <c>như</c> …) met in the same sentence
/// within a few words: quoted items separated by <c>,</c> <c>;</c> <c>và</c>, or unquoted items separated by commas
/// that end at <c>;</c>, <c>.</c>, <c>…</c> or a clause (<c>như</c> without a colon needs a capitalised first item);</item>
/// <item>in a caption that opens with <c>Mô hình</c>, the words after it.</item>
/// </list>
/// A place in brackets right after an item becomes its location. The movement's own name, standards and titles
/// (<c>model-cues.tsv</c>, <c>not-model</c>) are dropped; one entry per distinct (folded) name, first mention kept.
/// Work per trigger is capped, and text already read as a list is not read again, so the stage is linear.
/// </summary>
internal sealed class GrassrootsModelExtractor : IExtractionStage
{
    private const int MaxGapWords = 14;
    private const int MaxColonGapWords = 4;
    private const int MaxLowerCaseGapWords = 3;
    private const int MaxDescriptorWords = 3;
    private const int MaxNextSentenceChars = 400;
    private const int MaxTailWords = 8;
    private const int MaxItemWords = 14;
    private const int MaxSemicolonItemWords = 24;
    private const int MaxLowerCaseNameWords = 10;
    private const int MaxQuotedChars = 200;
    private static readonly System.Buffers.SearchValues<char> UpperLetters = System.Buffers.SearchValues.Create("ABCDĐEGHIKLMNOPQRSTUVXYÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ");
    private const int MaxBracketChars = 150;
    private const int MaxListChars = 3000;
    private const int MaxItems = 40;

    public ExtractorKind? Kind => ExtractorKind.Models;

    public IReadOnlyList<StageDependency> Needs => [];

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var key = context.MatchingKey;
        var cues = ModelCues.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<Item>();
        var consumedUntil = 0;
        for (var from = 0; cues[ModelCue.Trigger].TryFindNext(key, from, out var trigger, text); from = trigger.End)
        {
            if (trigger.Start >= consumedUntil)
            {
                items.Clear();
                var end = ReadAfterTrigger(context, cues, trigger.Start, trigger.End, items);
                foreach (var item in items)
                {
                    Add(context, cues, seen, item);
                }

                consumedUntil = Math.Max(end, trigger.End);
            }
        }

        MergeTitleMentions(context, cues);
    }

    /// <summary>
    /// A model named in the headline in shorter or longer words than in the body (<c>dòng họ tự quản</c> in the title,
    /// <c>dòng họ tự quản về an ninh trật tự</c> in the body; <c>camera an ninh trật tự</c> and <c>Camera an ninh</c>) is
    /// the body's model: when the words of one are the first words of the other, the headline's entry is dropped.
    /// </summary>
    private static void MergeTitleMentions(ExtractionContext context, ModelCues cues)
    {
        var models = context.Models;
        for (var i = models.Count - 1; i >= 0; i--)
        {
            if (context.BlockAt(models[i].Span.Start) is not { Kind: ArticleBlockKind.Title })
            {
                continue;
            }

            var title = ModelName.IdentityKey(models[i].Name) + " ";
            var merged = false;
            for (var n = 0; n < models.Count && !merged; n++)
            {
                if (n != i && context.BlockAt(models[n].Span.Start) is { Kind: not ArticleBlockKind.Title })
                {
                    var body = ModelName.IdentityKey(models[n].Name) + " ";
                    merged = body.StartsWith(title, StringComparison.Ordinal) || title.StartsWith(body, StringComparison.Ordinal);
                }
            }

            if (merged)
            {
                models.RemoveAt(i);
            }
        }
    }

    /// <summary>Reads the models introduced by the trigger at <paramref name="t"/>; returns where reading stopped.</summary>
    private static int ReadAfterTrigger(ExtractionContext context, ModelCues cues, int t, int after, List<Item> items)
    {
        var text = context.Text;
        var key = context.MatchingKey;
        var j = Words.SkipSpaces(text, after);
        if (j < text.Length && text[j] == ':')
        {
            j = Words.SkipSpaces(text, j + 1);
        }

        // mô hình “A”, “B”; mô hình điểm “A”; mô hình tự quản “A”.
        var quote = SkipDescriptor(text, key, cues, j);
        if (quote < text.Length && IsOpenQuote(text[quote]))
        {
            var end = ReadQuotedList(text, key, quote, items);
            if (items.Count > 0)
            {
                return end;
            }
        }

        if (j > after && cues[ModelCue.Anaphora].TryMatchAt(text, key, j, out _, out _))
        {
            return after;
        }

        // mô hình Camera giám sát an ninh.
        if (j > after && j < text.Length && Words.IsUpper(text[j]) && IsNameStart(text, key, cues, j))
        {
            var end = ReadUnquotedList(text, key, cues, j, new ListRules(CapitalFirst: true, CapitalAll: true, MaxItems: MaxItems), items);
            KeepInitiatives(text, key, cues, items);
            if (items.Count > 0)
            {
                return end;
            }
        }

        // mô hình 1-4, mô hình 5 giúp 1, mô hình 4 an toàn; mô hình TLGTQ.
        if (j > after && j < text.Length && (ReadNumericName(text, key, cues, j) ?? ReadAbbreviatedName(text, cues, j)) is { } coded)
        {
            items.Add(coded);
            return coded.End;
        }

        // 4 mô hình tiêu biểu, như: A, B, C; Nhiều mô hình … như A, B, C…
        if (FindIntroducer(text, key, cues, after, out var introEnd, out var colon, out var gapWords))
        {
            var k = Words.SkipSpaces(text, introEnd);
            var end = colon && k < text.Length && text[k] == '\n'
                ? ReadDashList(text, key, cues, k, items) // "các mô hình:" closing a paragraph, then one item a line.
                : ReadIntroducedList(text, key, cues, k, colon, !colon && gapWords <= MaxLowerCaseGapWords ? k : -1, openEnded: true, items);
            if (items.Count > 0)
            {
                return end;
            }
        }

        // “A”, “B” là những mô hình tiêu biểu.
        ReadQuotedListBefore(text, key, cues, t, items);
        if (items.Count > 0)
        {
            return after;
        }

        // Nhiều mô hình … phát huy hiệu quả. Tiêu biểu như: “A”, “B”.
        if (FindNextSentenceIntroducer(text, key, cues, after, out var nextIntroEnd, out var nextColon))
        {
            var k = Words.SkipSpaces(text, nextIntroEnd);
            var end = ReadIntroducedList(text, key, cues, k, nextColon, nextColon ? -1 : SkipPlural(text, key, cues, k), openEnded: false, items);
            if (items.Count > 0)
            {
                return end;
            }
        }

        // One model named in lower case: "triển khai mô hình camera giám sát an ninh trên địa bàn", not "các mô hình tự quản".
        if (j > after && j < text.Length && Words.IsLower(text[j]) && !IsPlural(text, key, cues, t)
            && ReadLowerCaseName(text, key, cues, j) is { } named)
        {
            items.Add(named);
            return named.End;
        }

        // A caption that opens with the trigger: "Mô hình camera an ninh tại xã …".
        if (j > after && context.BlockAt(t) is { Kind: ArticleBlockKind.Caption } block && block.Span.Start == t
            && Words.IsWordChar(text[j]) && !cues[ModelCue.Unnamed].TryMatchAt(text, key, j, out _, out _))
        {
            var end = ReadUnquotedList(text, key, cues, j, new ListRules(CapitalFirst: false, CapitalAll: false, MaxItems: 1), items);
            KeepInitiatives(text, key, cues, items);
            return end;
        }

        return after;
    }

    /// <summary>
    /// Reads the list after an introducer: quoted items, or unquoted ones (the first capitalised unless the introducer
    /// ends with a colon). When that finds fewer than two items and <paramref name="lowerCaseStart"/> is not negative,
    /// the list is read again from there in lower case ("các mô hình như tổ tự quản, camera an ninh, đội xung kích";
    /// "Tiêu biểu như các tổ an ninh …; tổ hòa giải …"), kept with three items at least, or two that end open when
    /// <paramref name="openEnded"/>. A list keeps at least two items that read as initiatives.
    /// </summary>
    /// <returns>Where reading stopped.</returns>
    private static int ReadIntroducedList(string text, string key, ModelCues cues, int k, bool colon, int lowerCaseStart, bool openEnded, List<Item> items)
    {
        if (k < text.Length && IsOpenQuote(text[k]))
        {
            return ReadQuotedList(text, key, k, items);
        }

        var end = ReadUnquotedList(text, key, cues, k, new ListRules(CapitalFirst: !colon, CapitalAll: false, MaxItems: MaxItems), items);
        if (items.Count < 2 && lowerCaseStart >= 0)
        {
            items.Clear();
            end = ReadUnquotedList(text, key, cues, lowerCaseStart, new ListRules(CapitalFirst: false, CapitalAll: false, MaxItems: MaxItems), items);
            if (items.Count < 3 && !(openEnded && items.Count == 2 && IsOpenEnded(text, end, cues, key, items)))
            {
                items.Clear();
            }
        }

        if (items.Count < 2)
        {
            items.Clear();
        }

        KeepInitiatives(text, key, cues, items);
        return end;
    }

    /// <summary>
    /// Skips up to a few lower-case words between the trigger and an opening quote (<c>mô hình điểm “…”</c>) and returns
    /// the quote's index; returns <paramref name="start"/> when something else follows.
    /// </summary>
    private static int SkipDescriptor(string text, string key, ModelCues cues, int start)
    {
        var k = start;
        for (var words = 0; words < MaxDescriptorWords && k < text.Length && (Words.IsLower(text[k]) || IsHeadWord(text, key, cues, k)); words++)
        {
            var wordEnd = Words.WordEnd(text, k);
            if (cues[ModelCue.Topic].TryMatchAt(text, key, k, out var topicEnd, out _))
            {
                // "mô hình tổ hòa giải “…”": a topic word is read whole ("giải" alone would block, as in "giải thưởng").
                wordEnd = topicEnd;
            }
            else if (cues[ModelCue.QuoteGap].TryMatchAt(text, key, k, out _, out _))
            {
                return start;
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                return start;
            }

            k = wordEnd + 1;
            if (k < text.Length && IsOpenQuote(text[k]))
            {
                return k;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the word before the trigger at <paramref name="trigger"/> makes it many models or a count (<c>các</c>,
    /// <c>nhiều</c>, <c>119</c>): <c>nhiều mô hình tự quản về ANTT</c> sums up a class, it names no model.
    /// </summary>
    private static bool IsPlural(string text, string key, ModelCues cues, int trigger)
    {
        var end = Words.SkipSpacesBack(text, trigger);
        var start = WordStartBack(text, end);
        if (start == end)
        {
            return false;
        }

        if (Words.IsDigit(text[start]) || (start > 1 && text[start - 1] is '.' or ',' && Words.IsDigit(text[start - 2])))
        {
            return true;
        }

        // "các", "nhiều"; "một số", "hàng trăm".
        var previousEnd = Words.SkipSpacesBack(text, start);
        var previousStart = WordStartBack(text, previousEnd);
        return (cues[ModelCue.Plural].TryMatchAt(text, key, start, out var oneEnd, out _) && oneEnd == end)
            || (previousStart < previousEnd && cues[ModelCue.Plural].TryMatchAt(text, key, previousStart, out var twoEnd, out _) && twoEnd == end);
    }

    /// <summary>The index after a plural word (<c>các</c>, <c>những</c>) at <paramref name="index"/>, or <paramref name="index"/>.</summary>
    private static int SkipPlural(string text, string key, ModelCues cues, int index) =>
        index < text.Length && Words.IsWordChar(text[index]) && cues[ModelCue.Plural].TryMatchAt(text, key, index, out var end, out _)
            ? Words.SkipSpaces(text, end)
            : index;

    /// <summary>The start of the word that ends at <paramref name="end"/>; <paramref name="end"/> when no word ends there.</summary>
    private static int WordStartBack(string text, int end)
    {
        var start = end;
        while (start > 0 && Words.IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// Reads a lower-case name right after the trigger: up to a name-stop (<c>tại</c>, <c>trên địa bàn</c>), a clause
    /// word, a bracket or punctuation, at most <see cref="MaxLowerCaseNameWords"/> words, and holding a security word
    /// (<c>security</c> rows). One-word heads joined by commas stay in the name (<c>khối, xóm, thôn, bản sạch về ma
    /// túy</c>). Returns null when the words are no such name.
    /// </summary>
    private static Item? ReadLowerCaseName(string text, string key, ModelCues cues, int start)
    {
        if (cues[ModelCue.Unnamed].TryMatchAt(text, key, start, out _, out _) || cues[ModelCue.Anaphora].TryMatchAt(text, key, start, out _, out _))
        {
            return null;
        }

        var k = start;
        var end = start;
        var words = 0;
        var wordsSinceComma = 0;
        var secure = false;
        while (k < text.Length && words <= MaxLowerCaseNameWords)
        {
            var c = text[k];
            if (c == ' ')
            {
                k++;
                continue;
            }

            if (c == ',')
            {
                // "khối, xóm, thôn, bản sạch …": a run of one-word heads stays in the name.
                var next = Words.SkipSpaces(text, k + 1);
                if (wordsSinceComma != 1 || next >= text.Length || !Words.IsLower(text[next]))
                {
                    break;
                }

                wordsSinceComma = 0;
                k = next;
                continue;
            }

            if (!Words.IsWordChar(c) || Words.IsDigit(c)
                || (Words.IsUpper(c) && !Words.IsAllCaps(text.AsSpan(k, Words.WordEnd(text, k) - k))))
            {
                break;
            }

            var wordEnd = Words.WordEnd(text, k);
            if (words > 0 && (cues[ModelCue.NameStop].TryMatchAt(text, key, k, out _, out _) || cues[ModelCue.Clause].TryMatchAt(text, key, k, out _, out _)
                || cues[ModelCue.LowerCaseStop].TryMatchAt(text, key, k, out _, out _)))
            {
                break;
            }

            if (cues[ModelCue.Security].TryMatchAt(text, key, k, out var securityEnd, out _))
            {
                secure = true;
                wordEnd = Math.Max(wordEnd, securityEnd);
                words += CountWords(text, k, securityEnd) - 1;
            }

            words++;
            wordsSinceComma++;
            end = wordEnd;
            k = wordEnd;
        }

        if (wordsSinceComma == 0 || !secure || words < 2 || words > MaxLowerCaseNameWords)
        {
            return null;
        }

        return new Item(ModelName.Clean(text.AsSpan(start, end - start)), null, start, end);
    }

    private static int CountWords(string text, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            if (Words.IsWordChar(text[k]) && Words.IsWordStart(text, k))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether the item from <paramref name="start"/> runs to a <c>;</c> before any comma or sentence end, within
    /// <see cref="MaxSemicolonItemWords"/> words: such an item may be long (<c>Tổ tự quản … giữa các thôn giáp ranh …;</c>).
    /// </summary>
    private static bool EndsAtSemicolon(string text, int start)
    {
        var limit = Math.Min(text.Length, start + (MaxSemicolonItemWords * 12));
        for (var k = start; k < limit; k++)
        {
            switch (text[k])
            {
                case ';':
                    return true;
                case ',' or '\n' or ':' or '…' or '!' or '?' or '(':
                    return false;
                case '.' when k + 1 >= text.Length || !Words.IsWordChar(text[k + 1]):
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a two-item lower-case list is plainly a list of models: every item reads as an initiative, and the
    /// list is left open (<c>dòng họ Võ Đại, dòng họ Trần, …</c>, <c>v.v.</c>) or an item holds a proper name (<c>cụm An
    /// ninh liên hoàn</c>).
    /// </summary>
    private static bool IsOpenEnded(string text, int end, ModelCues cues, string key, List<Item> items)
    {
        if (!items.All(i => LooksLikeInitiative(text, key, cues, i.Start, i.End)))
        {
            return false;
        }

        var k = Words.SkipSpaces(text, end);
        if (k < text.Length && text[k] == ',')
        {
            k = Words.SkipSpaces(text, k + 1);
        }

        var open = k < text.Length && (text[k] == '…' || text.AsSpan(k).StartsWith("...", StringComparison.Ordinal) || text.AsSpan(k).StartsWith("v.v", StringComparison.Ordinal));
        return open || items.Any(i => text.AsSpan(i.Start + 1, i.End - i.Start - 1).ContainsAny(UpperLetters));
    }

    /// <summary>
    /// Reads a numeric model name right after the trigger: two small numbers joined by <c>-</c> or <c>+</c>
    /// (<c>1-4</c>, <c>1+5</c>; not a formation such as <c>4-2-3-1</c>), a number, <c>giúp</c> and a number (<c>5 giúp
    /// 1</c>), or a number and a topic word (<c>4 an toàn</c>). Returns null otherwise.
    /// </summary>
    private static Item? ReadNumericName(string text, string key, ModelCues cues, int start)
    {
        if (!IsSmallNumber(text, start, out var numberEnd))
        {
            return null;
        }

        if (numberEnd + 1 < text.Length && text[numberEnd] is '-' or '+' && IsSmallNumber(text, numberEnd + 1, out var secondEnd))
        {
            var more = secondEnd + 1 < text.Length && text[secondEnd] is '-' or '+' or ':' or '/' or '.' or ',' && Words.IsDigit(text[secondEnd + 1]);
            return more ? null : new Item(text[start..secondEnd], null, start, secondEnd);
        }

        var word = Words.SkipSpaces(text, numberEnd);
        if (word == numberEnd || word >= text.Length || !Words.IsWordChar(text[word]) || Words.IsDigit(text[word]))
        {
            return null;
        }

        var wordEnd = Words.WordEnd(text, word);
        var helped = Words.SkipSpaces(text, wordEnd);
        if (key.AsSpan(word, wordEnd - word).SequenceEqual("giúp") && helped > wordEnd && IsSmallNumber(text, helped, out var helpedEnd))
        {
            return new Item(ModelName.Clean(text.AsSpan(start, helpedEnd - start)), null, start, helpedEnd);
        }

        return cues[ModelCue.Topic].TryMatchAt(text, key, word, out var topicEnd, out _)
            ? new Item(ModelName.Clean(text.AsSpan(start, topicEnd - start)), null, start, topicEnd)
            : null;
    }

    /// <summary>Whether one or two digits standing as a word start at <paramref name="start"/> (<c>1</c>, <c>12</c>; not <c>2019</c> or <c>1.007</c>).</summary>
    private static bool IsSmallNumber(string text, int start, out int end)
    {
        end = start;
        while (end < text.Length && Words.IsDigit(text[end]))
        {
            end++;
        }

        return end - start is 1 or 2 && (start == 0 || !Words.IsWordChar(text[start - 1])) && (end >= text.Length || !Words.IsWordChar(text[end]))
            && !(end + 1 < text.Length && text[end] is '.' or ',' && Words.IsDigit(text[end + 1]));
    }

    /// <summary>A model named by its abbreviation right after the trigger (<c>mô hình TLGTQ</c>): an <c>abbreviation</c> row.</summary>
    private static Item? ReadAbbreviatedName(string text, ModelCues cues, int start)
    {
        if (!Words.IsUpper(text[start]))
        {
            return null;
        }

        var end = Words.WordEnd(text, start);
        return cues.Abbreviations.ContainsKey(text[start..end]) ? new Item(text[start..end], null, start, end) : null;
    }

    /// <summary>Whether the comma at <paramref name="comma"/> sits inside a <c>pair</c> phrase (<c>phòng cháy, chữa cháy</c>).</summary>
    private static bool IsPairComma(string text, string key, ModelCues cues, int comma)
    {
        var start = comma;
        for (var n = 0; n < 2; n++)
        {
            start = WordStartBack(text, Words.SkipSpacesBack(text, start));
            if (start < comma && cues[ModelCue.Pair].TryMatchAt(text, key, start, out var pairEnd, out _) && pairEnd > comma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from the name-stop at <paramref name="start"/> to <paramref name="end"/> name no place: all
    /// lower case and no number (<c>tại khu dân cư</c>, <c>do cựu chiến binh làm nòng cốt</c>; not <c>tại thôn 3</c> or
    /// <c>tại Khu công nghiệp Yên Phong</c>).
    /// </summary>
    private static bool IsGenericTail(string text, int start, int end)
    {
        var k = start;
        while (k < end)
        {
            var c = text[k];
            if (Words.IsUpper(c) || Words.IsDigit(c))
            {
                return false;
            }

            k++;
        }

        return true;
    }

    /// <summary>Whether a head noun (<c>Zalo</c>, <c>Tổ</c>) starts at the word <paramref name="index"/>, in any case.</summary>
    private static bool IsHeadWord(string text, string key, ModelCues cues, int index) =>
        Words.IsWordChar(text[index]) && Words.IsWordStart(text, index) && cues[ModelCue.Head].TryMatchAt(text, key, index, out _, out _);

    /// <summary>
    /// Whether an unquoted capitalised name may start at <paramref name="index"/>: written in sentence case (the
    /// second word lower case or an abbreviation: <c>Camera giám sát</c>, <c>Tổ ANTT</c>, not <c>Galaxy S8</c> or
    /// <c>Hòa Phát</c>), and not opening with an abbreviation, a level word, a province or a function word.
    /// </summary>
    private static bool IsNameStart(string text, string key, ModelCues cues, int index)
    {
        var wordEnd = Words.WordEnd(text, index);
        if (Words.IsAllCaps(text.AsSpan(index, wordEnd - index))
            || AdministrativeLevels.Matcher.TryMatchAt(text, key, index, out _, out _)
            || ProvinceLexicon.Matcher.TryMatchAt(text, key, index, out _, out _)
            || cues[ModelCue.Clause].TryMatchAt(text, key, index, out _, out _)
            || cues[ModelCue.NameStop].TryMatchAt(text, key, index, out _, out _))
        {
            return false;
        }

        var second = wordEnd < text.Length && text[wordEnd] == ' ' ? wordEnd + 1 : -1;
        if (second < 0 || second >= text.Length || !Words.IsWordChar(text[second]))
        {
            return false;
        }

        var secondEnd = Words.WordEnd(text, second);
        return Words.IsLower(text[second]) || Words.IsAllCaps(text.AsSpan(second, secondEnd - second));
    }

    /// <summary>Looks for a list introducer in the same sentence, within a few words after the trigger.</summary>
    private static bool FindIntroducer(string text, string key, ModelCues cues, int from, out int introEnd, out bool colon, out int gapWords)
    {
        var words = 0;
        var k = from;
        while (k < text.Length && words <= MaxGapWords)
        {
            var c = text[k];
            if (c == ':')
            {
                // "các mô hình: …", "các mô hình tiêu biểu: …"; a colon further on introduces something else.
                if (words > MaxColonGapWords)
                {
                    break;
                }

                introEnd = k + 1;
                colon = true;
                gapWords = words;
                return true;
            }

            if (c is ';' or '!' or '?' or '\n' or '…' || (c == '.' && IsSentenceDot(text, key, k)))
            {
                break;
            }

            if (!Words.IsWordChar(c))
            {
                k++;
                continue;
            }

            var wordEnd = Words.WordEnd(text, k);
            if (cues[ModelCue.CoTrigger].TryMatchAt(text, key, k, out var coEnd, out _))
            {
                // "Các mô hình, cách làm sáng tạo như …": the list is announced by both words.
                k = coEnd;
                continue;
            }

            if (cues[ModelCue.NotIntroducer].TryMatchAt(text, key, k, out var skipEnd, out _))
            {
                k = skipEnd;
                words++;
                continue;
            }

            if (cues[ModelCue.Introducer].TryMatchAt(text, key, k, out introEnd, out colon))
            {
                gapWords = words;
                return true;
            }

            if (cues[ModelCue.Trigger].TryMatchAt(text, key, k, out _, out _))
            {
                break;
            }

            words++;
            k = wordEnd;
        }

        introEnd = from;
        colon = false;
        gapWords = words;
        return false;
    }

    /// <summary>
    /// Looks for an introducer (<c>Tiêu biểu như:</c>) opening one of the next two sentences of the same block, within a
    /// few hundred characters and before any other trigger.
    /// </summary>
    private static bool FindNextSentenceIntroducer(string text, string key, ModelCues cues, int from, out int introEnd, out bool colon)
    {
        var limit = Math.Min(text.Length, from + MaxNextSentenceChars);
        var sentences = 0;
        for (var k = from; k < limit; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                break;
            }

            if (Words.IsWordChar(c) && Words.IsWordStart(text, k) && cues[ModelCue.Trigger].TryMatchAt(text, key, k, out _, out _))
            {
                break;
            }

            if (c is '.' or '!' or '?' && IsSentenceDot(text, key, k))
            {
                var next = Words.SkipSpaces(text, k + 1);
                if (next < text.Length && cues[ModelCue.NextIntroducer].TryMatchAt(text, key, next, out introEnd, out colon))
                {
                    return true;
                }

                if (++sentences == 2)
                {
                    break;
                }
            }
        }

        introEnd = from;
        colon = false;
        return false;
    }

    /// <summary>
    /// Reads a quoted list written just before the trigger and joined to it by <c>là</c>, <c>là những</c>, …
    /// (<c>“A”, “B” và “C” là những mô hình</c>), right to left.
    /// </summary>
    private static void ReadQuotedListBefore(string text, string key, ModelCues cues, int trigger, List<Item> items)
    {
        var k = Words.SkipSpacesBack(text, trigger);
        if (!cues[ModelCue.Before].TryMatchLongest(key, k, out var joint, text, floor: 1))
        {
            return;
        }

        k = Words.SkipSpacesBack(text, joint.Start);
        var found = new List<Item>();
        while (found.Count < MaxItems && k > 0 && (IsCloseQuote(text[k - 1]) || text[k - 1] == '"'))
        {
            var close = k - 1;
            var open = FindOpenQuoteBack(text, close);
            if (open < 0)
            {
                break;
            }

            var name = ModelName.Clean(text.AsSpan(open + 1, close - open - 1));
            if (HasLetter(name))
            {
                found.Add(new Item(name, null, open, close + 1));
            }

            k = Words.SkipSpacesBack(text, open);
            if (k > 0 && text[k - 1] is ',' or ';')
            {
                k = Words.SkipSpacesBack(text, k - 1);
            }
            else if (Words.IsWordAt(text, key, k - 2, Words.And))
            {
                k = Words.SkipSpacesBack(text, k - 2);
            }
            else
            {
                break;
            }
        }

        found.Reverse();
        items.AddRange(found);
    }

    /// <summary>The opening quote for the closing quote at <paramref name="close"/>, on the same line and not too far; -1 if none.</summary>
    private static int FindOpenQuoteBack(string text, int close)
    {
        var limit = Math.Max(0, close - MaxQuotedChars);
        for (var k = close - 1; k >= limit; k--)
        {
            var c = text[k];
            if (c == '\n' || (c == '”' && text[close] == '”'))
            {
                return -1;
            }

            if (c is '“' or '"' or '‘' or '«' || (c == '\'' && text[close] is '\'' or '’'))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Reads <c>“A” (place), “B”; “C” và “D”</c> from <paramref name="start"/> (an opening quote).</summary>
    private static int ReadQuotedList(string text, string key, int start, List<Item> items)
    {
        var k = start;
        var end = start;
        while (items.Count < MaxItems && k < text.Length && IsOpenQuote(text[k]))
        {
            var close = FindCloseQuote(text, k);
            if (close < 0)
            {
                break;
            }

            var name = ModelName.Clean(text.AsSpan(k + 1, close - k - 1));
            end = close + 1;
            var next = Words.SkipSpaces(text, end);
            var location = ReadBracket(text, next, out var afterBracket);
            if (location is not null)
            {
                next = Words.SkipSpaces(text, afterBracket);
                end = afterBracket;
            }
            else if (SkipAbbreviationBracket(text, next) is var afterAbbreviation && afterAbbreviation > next)
            {
                // “Dòng họ tự quản” (DHTQ); “B”: the bracket announces an abbreviation.
                next = Words.SkipSpaces(text, afterAbbreviation);
                end = afterAbbreviation;
            }

            if (location is null && ReadPlaceTail(text, key, next, out var placeEnd) is { } place)
            {
                // “A” ở xã Quảng Lộc, “B” tại phường …: the place after ở/tại is the model's.
                location = place;
                end = placeEnd;
                next = Words.SkipSpaces(text, placeEnd);
            }

            if (HasLetter(name))
            {
                items.Add(new Item(name, location, k, close + 1));
            }

            if (next < text.Length && IsOpenQuote(text[next]) && text[next] != '\'')
            {
                // “A” “B”: two quoted names with the separator left out.
                k = next;
                continue;
            }

            if (next < text.Length && text[next] is not (',' or ';') && !IsAnd(text, key, next))
            {
                // “A” của Hội Phụ nữ, “B” của Đoàn Thanh niên: a short tail before the next quoted item.
                next = SkipTailBeforeQuote(text, next);
            }

            if (next < text.Length && text[next] is ',' or ';')
            {
                next = Words.SkipSpaces(text, next + 1);
            }
            else if (!IsAnd(text, key, next))
            {
                break;
            }

            if (IsAnd(text, key, next))
            {
                next = Words.SkipSpaces(text, next + 2);
            }

            if (next < text.Length && Words.IsUpper(text[next]) && FindUnopenedClose(text, next) is var unopened and > 0)
            {
                // “A”, B”: an item whose opening quote was left out, closed before any separator.
                var bare = ModelName.Clean(text.AsSpan(next, unopened - next));
                items.Add(new Item(bare, null, next, unopened + 1));
                end = unopened + 1;
                next = Words.SkipSpaces(text, end);
                if (next >= text.Length || text[next] is not (',' or ';'))
                {
                    break;
                }

                next = Words.SkipSpaces(text, next + 1);
            }

            k = next;
        }

        return end;
    }

    /// <summary>
    /// A closing quote after at least two words from <paramref name="start"/>, with no separator, bracket or other
    /// quote before it on the line (<c>Đội cán sự xã hội tình nguyện về an ninh trật tự"</c>); -1 if none.
    /// </summary>
    private static int FindUnopenedClose(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxQuotedChars);
        var words = 0;
        for (var k = start; k < limit; k++)
        {
            var c = text[k];
            if (c is '”' or '"')
            {
                return words >= 2 ? k : -1;
            }

            if (c is ',' or ';' or ':' or '(' or '\n' or '.' or '…' || IsOpenQuote(c))
            {
                return -1;
            }

            if (c == ' ')
            {
                words++;
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a place after a quoted item: <c>ở</c> or <c>tại</c>, then a level word and a name (<c>ở xã Quảng Lộc</c>,
    /// <c>tại phường Đông Hải 1, TP. Thanh Hóa</c>), up to the separator before the next quoted item or the sentence end.
    /// Returns the place without <c>ở</c>/<c>tại</c>, or null.
    /// </summary>
    private static string? ReadPlaceTail(string text, string key, int index, out int placeEnd)
    {
        placeEnd = index;
        if (index + 3 > text.Length || !Words.IsWordChar(text[index]))
        {
            return null;
        }

        var wordEnd = Words.WordEnd(text, index);
        var word = key.AsSpan(index, wordEnd - index);
        if (!(word.SequenceEqual("ở") || word.SequenceEqual("tại")))
        {
            return null;
        }

        var level = Words.SkipSpaces(text, wordEnd);
        if (!AdministrativeLevels.Matcher.TryMatchAt(text, key, level, out var levelEnd, out _)
            || Words.ReadProperName(text, Words.SkipSpaces(text, levelEnd), 5, allowNumber: true) <= Words.SkipSpaces(text, levelEnd))
        {
            return null;
        }

        var limit = Math.Min(text.Length, level + MaxBracketChars);
        var k = level;
        while (k < limit)
        {
            var c = text[k];
            if (c is '\n' or '…' or '(' or ')' || IsOpenQuote(c) || IsCloseQuote(c) || (c is '.' or '!' or '?' && IsSentenceDot(text, key, k)))
            {
                break;
            }

            if (c == ';' || IsAnd(text, key, k))
            {
                break;
            }

            if (c == ',')
            {
                // "tại phường Đông Hải, TP. Thanh Hóa" goes on; ", “B”" or ", góp phần" ends the place.
                var after = Words.SkipSpaces(text, k + 1);
                if (after >= text.Length || !Words.IsUpper(text[after]))
                {
                    break;
                }
            }

            k++;
        }

        var end = Words.SkipSpacesBack(text, k);
        while (end > level && text[end - 1] is ',' or '.')
        {
            end--;
        }

        placeEnd = end;
        return ModelName.Clean(text.AsSpan(level, end - level));
    }

    /// <summary>
    /// Skips a few words after a quoted item when a separator and another quoted item follow them; returns
    /// <paramref name="start"/> otherwise.
    /// </summary>
    private static int SkipTailBeforeQuote(string text, int start)
    {
        var words = 0;
        var k = start;
        while (k < text.Length && words <= MaxTailWords)
        {
            var c = text[k];
            if (c is ',' or ';')
            {
                var next = Words.SkipSpaces(text, k + 1);
                return next < text.Length && IsOpenQuote(text[next]) ? k : start;
            }

            if (!Words.IsWordChar(c) && c is not (' ' or '-' or '.'))
            {
                return start;
            }

            if (c == '.' && (k + 1 >= text.Length || !Words.IsWordChar(text[k + 1])) && !(k + 2 < text.Length && text[k + 1] == ' ' && Words.IsUpper(text[k + 2]) && k > 0 && Words.IsUpper(text[k - 1])))
            {
                return start;
            }

            if (Words.IsWordChar(c))
            {
                var wordEnd = Words.WordEnd(text, k);
                if (Words.IsAnd(text.AsSpan(k, wordEnd - k)))
                {
                    var next = Words.SkipSpaces(text, wordEnd);
                    if (next < text.Length && IsOpenQuote(text[next]))
                    {
                        return k;
                    }
                }

                words++;
                k = wordEnd;
                continue;
            }

            k++;
        }

        return start;
    }

    /// <summary>
    /// Reads unquoted items from <paramref name="start"/>. Items are separated by commas, or by semicolons when the
    /// first separator is one (<c>như: Tổ A; Tổ B.</c>); <c>và</c> also separates. A list ends at <c>;</c> after comma
    /// separators, at a sentence end, <c>…</c>, <c>:</c>, a clause word (<c>đã</c>, <c>góp phần</c>), a number, a place
    /// or a person, or an item of more than a few words. A name-stop word (<c>tại</c>, <c>của</c>) ends the name but
    /// not the item; a quoted part stays in the item (<c>CLB “Gia đình không có tội phạm”</c>) and a quoted item is
    /// read as one.
    /// </summary>
    private static int ReadUnquotedList(string text, string key, ModelCues cues, int start, ListRules rules, List<Item> items) =>
        new UnquotedList(text, key, cues, start, rules, items).Read();

    /// <summary>
    /// Reads a list written one item a line after a colon that closes its line: each line opens with a bullet
    /// (<c>-</c>, <c>–</c>, <c>+</c>, <c>•</c>) and holds a quoted name (with an optional bracketed place) or an unquoted
    /// one; the list ends at the first line without a bullet. <paramref name="start"/> is the line break after the colon.
    /// </summary>
    private static int ReadDashList(string text, string key, ModelCues cues, int start, List<Item> items)
    {
        var limit = Math.Min(text.Length, start + MaxListChars);
        var first = items.Count;
        var end = start;
        var k = start;
        while (k < limit && text[k] == '\n' && items.Count - first < MaxItems)
        {
            var bullet = Words.SkipSpaces(text, k + 1);
            if (bullet + 1 >= text.Length || text[bullet] is not ('-' or '–' or '+' or '•') || text[bullet + 1] != ' ')
            {
                break;
            }

            var itemStart = Words.SkipSpaces(text, bullet + 1);
            var count = items.Count;
            if (itemStart < text.Length && IsOpenQuote(text[itemStart]))
            {
                var close = FindCloseQuote(text, itemStart);
                if (close < 0)
                {
                    break;
                }

                var name = ModelName.Clean(text.AsSpan(itemStart + 1, close - itemStart - 1));
                var location = ReadBracket(text, Words.SkipSpaces(text, close + 1), out _);
                if (HasLetter(name))
                {
                    items.Add(new Item(name, location, itemStart, close + 1));
                }
            }
            else
            {
                ReadUnquotedList(text, key, cues, itemStart, new ListRules(CapitalFirst: false, CapitalAll: false, MaxItems: 1), items);
            }

            if (items.Count == count)
            {
                break;
            }

            var lineEnd = text.IndexOf('\n', itemStart);
            k = lineEnd < 0 ? text.Length : lineEnd;
            end = k;
        }

        KeepInitiatives(text, key, cues, items, first);
        return items.Count > first ? end : start;
    }

    /// <summary>
    /// Drops the unquoted items read from <paramref name="first"/> on unless at least half of them look like grassroots
    /// initiatives (<see cref="LooksLikeInitiative"/>); quoted items count as initiatives.
    /// </summary>
    private static void KeepInitiatives(string text, string key, ModelCues cues, List<Item> items, int first = 0)
    {
        var count = items.Count - first;
        if (count <= 0)
        {
            return;
        }

        var initiatives = 0;
        for (var i = first; i < items.Count; i++)
        {
            var item = items[i];
            if (IsOpenQuote(text[item.Start]) || LooksLikeInitiative(text, key, cues, item.Start, item.End))
            {
                initiatives++;
            }
        }

        if (initiatives * 2 < count)
        {
            items.RemoveRange(first, count);
        }
    }

    /// <summary>
    /// Whether the unquoted name in [<paramref name="start"/>, <paramref name="end"/>) opens with an initiative head noun
    /// (<c>Tổ</c>, <c>Đội</c>, <c>CLB</c>, <c>Camera</c>) or holds a security or self-management word (<c>an ninh</c>,
    /// <c>tự quản</c>, <c>phòng chống</c>): <c>Tổ hòa giải ở cơ sở</c>, <c>tiếng kẻng an ninh</c>; not <c>Tập đoàn
    /// Viettel</c>, <c>Đại học hiện đại</c> or <c>Công an xã chính quy</c>.
    /// </summary>
    private static bool LooksLikeInitiative(string text, string key, ModelCues cues, int start, int end)
    {
        if (cues[ModelCue.Head].TryMatchAt(text, key, start, out var headEnd, out _) && headEnd <= end)
        {
            return true;
        }

        var k = start;
        while (k < end)
        {
            if (!Words.IsWordChar(text[k]))
            {
                k++;
                continue;
            }

            var wordEnd = Words.WordEnd(text, k);
            if (cues[ModelCue.Topic].TryMatchAt(text, key, k, out var topicEnd, out _) && topicEnd <= end)
            {
                return true;
            }

            k = wordEnd;
        }

        return false;
    }

    /// <summary>Whether an unquoted item is a province (<c>như Quảng Ninh, Tuyên Quang</c>) or a person (<c>gồm Nguyễn Đắc Kha, …</c>).</summary>
    private static bool IsPlaceOrPerson(string text, string key, int start, int end) =>
        (ProvinceLexicon.Matcher.TryMatchAt(text, key, start, out var provinceEnd, out _) && provinceEnd == end)
        || (Words.ReadProperName(text, start, 5) == end && PlaceNames.LooksLikePerson(text, key, start, end));

    /// <summary>Reads <c>(…)</c> at <paramref name="index"/>: the trimmed content when it names something (holds a capital).</summary>
    private static string? ReadBracket(string text, int index, out int after)
    {
        after = index;
        if (index >= text.Length || text[index] != '(')
        {
            return null;
        }

        var limit = Math.Min(text.Length, index + MaxBracketChars);
        for (var k = index + 1; k < limit; k++)
        {
            var c = text[k];
            if (c is '(' or '\n')
            {
                return null;
            }

            if (c == ')')
            {
                var content = ModelName.Clean(text.AsSpan(index + 1, k - index - 1));
                if (content.Length == 0 || !content.Any(Words.IsUpper) || IsAbbreviation(content))
                {
                    // "(ANTT)" announces an abbreviation of the words before it; it is not a place.
                    return null;
                }

                after = k + 1;
                return content;
            }
        }

        return null;
    }

    /// <summary>The index after <c>(ANTT)</c> at <paramref name="index"/>; <paramref name="index"/> when no such bracket is there.</summary>
    private static int SkipAbbreviationBracket(string text, int index)
    {
        if (index >= text.Length || text[index] != '(')
        {
            return index;
        }

        var close = text.IndexOf(')', index + 1, Math.Min(text.Length - index - 1, 20));
        return close > index && IsAbbreviation(text[(index + 1)..close].Trim()) ? close + 1 : index;
    }

    /// <summary>Whether a bracket holds one all-capitals word and nothing else (<c>ANTT</c>, <c>TLGTQ</c>).</summary>
    private static bool IsAbbreviation(string content) =>
        content.Length >= 2 && Words.IsAllCaps(content) && content.All(c => Words.IsWordChar(c));

    private static void Add(ExtractionContext context, ModelCues cues, HashSet<string> seen, Item item)
    {
        if (item.Name.Length == 0 || cues.IsNotModel(item.Name) || IsQuotedTerm(context, cues, item)
            || !seen.Add(ModelName.IdentityKey(item.Name)))
        {
            return;
        }

        var span = SourceSpan.FromBounds(item.Start, item.End);
        context.Models.Add(new GrassrootsModel { Name = item.Name, Location = item.Location, Text = context.Text[item.Start..item.End], Span = span });
    }

    /// <summary>
    /// Whether a quoted item is a term rather than a name: initiatives are named in sentence case (<c>“Camera an
    /// ninh”</c>), so a quoted phrase in lower case is a concept (<c>mô hình “một cửa”</c>, <c>“xanh bền vững”</c>,
    /// <c>“flexible time”</c>) unless it reads as an initiative (<c>“tổ liên gia tự quản”</c>).
    /// </summary>
    private static bool IsQuotedTerm(ExtractionContext context, ModelCues cues, Item item)
    {
        var text = context.Text;
        if (!IsOpenQuote(text[item.Start]) || !Words.IsLower(item.Name[0]))
        {
            return false;
        }

        var start = Words.SkipSpaces(text, item.Start + 1);
        return !LooksLikeInitiative(text, context.MatchingKey, cues, start, item.End);
    }

    private static bool IsAnd(string text, string key, int index) =>
        Words.IsWordAt(text, key, index, Words.And);

    /// <summary>
    /// Whether the dot at <paramref name="index"/> ends a sentence: not inside a number or a word (<c>1.007</c>,
    /// <c>TP.HCM</c>), not after a level abbreviation (<c>TP. Đồng Hới</c>, <c>TX. Ba Đồn</c>) or an initial.
    /// </summary>
    private static bool IsSentenceDot(string text, string key, int index)
    {
        if (index + 1 < text.Length && Words.IsWordChar(text[index + 1]))
        {
            return false;
        }

        var s = index;
        while (s > 0 && Words.IsWordChar(text[s - 1]))
        {
            s--;
        }

        if (index - s == 1 && Words.IsUpper(text[s]))
        {
            return false;
        }

        return !(AdministrativeLevels.Matcher.TryMatchAt(text, key, s, out var levelEnd, out _) && levelEnd == index + 1);
    }

    private static bool HasLetter(string name)
    {
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpenQuote(char c) => c is '“' or '"' or '\'' or '‘' or '«';

    private static bool IsCloseQuote(char c) => c is '”' or '’' or '»';

    /// <summary>The closing quote for the opening quote at <paramref name="open"/>, on the same line and not too far; -1 if none.</summary>
    private static int FindCloseQuote(string text, int open)
    {
        var limit = Math.Min(text.Length, open + 1 + MaxQuotedChars);
        var opener = text[open];
        for (var k = open + 1; k < limit; k++)
        {
            var c = text[k];
            if (c == '\n' || (c == opener && opener == '“'))
            {
                return -1;
            }

            var closes = opener switch
            {
                '“' or '"' => c is '”' or '"',
                '\'' or '‘' => c is '’' or '\'',
                _ => c == '»',
            };
            if (closes)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Why reading the words of an unquoted item stopped.</summary>
    private enum ItemStop
    {
        /// <summary>Still reading.</summary>
        None,

        /// <summary>At a separator (<c>,</c>, <c>;</c>, <c>(</c>): the next item may follow.</summary>
        Separator,

        /// <summary>At <c>và</c>: the next item follows it.</summary>
        And,

        /// <summary>At the end of the list (a sentence end, a clause, a number after the name); the item counts.</summary>
        EndList,

        /// <summary>The item is no name (a count, too many words): the list ends before it.</summary>
        Abort,
    }

    /// <summary>
    /// Reads unquoted list items separated by commas (or semicolons, or <c>và</c>) after an introducer, one rule a
    /// method: where an item starts, the punctuation and the words inside it, where its name ends, the separator after
    /// it. The list stops at its first item that is no name.
    /// </summary>
    private sealed class UnquotedList(string text, string key, ModelCues cues, int start, ListRules rules, List<Item> items)
    {
        private readonly int _limit = Math.Min(text.Length, start + MaxListChars);
        private readonly int _first = items.Count;
        private char _separator;
        private int _end = start;

        /// <summary>Reads the list into the items; returns the end of the last item read.</summary>
        public int Read()
        {
            var k = _end;
            while (items.Count - _first < rules.MaxItems)
            {
                var itemStart = Words.SkipSpaces(text, k);
                if (itemStart >= _limit || !TryReadItem(itemStart, out k))
                {
                    break;
                }
            }

            return _end;
        }

        /// <summary>Reads one item; <paramref name="next"/> is where the next one may start.</summary>
        private bool TryReadItem(int itemStart, out int next)
        {
            next = -1;
            var longItem = _separator == ';' || EndsAtSemicolon(text, itemStart);
            int m;
            if (IsOpenQuote(text[itemStart]) && items.Count > _first)
            {
                if (!ReadQuotedItem(itemStart, out m))
                {
                    return false;
                }
            }
            else if (!ReadPlainItem(itemStart, longItem, out m, out var afterAnd))
            {
                return false;
            }
            else if (afterAnd >= 0)
            {
                next = afterAnd;
                return true;
            }

            return TryReadSeparator(m, out next);
        }

        /// <summary>A quoted item inside an unquoted list, with an optional place in brackets after it.</summary>
        private bool ReadQuotedItem(int itemStart, out int m)
        {
            m = itemStart;
            var close = FindCloseQuote(text, itemStart);
            if (close < 0)
            {
                return false;
            }

            var quoted = ModelName.Clean(text.AsSpan(itemStart + 1, close - itemStart - 1));
            m = close + 1;
            var bracket = ReadBracket(text, Words.SkipSpaces(text, m), out var afterQuotedBracket);
            if (bracket is not null)
            {
                m = afterQuotedBracket;
            }

            if (HasLetter(quoted))
            {
                items.Add(new Item(quoted, bracket, itemStart, close + 1));
            }

            _end = m;
            return true;
        }

        /// <summary>An unquoted item; false when the list ends with or before it.</summary>
        private bool ReadPlainItem(int itemStart, bool longItem, out int m, out int afterAnd)
        {
            m = itemStart;
            afterAnd = -1;
            if (!TryStartPlainItem(ref itemStart))
            {
                return false;
            }

            var scan = new ItemScan { M = itemStart, NameEnd = -1 };
            while (scan.M < _limit && scan.Stop == ItemStop.None)
            {
                if (Words.IsWordChar(text[scan.M]))
                {
                    ReadItemWord(ref scan, longItem);
                }
                else
                {
                    ReadItemPunctuation(ref scan);
                }
            }

            if (scan.Stop == ItemStop.Abort)
            {
                return false;
            }

            m = scan.M;
            var endList = scan.Stop == ItemStop.EndList || m >= _limit;
            if (!AddPlainItem(itemStart, ref scan))
            {
                return false;
            }

            m = scan.M;
            afterAnd = scan.Stop == ItemStop.And ? scan.AfterAnd : -1;
            return !endList;
        }

        /// <summary>Whether an unquoted item may start here; moves past a leading trigger (<c>như: mô hình A, mô hình B</c>).</summary>
        private bool TryStartPlainItem(ref int itemStart)
        {
            if (!Words.IsWordChar(text[itemStart]) || Words.IsDigit(text[itemStart]))
            {
                return false;
            }

            if ((rules.CapitalAll || (rules.CapitalFirst && items.Count == _first)) && !Words.IsUpper(text[itemStart]))
            {
                return false;
            }

            if (cues[ModelCue.Trigger].TryMatchAt(text, key, itemStart, out var triggerEnd, out _))
            {
                itemStart = Words.SkipSpaces(text, triggerEnd);
                if (itemStart >= _limit || !Words.IsWordChar(text[itemStart]))
                {
                    return false;
                }
            }

            // A list of places (xã A, xã B) is not a list of models.
            return !(AdministrativeLevels.Matcher.TryMatchAt(text, key, itemStart, out var levelEnd, out _)
                && Words.ReadProperName(text, Words.SkipSpaces(text, levelEnd), 5, allowNumber: true) > Words.SkipSpaces(text, levelEnd));
        }

        /// <summary>A punctuation mark inside an item: a pair comma, a separator, the list's end, a quoted word.</summary>
        private void ReadItemPunctuation(ref ItemScan scan)
        {
            var m = scan.M;
            var c = text[m];
            if (c == ',' && scan.Words > 0 && IsPairComma(text, key, cues, m))
            {
                // "tuyên truyền phòng cháy, chữa cháy": the comma inside a fixed pair separates nothing.
                scan.M++;
            }
            else if (c == '(' || (c == ',' && _separator != ';'))
            {
                _separator = _separator == '\0' && c == ',' ? ',' : _separator;
                scan.Stop = ItemStop.Separator;
            }
            else if (c == ';')
            {
                scan.Stop = _separator == ',' ? ItemStop.EndList : ItemStop.Separator;
                _separator = ';';
            }
            else if (c is '\n' or '…' or '!' or '?' or ':' || IsCloseQuote(c)
                || (c == '.' && (m + 1 >= text.Length || text[m + 1] == '.' || IsSentenceDot(text, key, m))))
            {
                scan.Stop = ItemStop.EndList;
            }
            else if (IsOpenQuote(c))
            {
                var close = scan.Words > 0 ? FindCloseQuote(text, m) : -1;
                if (close < 0)
                {
                    scan.Stop = ItemStop.EndList;
                    return;
                }

                scan.M = close + 1;
                scan.Words++;
                scan.NameWords += scan.NameEnd < 0 ? 1 : 0;
            }
            else
            {
                scan.M++;
            }
        }

        /// <summary>A word inside an item: a clause or number ends it, <c>và</c> separates, a name-stop ends the name.</summary>
        private void ReadItemWord(ref ItemScan scan, bool longItem)
        {
            var m = scan.M;
            var wordEnd = Words.WordEnd(text, m);
            if (cues[ModelCue.Clause].TryMatchAt(text, key, m, out _, out _))
            {
                scan.Stop = ItemStop.EndList;
                return;
            }

            if (Words.IsDigit(text[m]))
            {
                // A number after the name, in its place (Tổ hòa giải tại thôn 3), ends the item and the list; counts
                // and product numbers (1.007 tổ, FE 250) are not part of a model's name.
                scan.Stop = scan.NameEnd >= 0 ? ItemStop.EndList : ItemStop.Abort;
                return;
            }

            if (scan.Words > 0 && Words.IsAnd(key.AsSpan(m, wordEnd - m)))
            {
                scan.AfterAnd = wordEnd;
                scan.Stop = ItemStop.And;
                return;
            }

            if (scan.NameEnd < 0 && scan.Words > 0 && cues[ModelCue.NameStop].TryMatchAt(text, key, m, out _, out _))
            {
                scan.NameEnd = m;
            }

            scan.Words++;
            scan.NameWords += scan.NameEnd < 0 ? 1 : 0;
            if (scan.Words > (longItem ? MaxSemicolonItemWords : MaxItemWords))
            {
                scan.Stop = ItemStop.Abort;
                return;
            }

            scan.M = wordEnd;
        }

        /// <summary>Adds the item read (its name up to a name-stop, a place in brackets after it); false when it is no name.</summary>
        private bool AddPlainItem(int itemStart, ref ItemScan scan)
        {
            var m = scan.M;
            if (scan.NameEnd >= 0 && _separator == ';' && IsGenericTail(text, scan.NameEnd, m))
            {
                // "tổ an ninh do cựu chiến binh làm nòng cốt tại khu dân cư;": an item read up to its ";" keeps
                // a tail that names no place.
                scan.NameEnd = -1;
                scan.NameWords = scan.Words;
            }

            var itemEnd = Words.SkipSpacesBack(text, scan.NameEnd >= 0 ? scan.NameEnd : m);
            while (itemEnd > itemStart && text[itemEnd - 1] is ',' or ';' or '.')
            {
                itemEnd--;
            }

            if (scan.NameWords < 2 || itemEnd <= itemStart || IsPlaceOrPerson(text, key, itemStart, itemEnd))
            {
                return false;
            }

            var location = ReadBracket(text, m, out var afterBracket);
            if (location is not null)
            {
                scan.M = afterBracket;
            }

            items.Add(new Item(ModelName.Clean(text.AsSpan(itemStart, itemEnd - itemStart)), location, itemStart, itemEnd));
            _end = scan.M;
            return true;
        }

        /// <summary>The separator after an item (<c>,</c> or <c>;</c>, then an optional <c>và</c>); false when the list ends.</summary>
        private bool TryReadSeparator(int m, out int next)
        {
            next = -1;
            var sep = Words.SkipSpaces(text, m);
            if (sep >= text.Length || text[sep] is not (',' or ';') || (text[sep] == ';' && _separator == ','))
            {
                return false;
            }

            _separator = _separator == '\0' ? text[sep] : _separator;
            next = Words.SkipSpaces(text, sep + 1);
            if (IsAnd(text, key, next))
            {
                next += Words.And.Length;
            }

            return true;
        }
    }

    /// <summary>The state of reading one unquoted item's words.</summary>
    private struct ItemScan
    {
        public int M;
        public int NameEnd;
        public int NameWords;
        public int Words;
        public int AfterAnd;
        public ItemStop Stop;
    }

    private sealed record Item(string Name, string? Location, int Start, int End);

    /// <summary>How an unquoted list is read.</summary>
    /// <param name="CapitalFirst">The first item must be capitalised.</param>
    /// <param name="CapitalAll">Every item must be capitalised.</param>
    /// <param name="MaxItems">At most this many items.</param>
    private readonly record struct ListRules(bool CapitalFirst, bool CapitalAll, int MaxItems);
}

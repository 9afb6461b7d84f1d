using TextMining.Extraction.Locations;
using TextMining.Parsing;
using TextMining.Text;

namespace TextMining.Extraction.Models;

/// <summary>
/// Finds named grassroots models (<c>mô hình</c>). Anchored on the trigger word (found with a vectorised search of
/// the matching key), it reads, in this order:
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
    private const int MaxItemWords = 14;
    private const int MaxQuotedChars = 200;
    private const int MaxBracketChars = 150;
    private const int MaxListChars = 3000;
    private const int MaxItems = 40;

    public int Order => StageOrder.Models;

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var key = context.MatchingKey;
        var cues = ModelCues.Default;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<Item>();
        foreach (var trigger in cues.Triggers)
        {
            var consumedUntil = 0;
            var t = key.IndexOf(trigger, StringComparison.Ordinal);
            while (t >= 0)
            {
                var after = t + trigger.Length;
                if (t >= consumedUntil && WordScanner.IsWordStart(text, t) && WordScanner.IsWordEnd(text, after))
                {
                    items.Clear();
                    var end = ReadAfterTrigger(context, cues, t, after, items);
                    foreach (var item in items)
                    {
                        Add(context, cues, seen, item);
                    }

                    consumedUntil = Math.Max(end, after);
                }

                t = after < key.Length ? key.IndexOf(trigger, after, StringComparison.Ordinal) : -1;
            }
        }
    }

    /// <summary>Reads the models introduced by the trigger at <paramref name="t"/>; returns where reading stopped.</summary>
    private static int ReadAfterTrigger(ExtractionContext context, ModelCues cues, int t, int after, List<Item> items)
    {
        var text = context.Text;
        var key = context.MatchingKey;
        var j = WordScanner.SkipSpaces(text, after);
        if (j < text.Length && text[j] == ':')
        {
            j = WordScanner.SkipSpaces(text, j + 1);
        }

        if (j < text.Length && IsOpenQuote(text[j]))
        {
            var end = ReadQuotedList(text, key, j, items);
            if (items.Count > 0)
            {
                return end;
            }
        }

        if (j > after && cues.Anaphora.TryMatchAt(text, key, j, out _, out _))
        {
            return after;
        }

        if (j > after && j < text.Length && WordScanner.IsUpper(text[j]) && IsNameStart(text, key, cues, j))
        {
            var end = ReadUnquotedList(text, key, cues, j, capitalFirst: true, capitalAll: true, items);
            if (items.Count > 0)
            {
                return end;
            }
        }

        if (FindIntroducer(text, key, cues, after, out var introEnd, out var colon))
        {
            var k = WordScanner.SkipSpaces(text, introEnd);
            int end;
            if (k < text.Length && IsOpenQuote(text[k]))
            {
                end = ReadQuotedList(text, key, k, items);
            }
            else
            {
                end = ReadUnquotedList(text, key, cues, k, capitalFirst: !colon, capitalAll: false, items);
                if (items.Count < 2)
                {
                    items.Clear();
                }
            }

            if (items.Count > 0)
            {
                return end;
            }
        }

        if (j > after && context.BlockAt(t) is { Kind: ArticleBlockKind.Caption } block && block.Span.Start == t
            && WordScanner.IsWordChar(text[j]) && !cues.Unnamed.TryMatchAt(text, key, j, out _, out _))
        {
            var end = ReadUnquotedList(text, key, cues, j, capitalFirst: false, capitalAll: false, items, maxItems: 1);
            return end;
        }

        return after;
    }

    /// <summary>
    /// Whether an unquoted capitalised name may start at <paramref name="index"/>: written in sentence case (the
    /// second word lower case or an abbreviation: <c>Camera giám sát</c>, <c>Tổ ANTT</c>, not <c>Galaxy S8</c> or
    /// <c>Hòa Phát</c>), and not opening with an abbreviation, a level word, a province or a function word.
    /// </summary>
    private static bool IsNameStart(string text, string key, ModelCues cues, int index)
    {
        var wordEnd = WordScanner.WordEnd(text, index);
        if (WordScanner.IsAllCaps(text.AsSpan(index, wordEnd - index))
            || AdministrativeLevels.Matcher.TryMatch(text, key, index, wordEnd, out _, out _)
            || ProvinceLexicon.Matcher.TryMatch(text, key, index, wordEnd, out _, out _)
            || cues.Clauses.TryMatch(text, key, index, wordEnd, out _, out _)
            || cues.NameStops.TryMatch(text, key, index, wordEnd, out _, out _))
        {
            return false;
        }

        var second = wordEnd < text.Length && text[wordEnd] == ' ' ? wordEnd + 1 : -1;
        if (second < 0 || second >= text.Length || !WordScanner.IsWordChar(text[second]))
        {
            return false;
        }

        var secondEnd = WordScanner.WordEnd(text, second);
        return WordScanner.IsLower(text[second]) || WordScanner.IsAllCaps(text.AsSpan(second, secondEnd - second));
    }

    /// <summary>Looks for a list introducer in the same sentence, within a few words after the trigger.</summary>
    private static bool FindIntroducer(string text, string key, ModelCues cues, int from, out int introEnd, out bool colon)
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
                return true;
            }

            if (c is ';' or '!' or '?' or '\n' or '…' || (c == '.' && IsSentenceDot(text, k)))
            {
                break;
            }

            if (!WordScanner.IsWordChar(c))
            {
                k++;
                continue;
            }

            var wordEnd = WordScanner.WordEnd(text, k);
            if (cues.NotIntroducers.TryMatch(text, key, k, wordEnd, out var skipEnd, out _))
            {
                k = skipEnd;
                words++;
                continue;
            }

            if (cues.Introducers.TryMatch(text, key, k, wordEnd, out introEnd, out colon))
            {
                return true;
            }

            if (cues.TriggerMatcher.TryMatch(text, key, k, wordEnd, out _, out _))
            {
                break;
            }

            words++;
            k = wordEnd;
        }

        introEnd = from;
        colon = false;
        return false;
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
            var next = WordScanner.SkipSpaces(text, end);
            var location = ReadBracket(text, next, out var afterBracket);
            if (location is not null)
            {
                next = WordScanner.SkipSpaces(text, afterBracket);
                end = afterBracket;
            }

            if (HasLetter(name))
            {
                items.Add(new Item(name, location, k, close + 1));
            }

            if (next < text.Length && text[next] is ',' or ';')
            {
                next = WordScanner.SkipSpaces(text, next + 1);
            }
            else if (!IsAnd(text, key, next))
            {
                break;
            }

            if (IsAnd(text, key, next))
            {
                next = WordScanner.SkipSpaces(text, next + 2);
            }

            k = next;
        }

        return end;
    }

    /// <summary>
    /// Reads unquoted comma-separated items from <paramref name="start"/>. Each item ends at a comma or <c>và</c>
    /// (next item), at <c>;</c>, a sentence end, <c>…</c>, a quote or a clause word (end of list); a name-stop word
    /// (<c>tại</c>, <c>của</c>) ends the name but not the item. An item of more than a few words ends the list.
    /// </summary>
    private static int ReadUnquotedList(string text, string key, ModelCues cues, int start, bool capitalFirst, bool capitalAll, List<Item> items, int maxItems = MaxItems)
    {
        var limit = Math.Min(text.Length, start + MaxListChars);
        var k = start;
        var end = start;
        while (items.Count < maxItems)
        {
            var itemStart = WordScanner.SkipSpaces(text, k);
            if (itemStart >= limit || !WordScanner.IsWordChar(text[itemStart]) || WordScanner.IsDigit(text[itemStart]))
            {
                break;
            }

            if ((capitalAll || (capitalFirst && items.Count == 0)) && !WordScanner.IsUpper(text[itemStart]))
            {
                break;
            }

            // A list of places (xã A, xã B) is not a list of models.
            if (AdministrativeLevels.Matcher.TryMatchAt(text, key, itemStart, out var levelEnd, out _)
                && WordScanner.ReadProperName(text, WordScanner.SkipSpaces(text, levelEnd), 5, allowNumber: true) > WordScanner.SkipSpaces(text, levelEnd))
            {
                break;
            }

            // "như: mô hình A, mô hình B": the names are A and B.
            if (cues.TriggerMatcher.TryMatchAt(text, key, itemStart, out var triggerEnd, out _))
            {
                itemStart = WordScanner.SkipSpaces(text, triggerEnd);
                if (itemStart >= limit || !WordScanner.IsWordChar(text[itemStart]))
                {
                    break;
                }
            }

            var m = itemStart;
            var nameEnd = -1;
            var nameWords = 0;
            var words = 0;
            var endList = false;
            var nextAfterAnd = -1;
            while (m < limit)
            {
                var c = text[m];
                if (c is ',' or '(')
                {
                    break;
                }

                if (c is ';' or '\n' or '…' or '!' or '?' or ':' || IsOpenQuote(c) || IsCloseQuote(c)
                    || (c == '.' && (m + 1 >= text.Length || text[m + 1] == '.' || IsSentenceDot(text, m))))
                {
                    endList = true;
                    break;
                }

                if (!WordScanner.IsWordChar(c))
                {
                    m++;
                    continue;
                }

                var wordEnd = WordScanner.WordEnd(text, m);
                if (cues.Clauses.TryMatch(text, key, m, wordEnd, out _, out _))
                {
                    endList = true;
                    break;
                }

                if (WordScanner.IsDigit(text[m]))
                {
                    // Counts and product numbers (1.007 tổ, FE 250) are not part of a model's name.
                    return end;
                }

                if (words > 0 && wordEnd - m == 2 && key[m] == 'v' && key[m + 1] == 'à')
                {
                    nextAfterAnd = wordEnd;
                    break;
                }

                if (nameEnd < 0 && words > 0 && cues.NameStops.TryMatch(text, key, m, wordEnd, out _, out _))
                {
                    nameEnd = m;
                }

                words++;
                if (nameEnd < 0)
                {
                    nameWords++;
                }

                if (words > MaxItemWords)
                {
                    return end;
                }

                m = wordEnd;
            }

            if (m >= limit)
            {
                endList = true;
            }

            var itemEnd = WordScanner.SkipSpacesBack(text, nameEnd >= 0 ? nameEnd : m);
            if (nameWords < 2 || itemEnd <= itemStart || IsPlaceOrPerson(text, key, itemStart, itemEnd))
            {
                break;
            }

            var location = ReadBracket(text, m, out var afterBracket);
            if (location is not null)
            {
                m = afterBracket;
            }

            items.Add(new Item(ModelName.Clean(text.AsSpan(itemStart, itemEnd - itemStart)), location, itemStart, itemEnd));
            end = m;
            if (endList)
            {
                break;
            }

            if (nextAfterAnd >= 0)
            {
                k = nextAfterAnd;
                continue;
            }

            var sep = WordScanner.SkipSpaces(text, m);
            if (sep >= text.Length || text[sep] != ',')
            {
                break;
            }

            k = WordScanner.SkipSpaces(text, sep + 1);
            if (IsAnd(text, key, k))
            {
                k += 2;
            }
        }

        return end;
    }

    /// <summary>Whether an unquoted item is a province (<c>như Quảng Ninh, Tuyên Quang</c>) or a person (<c>gồm Nguyễn Đắc Kha, …</c>).</summary>
    private static bool IsPlaceOrPerson(string text, string key, int start, int end) =>
        (ProvinceLexicon.Matcher.TryMatchAt(text, key, start, out var provinceEnd, out _) && provinceEnd == end)
        || (WordScanner.ReadProperName(text, start, 5) == end && PlaceNames.LooksLikePerson(text, key, start, end));

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
                if (content.Length == 0 || !content.Any(WordScanner.IsUpper))
                {
                    return null;
                }

                after = k + 1;
                return content;
            }
        }

        return null;
    }

    private static void Add(ExtractionContext context, ModelCues cues, HashSet<string> seen, Item item)
    {
        var key = VietnameseText.Fold(item.Name);
        if (item.Name.Length == 0 || cues.NotModels.Contains(key) || !seen.Add(key))
        {
            return;
        }

        var span = SourceSpan.FromBounds(item.Start, item.End);
        context.Models.Add(new GrassrootsModel(item.Name, item.Location, context.Text[item.Start..item.End], span));
    }

    private static bool IsAnd(string text, string key, int index) =>
        index + 2 <= text.Length && key[index] == 'v' && key[index + 1] == 'à' && WordScanner.IsWordEnd(text, index + 2)
        && WordScanner.IsWordStart(text, index);

    /// <summary>Whether the dot at <paramref name="index"/> ends a sentence (not <c>1.007</c>, <c>TP.HCM</c>, <c>TP. Đồng Hới</c>).</summary>
    private static bool IsSentenceDot(string text, int index)
    {
        if (index + 1 < text.Length && WordScanner.IsWordChar(text[index + 1]))
        {
            return false;
        }

        var s = index;
        while (s > 0 && WordScanner.IsWordChar(text[s - 1]))
        {
            s--;
        }

        var word = text.AsSpan(s, index - s);
        return !(word.Length is > 0 and <= 3 && WordScanner.IsUpper(word[0]) && (word.Length == 1 || !WordScanner.IsLower(word[^1]) || word is "Tp"));
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

    private sealed record Item(string Name, string? Location, int Start, int End);
}

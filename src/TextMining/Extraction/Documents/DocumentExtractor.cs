namespace TextMining.Extraction.Documents;

/// <summary>
/// Finds references to legal and Party documents: a kind followed by a number (<c>Chỉ thị số 09-CT/TW ngày
/// 1-12-2011</c>, <c>Chỉ thị 09</c>, <c>Quyết định số 1234/QĐ-UBND</c>, <c>Nghị định 144/2021/NĐ-CP</c>) and laws
/// cited by name (<c>Luật Công an nhân dân</c>). One <see cref="DocumentReference"/> per mention; every mention of
/// the same document (same kind and number) carries the same <see cref="DocumentReference.Name"/>.
/// Stateless and thread-safe.
/// </summary>
internal sealed class DocumentExtractor : IExtractionStage
{
    /// <summary>At most this many references are reported for one article (a work cap for pathological input).</summary>
    internal const int MaxDocuments = 2_000;

    private const int MaxNumberDigits = 6;
    private const int MaxCodeLength = 40;
    private const int MaxNameWords = 14;
    private const string NumberWord = "số";
    private const string DayWord = "ngày";
    private const string MonthWord = "tháng";
    private const string YearWord = "năm";

    public ExtractorKind? Kind => ExtractorKind.Documents;

    public IReadOnlyList<StageDependency> Needs => [];

    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Text.Length == 0)
        {
            return;
        }

        var scan = new Scan(context.Text, context.MatchingKey, DocumentLexicon.Instance);
        var found = new List<DocumentReference>();
        scan.Numbered(found);
        scan.Named(found);
        if (found.Count >= MaxDocuments)
        {
            context.Diagnostics.Add(new Diagnostic
            {
                Code = DiagnosticCodes.ExtractionLimit,
                Message = $"document extraction stopped after {MaxDocuments} references",
                Severity = DiagnosticSeverity.Warning,
            });
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var document in WithCanonicalNames(found))
        {
            context.Documents.Add(document);
            context.Claims.Claim(document.Span, EntityKinds.Document);
            if (document.IdentifierSpan is { } number)
            {
                context.Claims.Claim(number, EntityKinds.DocumentNumber);
            }
        }
    }

    /// <summary>
    /// Gives every mention of one document (same kind, same leading number: <c>Nghị định 68/2026/NĐ-CP</c> and
    /// <c>Nghị định 68</c>) the name of its fullest mention: the first that writes the issuer code, else the first
    /// (<c>Chỉ thị số 09</c> then <c>Chỉ thị 09</c> are both <c>Chỉ thị số 09</c>).
    /// </summary>
    private static IEnumerable<DocumentReference> WithCanonicalNames(List<DocumentReference> found)
    {
        var canonical = new Dictionary<(DocumentKind Kind, string Number), string>();
        foreach (var group in found.Where(d => d.Number is not null).GroupBy(DocumentKey))
        {
            canonical[group.Key] = (group.FirstOrDefault(d => d.IssuerCode is not null) ?? group.First()).Name;
        }

        return found.Select(d => d.Number is not null && canonical.TryGetValue(DocumentKey(d), out var name) && name != d.Name
            ? d with { Name = name }
            : d);
    }

    private static (DocumentKind Kind, string Number) DocumentKey(DocumentReference d)
    {
        var number = d.Number!;
        var slash = number.IndexOf('/', StringComparison.Ordinal);
        return (d.Kind, slash < 0 ? number : number[..slash]);
    }

    private sealed class Scan(string text, string key, DocumentLexicon lexicon)
    {
        public void Numbered(List<DocumentReference> found)
        {
            var i = 0;
            while (i < text.Length && found.Count < MaxDocuments)
            {
                var offset = text.AsSpan(i).IndexOfAnyInRange('0', '9');
                if (offset < 0)
                {
                    return;
                }

                var d = i + offset;
                i = DigitRunEnd(d);
                if (d > 0 && (char.IsLetterOrDigit(text[d - 1]) || text[d - 1] is '/' or '-' or '.' or ','))
                {
                    continue;
                }

                if (TryNumbered(d) is { } reference)
                {
                    found.Add(reference);
                    i = Math.Max(i, reference.Span.End);
                }
            }
        }

        public void Named(List<DocumentReference> found)
        {
            var kinds = lexicon.NamedKinds;
            for (var at = kinds.IndexOfCandidate(key, 0); at >= 0 && found.Count < MaxDocuments; at = kinds.IndexOfCandidate(key, at + 1))
            {
                // The capital first: it rules out most candidates, and mostly by an ASCII test.
                if (!char.IsUpper(text[at]) || (at > 0 && char.IsLetter(key[at - 1])) || !kinds.TryMatchLongest(key, at, out var kind, text))
                {
                    continue;
                }

                if (TryNamed(kind.Value, at, kind.End) is { } reference && !OverlapsAny(found, reference.Span))
                {
                    found.Add(reference);
                    at = reference.Span.End - 1;
                }
            }
        }

        /// <summary>
        /// Whether a reference found already overlaps <paramref name="span"/>. A loop, not a lambda: the lambda's
        /// closure was allocated for every candidate the loop of <see cref="Named"/> looked at.
        /// </summary>
        private static bool OverlapsAny(List<DocumentReference> found, SourceSpan span)
        {
            foreach (var f in found)
            {
                if (f.Span.Overlaps(span))
                {
                    return true;
                }
            }

            return false;
        }

        private DocumentReference? TryNumbered(int d)
        {
            var p = Words.SkipSpacesBack(text, d);
            var kindEnd = p;
            var hasNumberWord = EndsWithWord(p, NumberWord, out var numberWordStart);
            if (hasNumberWord)
            {
                kindEnd = Words.SkipSpacesBack(text, numberWordStart);
            }

            if (!lexicon.KindsEnding.TryMatchLongest(key, kindEnd, out var match, text))
            {
                return null;
            }

            var (kindStart, kind) = (match.Start, match.Value);
            if (!hasNumberWord && !char.IsUpper(text[kindStart]))
            {
                return null;
            }

            if (!TryIdentifier(d, out var numberEnd, out var codeStart, out var identifierEnd))
            {
                return null;
            }

            var hasCode = codeStart >= 0;
            if (!hasNumberWord && !hasCode && (!kind.BareNumber || StartsWith(Words.SkipSpaces(text, identifierEnd), lexicon[DocumentWordRole.Count]) || IsYearLike(d, numberEnd)))
            {
                return null;
            }

            var end = identifierEnd;
            string? date = null;
            var q = Words.SkipSpaces(text, identifierEnd);
            if (q < text.Length && text[q] == ',')
            {
                q = Words.SkipSpaces(text, q + 1);
            }

            if (StartsWithWord(q, DayWord, out var afterDay) && TryDate(Words.SkipSpaces(text, afterDay), out date, out var dateEnd))
            {
                end = dateEnd;
            }

            var number = text[d..numberEnd];
            var code = hasCode ? text[codeStart..identifierEnd] : null;
            var name = kind.Name + (hasNumberWord ? " " + NumberWord + " " : " ") + text[d..identifierEnd];
            var span = SourceSpan.FromBounds(kindStart, end);
            return new DocumentReference
            {
                Text = text.Substring(span.Start, span.Length),
                Kind = kind.Value,
                Number = number,
                IssuerCode = code,
                Date = date,
                Span = span,
                Name = name,
                IdentifierSpan = SourceSpan.FromBounds(d, identifierEnd),
            };
        }

        /// <summary>Reads <c>09</c>, <c>09-CT/TW</c>, <c>1234/QĐ-UBND</c>, <c>144/2021/NĐ-CP</c>, <c>131/2018</c>.</summary>
        private bool TryIdentifier(int d, out int numberEnd, out int codeStart, out int end)
        {
            codeStart = -1;
            numberEnd = DigitRunEnd(d);
            end = numberEnd;
            if (numberEnd - d > MaxNumberDigits)
            {
                return false;
            }

            if (numberEnd + 5 <= text.Length && text[numberEnd] == '/' && IsDigits(numberEnd + 1, 4)
                && (numberEnd + 5 == text.Length || !char.IsAsciiDigit(text[numberEnd + 5])))
            {
                numberEnd += 5;
                end = numberEnd;
            }

            if (numberEnd + 1 < text.Length && text[numberEnd] is '-' or '/' && char.IsUpper(text[numberEnd + 1]))
            {
                var c = numberEnd + 1;
                var hasUpper = false;
                while (true)
                {
                    while (c < text.Length && char.IsLetterOrDigit(text[c]))
                    {
                        hasUpper |= char.IsUpper(text[c]);
                        c++;
                    }

                    if (c + 1 < text.Length && text[c] is '-' or '/' && char.IsLetterOrDigit(text[c + 1]))
                    {
                        c++;
                        continue;
                    }

                    break;
                }

                if (!hasUpper || c - numberEnd - 1 > MaxCodeLength)
                {
                    return false;
                }

                codeStart = numberEnd + 1;
                end = c;
                return true;
            }

            // A number glued to letters or continued by digits (5h, 1.000, 12/3) is no document number.
            return !(end < text.Length && (char.IsLetterOrDigit(text[end])
                || (end + 1 < text.Length && text[end] is '/' or '-' or '.' or ',' && char.IsAsciiDigit(text[end + 1]))));
        }

        /// <summary>Reads the issue date after <c>ngày</c>: <c>1-12-2011</c>, <c>22/01/2019</c>, <c>14 tháng 5 năm 2018</c>.</summary>
        private bool TryDate(int p, out string? value, out int end)
        {
            value = null;
            end = p;
            if (!TryInt(p, 2, out var day, out var e1) || e1 >= text.Length)
            {
                return false;
            }

            int month;
            int year;
            var sep = text[e1];
            if (sep is '/' or '-' or '.')
            {
                if (!TryInt(e1 + 1, 2, out month, out var e2) || e2 >= text.Length || text[e2] != sep
                    || !TryInt(e2 + 1, 4, out year, out end) || end - e2 - 1 != 4)
                {
                    return false;
                }
            }
            else
            {
                var q = Words.SkipSpaces(text, e1);
                if (!StartsWithWord(q, MonthWord, out var afterMonth) || !TryInt(Words.SkipSpaces(text, afterMonth), 2, out month, out var e2))
                {
                    return false;
                }

                var y = Words.SkipSpaces(text, e2);
                if (!StartsWithWord(y, YearWord, out var afterYear))
                {
                    return false;
                }

                var yearStart = Words.SkipSpaces(text, afterYear);
                if (!TryInt(yearStart, 4, out year, out end) || end - yearStart != 4)
                {
                    return false;
                }
            }

            if (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                return false;
            }

            if (month is < 1 or > 12 || year is < 1000 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            value = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
            return true;
        }

        private DocumentReference? TryNamed(DocumentLexicon.Kind kind, int kindStart, int kindEnd)
        {
            if (kindEnd >= text.Length || text[kindEnd] != ' ')
            {
                return null;
            }

            var p = kindEnd + 1;
            if (p >= text.Length || !char.IsUpper(text[p]) || StartsWith(p, lexicon[DocumentWordRole.NameStop]))
            {
                return null;
            }

            if (lexicon[DocumentWordRole.NotAfter].TryMatchLongest(key, Words.SkipSpacesBack(text, kindStart), out _, text))
            {
                return null;
            }

            var nameEnd = -1;
            for (var words = 0; words < MaxNameWords && p < text.Length && (char.IsLetter(text[p]) || (words > 0 && char.IsAsciiDigit(text[p]))); words++)
            {
                if (char.IsAsciiDigit(text[p]))
                {
                    // Nghị quyết Trung ương 4: a short number closes the name.
                    var digitsEnd = p;
                    while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
                    {
                        digitsEnd++;
                    }

                    if (digitsEnd - p <= 2 && (digitsEnd == text.Length || !char.IsLetterOrDigit(text[digitsEnd])) && !(digitsEnd < text.Length && text[digitsEnd] is '/' or '-' or '.' && digitsEnd + 1 < text.Length && char.IsAsciiDigit(text[digitsEnd + 1])))
                    {
                        nameEnd = digitsEnd;
                    }

                    break;
                }

                if (words > 0 && StartsWith(p, lexicon[DocumentWordRole.NameStop]))
                {
                    break;
                }

                var w = p;
                var allUpper = true;
                while (w < text.Length && char.IsLetter(text[w]))
                {
                    allUpper &= char.IsUpper(text[w]);
                    w++;
                }

                // After the first word a law's name is lower case or an acronym (Luật Thuế TTĐB); another
                // capitalised word starts something else (Luật Du lịch mà Tổng cục …).
                if (words > 0 && char.IsUpper(text[p]) && !allUpper)
                {
                    break;
                }

                nameEnd = w;
                if (w + 1 < text.Length && text[w] == ' ')
                {
                    p = w + 1;
                }
                else if (w + 2 < text.Length && text[w] == ',' && text[w + 1] == ' ' && StartsWith(w + 2, lexicon[DocumentWordRole.NameComma]))
                {
                    p = w + 2;
                }
                else
                {
                    break;
                }
            }

            // Luật TP.HCM (a school or newspaper): a name glued to a dotted abbreviation is no law.
            if (nameEnd < 0 || (nameEnd + 1 < text.Length && text[nameEnd] == '.' && char.IsLetter(text[nameEnd + 1])))
            {
                return null;
            }

            var span = SourceSpan.FromBounds(kindStart, nameEnd);
            var name = kind.Name + text[kindEnd..nameEnd];
            return new DocumentReference { Text = text.Substring(span.Start, span.Length), Kind = kind.Value, Span = span, Name = name };
        }

        /// <summary>A bare four-digit number that reads as a year (<c>Kế hoạch 2021</c>) is no document number.</summary>
        private bool IsYearLike(int d, int numberEnd) =>
            numberEnd - d == 4 && int.TryParse(text.AsSpan(d, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1900 and <= 2100;

        private bool TryInt(int p, int maxDigits, out int value, out int end)
        {
            end = DigitRunEnd(p);
            value = 0;
            return end > p && end - p <= maxDigits && int.TryParse(text.AsSpan(p, end - p), NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        private bool IsDigits(int p, int count)
        {
            for (var k = 0; k < count; k++)
            {
                if (p + k >= text.Length || !char.IsAsciiDigit(text[p + k]))
                {
                    return false;
                }
            }

            return true;
        }

        private int DigitRunEnd(int p)
        {
            while (p < text.Length && char.IsAsciiDigit(text[p]))
            {
                p++;
            }

            return p;
        }

        /// <summary>Whether the key has the whole word(s) <paramref name="word"/> ending at <paramref name="end"/>.</summary>
        private bool EndsWithWord(int end, string word, out int start)
        {
            start = end - word.Length;
            return start >= 0 && string.CompareOrdinal(key, start, word, 0, word.Length) == 0
                && (start == 0 || !char.IsLetter(key[start - 1]));
        }

        /// <summary>Whether a phrase of <paramref name="words"/> starts at <paramref name="p"/>.</summary>
        private bool StartsWith(int p, PhraseMatcher<bool> words) => p >= 0 && words.TryMatchLongest(key, p, out _, text);

        /// <summary>Whether the key has the whole word(s) <paramref name="word"/> starting at <paramref name="p"/>.</summary>
        private bool StartsWithWord(int p, string word, out int end)
        {
            end = p + word.Length;
            return p >= 0 && end <= key.Length && string.CompareOrdinal(key, p, word, 0, word.Length) == 0
                && (end == key.Length || !char.IsLetter(key[end]));
        }
    }
}

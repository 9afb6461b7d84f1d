using HtmlAgilityPack;

namespace TextMining.Parsing.Html;

/// <summary>
/// Reads one article from an HTML page of a news site: metadata from JSON-LD, <c>og:</c>/<c>article:</c> meta,
/// the canonical link, <c>&lt;time&gt;</c> and the visible dateline; the lead, body paragraphs and captions from the
/// main-content block chosen by readability-style scoring. See <c>docs/html.md</c>.
/// </summary>
internal static class HtmlArticleParser
{
    /// <summary>Pages longer than this many characters are cut before parsing (a warning says so).</summary>
    public const int MaxHtmlChars = 8 * 1024 * 1024;

    private const int MinStrictBodyChars = 500;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Reads the article of <paramref name="html"/>; never throws for bad content.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="source">What to record as the article's source.</param>
    /// <param name="url">The page's URL when known; else taken from the canonical link, <c>og:url</c> or JSON-LD.</param>
    public static ArticleReadResult Parse(string html, string source, string? url)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(html))
        {
            return ArticleReadResult.Failure(source, DiagnosticCodes.EmptyInput, "the HTML input is empty");
        }

        var builder = new ArticleBuilder(source);
        if (html.Length > MaxHtmlChars)
        {
            html = html[..MaxHtmlChars];
            builder.AddWarning(DiagnosticCodes.ExtractionLimit, $"the page is longer than {MaxHtmlChars} characters; only its start was read");
        }

        if (LooksTruncated(html))
        {
            builder.AddWarning(DiagnosticCodes.MalformedHtml, "the HTML is truncated or unbalanced (it does not end with a closing tag); it was read leniently");
        }

        html = VietnameseText.ReplaceInvalid(html, out var replaced);
        if (replaced > 0)
        {
            builder.AddWarning(DiagnosticCodes.InvalidCharacters, ArticleBuilder.InvalidCharactersMessage(replaced, "the page"));
        }
        html = HtmlDepthLimiter.Limit(html, out var flattened);
        if (flattened)
        {
            builder.AddWarning(DiagnosticCodes.ExtractionLimit, $"elements nested deeper than {HtmlDepthLimiter.MaxDepth} levels were flattened");
        }

        var document = new HtmlDocument
        {
            OptionCheckSyntax = true,
            OptionFixNestedTags = false,
            OptionAutoCloseOnEnd = true,
            OptionReadEncoding = false,
        };
        document.LoadHtml(html);
        var page = HtmlPage.Read(document);
        if (page.DepthLimited && !flattened)
        {
            builder.AddWarning(DiagnosticCodes.ExtractionLimit, $"elements nested deeper than {HtmlPage.MaxDepth} levels were skipped");
        }

        if (page.NodeLimited)
        {
            builder.AddWarning(DiagnosticCodes.ExtractionLimit, $"the page has more than {HtmlPage.MaxNodes} nodes; only the first were read");
        }

        var jsonLd = JsonLdArticle.Read(page.JsonLd);
        if (jsonLd.InvalidBlocks > 0)
        {
            builder.AddWarning(DiagnosticCodes.UnreadableField, $"{jsonLd.InvalidBlocks} JSON-LD block(s) are not valid JSON; known keys were picked out leniently");
        }

        builder.Url = FirstNonEmpty(url, page.Canonical, Meta(page, "og:url"), jsonLd.Url);
        var siteKeys = SiteKeys(builder.Url, Meta(page, "og:site_name"), jsonLd.Publisher, Meta(page, "application-name"));

        var h1 = FirstHeading(page);
        builder.Title = ChooseTitle(page, jsonLd, h1, siteKeys);
        ReadPublished(page, jsonLd, builder, out var datelineBlock, h1);

        // Strict first: text inside furniture is not scored. Pages that wrap the article in an element with a
        // furniture-like class get a lenient second pass, as Readability retries without its "unlikely" filter.
        var containers = MainContentFinder.Find(page, lenient: false);
        var body = CollectBody(page, containers, builder.Title, out var bylineBlocks);
        if (TextLength(body) < MinStrictBodyChars)
        {
            var lenientContainers = MainContentFinder.Find(page, lenient: true);
            var lenientBody = CollectBody(page, lenientContainers, builder.Title, out var lenientBylines);
            if (TextLength(lenientBody) > TextLength(body))
            {
                (containers, body, bylineBlocks) = (lenientContainers, lenientBody, lenientBylines);
            }
        }

        var main = containers.Count > 0 ? containers[0] : null;
        var lead = ChooseLead(page, h1, main, siteKeys, body);
        if (lead is not null)
        {
            body.RemoveAll(b => b.Kind == ArticleBlockKind.Paragraph && SameText(b.Text, lead));
        }

        if (body.Count == 0)
        {
            builder.AddDiagnostic(new Diagnostic { Code = DiagnosticCodes.NoArticle, Message = "no article found: the page has no main text (only menus, links or furniture)", Severity = DiagnosticSeverity.Error });
            return new ArticleReadResult(source, null, builder.Diagnostics.ToArray());
        }

        if (datelineBlock is not null)
        {
            builder.AddBlock(ArticleBlockKind.Dateline, datelineBlock);
        }

        if (lead is not null)
        {
            builder.AddBlock(ArticleBlockKind.Paragraph, lead);
        }

        foreach (var (kind, text) in body)
        {
            builder.AddBlock(kind, text);
        }

        builder.SourceTag = SourceTagOf(lead ?? body.FirstOrDefault(b => b.Kind == ArticleBlockKind.Paragraph).Text);
        foreach (var author in ChooseAuthors(page, jsonLd, bylineBlocks, main, siteKeys))
        {
            builder.AddAuthor(author);
        }

        return builder.Build();
    }

    private static bool LooksTruncated(string html)
    {
        var end = html.AsSpan().TrimEnd();
        if (end.Length == 0)
        {
            return false;
        }

        var lastOpen = end.LastIndexOf('<');
        var lastClose = end.LastIndexOf('>');
        if (lastOpen > lastClose || end[^1] != '>')
        {
            return true;
        }

        // Only the ends are searched: "<html" opens a page, "</html>" or "</body>" closes it.
        var head = end[..Math.Min(end.Length, 65_536)];
        var tail = end[Math.Max(0, end.Length - 65_536)..];
        var hasHtml = head.IndexOf("<html", StringComparison.OrdinalIgnoreCase) >= 0;
        return hasHtml && tail.LastIndexOf("</html", StringComparison.OrdinalIgnoreCase) < 0 && tail.LastIndexOf("</body", StringComparison.OrdinalIgnoreCase) < 0;
    }

    private static string? Meta(HtmlPage page, string key) =>
        page.Meta.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The headline element: among the h1s outside nav/footer, the one the page title opens with, else one that is
    /// not a link (a site logo) and not in page chrome, else the first.
    /// </summary>
    private static TextBlock? FirstHeading(HtmlPage page)
    {
        if (page.Headings1.Count == 0)
        {
            return null;
        }

        var owners = new Dictionary<HtmlNode, TextBlock>(ReferenceEqualityComparer.Instance);
        foreach (var (node, _) in page.Headings1)
        {
            owners[node] = null!;
        }

        foreach (var block in page.Blocks)
        {
            if (owners.TryGetValue(block.Owner, out var existing) && existing is null && Clean(block.Text).Length > 0)
            {
                owners[block.Owner] = block;
            }
        }

        var pageTitle = VietnameseText.Fold(Clean(Meta(page, "og:title") ?? page.DocumentTitle ?? string.Empty));
        TextBlock? best = null;
        var bestScore = int.MinValue;
        foreach (var (node, _) in page.Headings1)
        {
            if (owners[node] is not { } block)
            {
                continue;
            }

            var folded = VietnameseText.Fold(Clean(block.Text));
            var score = (pageTitle.Length > 0 && pageTitle.StartsWith(folded, StringComparison.Ordinal) ? 4 : 0)
                + (block.LinkDensity > 0.5 ? -2 : 0)
                + (block.Excluded is null ? 1 : 0);
            if (score > bestScore)
            {
                best = block;
                bestScore = score;
            }
        }

        return best;
    }

    // ---- title --------------------------------------------------------------------------------------------------

    private static string? ChooseTitle(HtmlPage page, JsonLdArticle jsonLd, TextBlock? h1, IReadOnlyList<string> siteKeys)
    {
        var heading = h1 is null ? null : Clean(h1.Text);
        foreach (var candidate in new[] { jsonLd.Headline, Meta(page, "og:title"), Meta(page, "twitter:title"), heading, Meta(page, "headline"), page.DocumentTitle })
        {
            if (candidate is not null && Clean(candidate) is { Length: > 0 } clean)
            {
                return StripSiteSuffix(clean, heading, siteKeys);
            }
        }

        return null;
    }

    /// <summary>Removes a site name after a separator: <c>Tựa đề - VnExpress Giải Trí</c> → <c>Tựa đề</c>.</summary>
    internal static string StripSiteSuffix(string title, string? heading, IReadOnlyList<string> siteKeys)
    {
        if (heading is { Length: > 0 } && title.Length > heading.Length && title.StartsWith(heading, StringComparison.OrdinalIgnoreCase))
        {
            var rest = title.AsSpan(heading.Length).TrimStart();
            if (rest.Length > 0 && rest[0] is '-' or '|' or '–' or '—' or '»' or ':')
            {
                return heading;
            }
        }

        for (var round = 0; round < 2; round++)
        {
            var cut = LastSeparator(title);
            if (cut < 0)
            {
                break;
            }

            var suffix = title[cut..].TrimStart(' ', '-', '|', '–', '—', '»').Trim();
            var words = suffix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words == 0 || words > 6 || !IsSiteName(suffix, siteKeys))
            {
                break;
            }

            title = title[..cut].TrimEnd();
        }

        return title;
    }

    private static int LastSeparator(string title)
    {
        foreach (var separator in (ReadOnlySpan<string>)[" - ", " | ", " – ", " — ", " » "])
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsSiteName(string suffix, IReadOnlyList<string> siteKeys)
    {
        var key = Squash(suffix);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var site in siteKeys)
        {
            if (site.Length >= 3 && (key.Contains(site, StringComparison.Ordinal) || site.Contains(key, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return VietnameseText.Fold(suffix).StartsWith("bao ", StringComparison.Ordinal) || HtmlHints.IsOrganizationName(suffix);
    }

    /// <summary>Folded letters and digits only: <c>Báo VnExpress</c> → <c>baovnexpress</c>.</summary>
    private static string Squash(string value)
    {
        var folded = VietnameseText.Fold(VietnameseText.Normalize(value));
        var chars = new char[folded.Length];
        var n = 0;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    private static List<string> SiteKeys(string? url, params string?[] names)
    {
        var keys = new List<string>();
        if (url is not null && Uri.TryCreate(url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url, UriKind.Absolute, out var uri))
        {
            foreach (var label in uri.Host.Split('.'))
            {
                if (label.Length >= 4 && label is not ("www" or "com" or "net" or "org" or "gov" or "edu" or "html"))
                {
                    keys.Add(label.ToLowerInvariant());
                }
            }
        }

        foreach (var name in names)
        {
            if (!string.IsNullOrWhiteSpace(name) && Squash(name) is { Length: >= 3 } key && !key.StartsWith("http", StringComparison.Ordinal))
            {
                keys.Add(key.StartsWith("bao", StringComparison.Ordinal) && key.Length > 6 ? key[3..] : key);
            }
        }

        return keys;
    }

    // ---- dates --------------------------------------------------------------------------------------------------

    private static void ReadPublished(HtmlPage page, JsonLdArticle jsonLd, ArticleBuilder builder, out string? dateline, TextBlock? h1)
    {
        dateline = FindDateline(page, h1, out var visible, out var visibleHasOffset, out var visibleOk);
        var sources = new List<(string Name, string? Value)>
        {
            ("JSON-LD datePublished", jsonLd.DatePublished),
            ("article:published_time", Meta(page, "article:published_time")),
            ("og:published_time", Meta(page, "og:published_time")),
            ("datePublished", Meta(page, "datePublished")),
            ("pubdate", Meta(page, "pubdate")),
            ("publishdate", Meta(page, "publishdate")),
            ("dc.date", Meta(page, "dc.date") ?? Meta(page, "dc.date.issued") ?? Meta(page, "DC.date.issued")),
            ("date", Meta(page, "date")),
        };
        foreach (var (value, _, flags) in page.TimeValues)
        {
            if ((flags & BlockFlags.NavOrFooter) == 0)
            {
                sources.Add(("time datetime", value));
                break;
            }
        }

        DateTimeOffset? best = null;
        var bestHasOffset = false;
        var parsed = new List<(DateTimeOffset Value, bool HasOffset)>();
        foreach (var (name, value) in sources)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (DatelineParser.TryParseIso(value, out var when, out var hasOffset) || DatelineParser.TryParse(value, out when, out hasOffset))
            {
                parsed.Add((when, hasOffset));
                best ??= when;
                if (parsed.Count == 1)
                {
                    bestHasOffset = hasOffset;
                }
            }
            else
            {
                builder.AddWarning(DiagnosticCodes.UnreadableField, $"the {name} value '{Shorten(value)}' is not a date");
            }
        }

        if (visibleOk)
        {
            parsed.Add((visible, visibleHasOffset));
            if (best is null)
            {
                best = visible;
                bestHasOffset = visibleHasOffset;
            }
        }

        if (best is { } chosen && !bestHasOffset)
        {
            // A local time without offset: take the offset from another source that gives the same wall-clock time;
            // a bare date: take the time of day from another source of the same day.
            foreach (var (value, hasOffset) in parsed)
            {
                if (hasOffset && value.DateTime == chosen.DateTime)
                {
                    best = value;
                    bestHasOffset = true;
                    break;
                }
            }

            if (!bestHasOffset && chosen.TimeOfDay == TimeSpan.Zero)
            {
                foreach (var (value, hasOffset) in parsed)
                {
                    if (value.Date == chosen.Date && value.TimeOfDay != TimeSpan.Zero)
                    {
                        best = value;
                        bestHasOffset = hasOffset;
                        break;
                    }
                }
            }
        }

        builder.Published = best;
        builder.PublishedHasOffset = best is not null && bestHasOffset;
    }

    private static string? FindDateline(HtmlPage page, TextBlock? h1, out DateTimeOffset value, out bool hasOffset, out bool ok)
    {
        value = default;
        hasOffset = false;
        ok = false;
        var anchor = h1?.Order ?? 0;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestRank = -1;
        var attempts = 0;
        foreach (var block in page.InlineCaptures.Concat(page.Blocks))
        {
            if ((block.Flags & BlockFlags.NavOrFooter) != 0 || block.Text.Length > 400 || Math.Abs(block.Order - anchor) > 4_000
                || !MightHoldDate(block.Text))
            {
                continue;
            }

            if (++attempts > 500)
            {
                break;
            }

            var text = TrimDatelineExtras(Clean(block.Text));
            if (text.Length is 0 or > 120 || !DatelineParser.TryParse(text, out var when, out var offset))
            {
                continue;
            }

            var flagged = (block.Flags & BlockFlags.Date) != 0;
            if (!flagged && !DatelineParser.LooksLikeDateline(text))
            {
                continue;
            }

            var distance = Math.Abs(block.Order - anchor);

            // An inline date element (<span class="date">, <time>) wins over a block holding one, which wins over
            // an unmarked line that looks like a dateline; then the one closest to the headline.
            var rank = !flagged ? 0 : block.Owner.NodeType == HtmlNodeType.Element && page.InlineCaptures.Contains(block) ? 2 : 1;
            if (rank > bestRank || (rank == bestRank && distance < bestDistance))
            {
                best = text;
                bestDistance = distance;
                bestRank = rank;
                value = when;
                hasOffset = offset;
                ok = true;
            }
        }

        return best;
    }

    /// <summary>A cheap filter before the dateline regexes: two digit-separator-digit joints (<c>7/3/2026</c>) or "tháng".</summary>
    private static bool MightHoldDate(string text)
    {
        var joints = 0;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] is '/' or '-' or '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && ++joints == 2)
            {
                return true;
            }
        }

        return text.Contains("tháng", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Drops segments without digits from a dateline: <c>07-03-2026 - 09:40 AM | Bất động sản</c> → the date.</summary>
    private static string TrimDatelineExtras(string text)
    {
        if (!text.Contains('|', StringComparison.Ordinal))
        {
            return text;
        }

        var parts = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(p => p.Any(char.IsAsciiDigit));
        return string.Join(" | ", parts);
    }

    // ---- body ---------------------------------------------------------------------------------------------------

    private static List<(ArticleBlockKind Kind, string Text)> CollectBody(HtmlPage page, IReadOnlyList<HtmlNode> containers, string? title, out List<TextBlock> bylineBlocks)
    {
        var body = new List<(ArticleBlockKind Kind, string Text)>();
        var owners = new List<TextBlock>();
        bylineBlocks = [];
        if (containers.Count == 0)
        {
            return body;
        }

        var ranges = containers.Select(c => page.Info(c)!).Select(i => (i.Enter, i.Exit)).ToArray();
        foreach (var block in page.Blocks)
        {
            var container = ContainerOf(ranges, containers, block.Order);
            if (container is null || IsExcluded(page, block, container))
            {
                continue;
            }

            var flags = block.Flags;

            if ((flags & BlockFlags.Byline) != 0)
            {
                bylineBlocks.Add(block);
                continue;
            }

            var isCaption = (flags & BlockFlags.Caption) != 0;
            if ((flags & (BlockFlags.Date | BlockFlags.Lead)) != 0 && !isCaption)
            {
                continue;
            }

            if (block.LinkDensity > 0.5)
            {
                continue;
            }

            foreach (var piece in SplitParagraphs(block.Text))
            {
                var text = Clean(piece);
                if (text.Length == 0 || HtmlHints.IsBoilerplate(text) || (title is not null && SameText(text, title)))
                {
                    continue;
                }

                if (!isCaption && (flags & BlockFlags.Heading) == 0 && text.Length < 2)
                {
                    continue;
                }

                body.Add((isCaption ? ArticleBlockKind.Caption : ArticleBlockKind.Paragraph, text));
                owners.Add(block);
            }
        }

        // A closing byline paragraph (vnexpress: <p style="text-align:right"><strong>Name</strong></p>) names the
        // authors; it is not body text.
        for (var tries = 0; tries < 2 && body.Count > 0; tries++)
        {
            var last = body.Count - 1;
            var block = owners[last];
            if (body[last].Kind != ArticleBlockKind.Paragraph || body[last].Text.Length > 80
                || ((block.Flags & BlockFlags.RightAligned) == 0 && !block.AllStrong)
                || BylineParser.Parse(block.Text).Count == 0)
            {
                break;
            }

            bylineBlocks.Add(block);
            body.RemoveAt(last);
            owners.RemoveAt(last);
        }

        body = Deduplicate(body);
        return body;
    }

    private static List<(ArticleBlockKind Kind, string Text)> Deduplicate(List<(ArticleBlockKind Kind, string Text)> body)
    {
        // Slide shows repeat a caption (once hidden, once shown); keep the first of identical neighbours.
        var result = new List<(ArticleBlockKind Kind, string Text)>(body.Count);
        foreach (var item in body)
        {
            if (result.Count > 0 && result[^1].Kind == item.Kind && result[^1].Text == item.Text)
            {
                continue;
            }

            result.Add(item);
        }

        return result;
    }

    private static HtmlNode? ContainerOf((int Enter, int Exit)[] ranges, IReadOnlyList<HtmlNode> containers, int order)
    {
        for (var i = 0; i < ranges.Length; i++)
        {
            if (order >= ranges[i].Enter && order <= ranges[i].Exit)
            {
                return containers[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a block is furniture: its innermost furniture ancestor (by class or tag) does not also wrap the main
    /// content. A <c>sidebar-1</c> that wraps the whole article does not exclude the article's own lead or text.
    /// </summary>
    private static bool IsExcluded(HtmlPage page, TextBlock block, HtmlNode? main) =>
        block.Excluded is { } furniture && (main is null || !MainContentFinder.Contains(page, furniture, main));

    private static int TextLength(List<(ArticleBlockKind Kind, string Text)> body) => body.Sum(b => b.Text.Length);

    /// <summary>Splits text at blank lines (two line breaks): old pages separate paragraphs with &lt;br&gt;&lt;br&gt;.</summary>
    private static IEnumerable<string> SplitParagraphs(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            yield return text;
            yield break;
        }

        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0')
                {
                    j++;
                }

                if (j < text.Length && text[j] == '\n')
                {
                    yield return text[start..i];
                    while (j < text.Length && char.IsWhiteSpace(text[j]))
                    {
                        j++;
                    }

                    start = j;
                    i = j;
                    continue;
                }
            }

            i++;
        }

        yield return text[start..];
    }

    // ---- lead ---------------------------------------------------------------------------------------------------

    private static string? ChooseLead(HtmlPage page, TextBlock? h1, HtmlNode? main, IReadOnlyList<string> siteKeys, List<(ArticleBlockKind Kind, string Text)> body)
    {
        var anchor = h1?.Order ?? (main is not null ? page.Info(main)!.Enter : 0);
        foreach (var block in page.Blocks)
        {
            if (block.Order < anchor - 2_000 || (block.Flags & BlockFlags.Lead) == 0
                || (block.Flags & (BlockFlags.Caption | BlockFlags.Figure | BlockFlags.NavOrFooter)) != 0
                || IsExcluded(page, block, main)
                || block.LinkDensity > 0.5)
            {
                continue;
            }

            if (block.Order > anchor + 6_000)
            {
                break;
            }

            var text = Clean(block.Text);
            if (text.Length >= 30)
            {
                return text;
            }
        }

        var description = FirstNonEmpty(Meta(page, "og:description"), Meta(page, "description"), Meta(page, "twitter:description"));
        if (description is null)
        {
            return null;
        }

        description = StripSiteSuffix(Clean(description), null, siteKeys);
        if (description.Length < 30 || !SharesWordsWithBody(description, body))
        {
            return null;
        }

        // The description often repeats the first paragraph (whole, or cut with "..."): then that paragraph leads.
        var stem = description.TrimEnd('.', '…', ' ');
        foreach (var (kind, text) in body)
        {
            if (kind == ArticleBlockKind.Paragraph)
            {
                return text.StartsWith(stem, StringComparison.Ordinal) ? null : description;
            }
        }

        return description;
    }

    /// <summary>
    /// Whether a meta description is about this article: at least a third of its words occur in the body's first
    /// paragraphs. A site-wide description ("Tin tức an ninh, trật tự mới nhất") is not a lead.
    /// </summary>
    private static bool SharesWordsWithBody(string description, List<(ArticleBlockKind Kind, string Text)> body)
    {
        var bodyWords = new HashSet<string>(StringComparer.Ordinal);
        var chars = 0;
        foreach (var (_, text) in body)
        {
            foreach (var word in Words(text))
            {
                bodyWords.Add(word);
            }

            chars += text.Length;
            if (chars > 4_000)
            {
                break;
            }
        }

        var total = 0;
        var shared = 0;
        foreach (var word in Words(description))
        {
            total++;
            shared += bodyWords.Contains(word) ? 1 : 0;
        }

        return total > 0 && shared * 3 >= total;

        static IEnumerable<string> Words(string text) =>
            VietnameseText.Fold(VietnameseText.Normalize(text))
                .Split([' ', ',', '.', ';', ':', '"', '“', '”', '(', ')', '-', '–', '!', '?', '…', '\''], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 2);
    }

    private static string? SourceTagOf(string? lead)
    {
        // "(ĐN)- ...", "(Dân trí) - ...", "(NLĐO)- ...", "(Chinhphu.vn) - ..."
        if (lead is null || lead.Length < 4 || lead[0] != '(')
        {
            return null;
        }

        var close = lead.IndexOf(')', StringComparison.Ordinal);
        if (close is < 2 or > 30)
        {
            return null;
        }

        var i = close + 1;
        while (i < lead.Length && lead[i] == ' ')
        {
            i++;
        }

        return i < lead.Length && lead[i] is '-' or '–' or '—' ? lead[1..close].Trim() : null;
    }

    // ---- authors ------------------------------------------------------------------------------------------------

    private static IEnumerable<string> ChooseAuthors(HtmlPage page, JsonLdArticle jsonLd, List<TextBlock> bylineBlocks, HtmlNode? main, IReadOnlyList<string> siteKeys)
    {
        var fromJsonLd = jsonLd.Authors.Select(BylineParser.CleanName).Where(n => IsPersonName(n, siteKeys)).ToList();
        if (fromJsonLd.Count > 0)
        {
            return Distinct(fromJsonLd);
        }

        var visible = new List<string>();
        foreach (var block in bylineBlocks)
        {
            visible.AddRange(BylineParser.Parse(block.Text).Where(n => IsPersonName(n, siteKeys)));
        }

        if (visible.Count == 0)
        {
            // Bylines outside the main container (tuoitre and nld put them above the sapo).
            foreach (var block in page.InlineCaptures.Concat(page.Blocks))
            {
                if ((block.Flags & BlockFlags.Byline) != 0 && !IsExcluded(page, block, main) && block.Text.Length < 200)
                {
                    visible.AddRange(BylineParser.Parse(block.Text).Where(n => IsPersonName(n, siteKeys)));
                }
            }
        }

        if (visible.Count > 0)
        {
            return Distinct(visible);
        }

        foreach (var key in (ReadOnlySpan<string>)["article:author", "author", "dc.creator"])
        {
            if (Meta(page, key) is { } meta)
            {
                var names = BylineParser.Parse(meta).Where(n => IsPersonName(n, siteKeys)).ToList();
                if (names.Count > 0)
                {
                    return Distinct(names);
                }
            }
        }

        return [];
    }

    private static List<string> Distinct(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var name in names)
        {
            var pretty = TitleCaseIfShouting(name);
            if (seen.Add(VietnameseText.Fold(VietnameseText.Normalize(pretty))))
            {
                result.Add(pretty);
            }
        }

        return result;
    }

    private static string TitleCaseIfShouting(string name)
    {
        var hasLower = false;
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters++;
                hasLower |= char.IsLower(c);
            }
        }

        return hasLower || letters < 4 || name.Contains('.', StringComparison.Ordinal)
            ? name
            : Vietnamese.TextInfo.ToTitleCase(Vietnamese.TextInfo.ToLower(name));
    }

    private static bool IsPersonName(string name, IReadOnlyList<string> siteKeys)
    {
        if (name.Length is < 2 or > 60 || HtmlHints.IsOrganizationName(name) || name.Any(char.IsDigit))
        {
            return false;
        }

        var key = Squash(name);
        foreach (var site in siteKeys)
        {
            if (key.Length > 0 && (key == site || (site.Length >= 4 && key.Contains(site, StringComparison.Ordinal)) || (key.Length >= 4 && site.Contains(key, StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    // ---- text helpers -------------------------------------------------------------------------------------------

    internal static string Clean(string text)
    {
        var normalized = VietnameseText.Normalize(text).Replace('\n', ' ');
        return VietnameseText.CollapseSpaces(normalized).Trim();
    }

    private static bool SameText(string a, string b) =>
        Math.Abs(a.Length - b.Length) <= 4
        && string.Equals(VietnameseText.Fold(VietnameseText.Normalize(a)).Trim(), VietnameseText.Fold(VietnameseText.Normalize(b)).Trim(), StringComparison.Ordinal);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

namespace TextMining.Parsing;

/// <summary>
/// Reads one article in the seeds' plain-text layout: title line, optional view count and dateline, body lines
/// (paragraphs and captions), byline, trailing junk. See docs/reading.md for the rules.
/// </summary>
internal static class PlainTextArticleParser
{
    /// <summary>Header lines after the title that may hold the view count or the dateline.</summary>
    private const int MaxHeaderLines = 3;

    /// <summary>A group of consecutive short lines is a caption group only up to this many lines.</summary>
    private const int MaxCaptionGroupLines = 6;

    private enum LineKind
    {
        Blank,
        Placeholder,
        Content,
    }

    /// <summary>Parses <paramref name="text"/>; never throws for bad content.</summary>
    /// <param name="text">The whole input, decoded but not necessarily normalised.</param>
    /// <param name="source">The source to record.</param>
    /// <param name="inherited">Warnings from decoding, carried into the article.</param>
    public static ArticleReadResult Parse(string text, string source, IReadOnlyList<Diagnostic>? inherited = null)
    {
        var diagnostics = new List<Diagnostic>(inherited ?? []);
        text = VietnameseText.ReplaceInvalid(text, out var replaced);
        if (replaced > 0)
        {
            diagnostics.Add(new Diagnostic { Code = DiagnosticCodes.InvalidCharacters, Message = ArticleBuilder.InvalidCharactersMessage(replaced, "the text"), Severity = DiagnosticSeverity.Warning });
        }

        if (VietnameseText.MayNeedComposition(text) && !text.IsNormalized(NormalizationForm.FormC))
        {
            diagnostics.Add(new Diagnostic { Code = DiagnosticCodes.NotNormalized, Message = "the text was not in Unicode NFC and was composed", Severity = DiagnosticSeverity.Warning });
        }

        var normalized = VietnameseText.Normalize(text);
        var lines = SplitLines(normalized);
        var first = lines.FindIndex(l => l.Kind == LineKind.Content);
        if (first < 0)
        {
            var message = normalized.Length == 0 ? "the input is empty" : "the input holds only white space";
            diagnostics.Add(new Diagnostic { Code = DiagnosticCodes.EmptyInput, Message = message, Severity = DiagnosticSeverity.Error });
            return new ArticleReadResult(source, null, diagnostics);
        }

        var builder = new ArticleBuilder(source);
        foreach (var diagnostic in diagnostics)
        {
            builder.AddDiagnostic(diagnostic);
        }

        builder.Title = lines[first].Text;
        var bodyStart = ReadHeader(lines, first + 1, builder);
        var bodyEnd = ReadTrailer(lines, bodyStart, builder);

        var body = new List<BodyLine>();
        var block = 0;
        var placeholderPending = false;
        for (var i = bodyStart; i < bodyEnd; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Content)
            {
                block++;
                if (line.Kind == LineKind.Placeholder)
                {
                    placeholderPending = true;
                    if (body.Count > 0)
                    {
                        body[^1] = body[^1] with { PlaceholderAfter = true };
                    }
                }

                continue;
            }

            if (LayoutRules.IsJunk(line.Text))
            {
                continue;
            }

            body.Add(new BodyLine(line.Text, block, placeholderPending, false));
            placeholderPending = false;
        }

        AddBody(builder, body, blankLineLayout: true);
        return builder.Build();
    }

    /// <summary>
    /// Adds body lines to the builder: the first is the lead (a source tag such as <c>(ĐN)-</c> is taken off);
    /// the others are captions or paragraphs by <see cref="IsCaption"/>.
    /// </summary>
    /// <param name="builder">The article being built.</param>
    /// <param name="body">The body lines in order, already normalised.</param>
    /// <param name="blankLineLayout">Whether blank lines separate paragraphs (so blocks of several short lines can be caption groups).</param>
    internal static void AddBody(ArticleBuilder builder, IReadOnlyList<BodyLine> body, bool blankLineLayout)
    {
        if (body.Count == 0)
        {
            return;
        }

        var lead = body[0].Text;
        if (builder.SourceTag is null && LayoutRules.TryStripSourceTag(lead, out var tag, out var rest))
        {
            builder.SourceTag = tag;
            lead = rest;
        }

        builder.AddBlock(ArticleBlockKind.Paragraph, lead, alreadyNormalized: true);
        var multiBlock = blankLineLayout && body[^1].Block != body[0].Block;
        var blocks = BlockBounds(body);
        for (var i = 1; i < body.Count; i++)
        {
            var kind = IsCaption(body, i, blocks[i], multiBlock) ? ArticleBlockKind.Caption : ArticleBlockKind.Paragraph;
            builder.AddBlock(kind, body[i].Text, alreadyNormalized: true);
        }
    }

    /// <summary>
    /// The caption rule. A line after the lead is a caption when it is a caption candidate (at most
    /// <see cref="LayoutRules.MaxCaptionChars"/> characters, one sentence) and either (1) it does not end with
    /// sentence punctuation; or (2) blank lines separate paragraphs and it sits in a block of 2–6 lines that are
    /// all candidates, one of which lacks final punctuation (a photo group); or (3) it is a block of its own framed
    /// by whitespace-only lines (where images were). A short line with a photo credit (<c>Ảnh: ...</c>) is always a caption.
    /// </summary>
    private static bool IsCaption(IReadOnlyList<BodyLine> body, int index, (int Start, int End) block, bool multiBlock)
    {
        var line = body[index];
        if (LayoutRules.HasPhotoCredit(line.Text))
        {
            return true;
        }

        if (!LayoutRules.IsCaptionCandidate(line.Text))
        {
            return false;
        }

        if (!LayoutRules.EndsWithSentencePunctuation(line.Text))
        {
            return true;
        }

        var (blockStart, blockEnd) = block;
        var size = blockEnd - blockStart + 1;
        if (size == 1)
        {
            return line.PlaceholderBefore && line.PlaceholderAfter;
        }

        if (!multiBlock || size > MaxCaptionGroupLines)
        {
            return false;
        }

        var anyUnpunctuated = false;
        for (var i = blockStart; i <= blockEnd; i++)
        {
            if (!LayoutRules.IsCaptionCandidate(body[i].Text))
            {
                return false;
            }

            anyUnpunctuated |= !LayoutRules.EndsWithSentencePunctuation(body[i].Text);
        }

        return anyUnpunctuated;
    }

    /// <summary>
    /// For every line after the lead, the first and last index of its block (the lead is never part of a
    /// caption group), found in one pass each way so that many short lines cost linear time.
    /// </summary>
    private static (int Start, int End)[] BlockBounds(IReadOnlyList<BodyLine> body)
    {
        var bounds = new (int Start, int End)[body.Count];
        for (var i = 1; i < body.Count; i++)
        {
            bounds[i].Start = i > 1 && body[i - 1].Block == body[i].Block ? bounds[i - 1].Start : i;
        }

        for (var i = body.Count - 1; i >= 1; i--)
        {
            bounds[i].End = i + 1 < body.Count && body[i + 1].Block == body[i].Block ? bounds[i + 1].End : i;
        }

        return bounds;
    }

    /// <summary>Reads the view count and dateline after the title; returns where the body starts.</summary>
    private static int ReadHeader(List<Line> lines, int start, ArticleBuilder builder)
    {
        var seen = 0;
        var i = start;
        var bodyStart = start;
        for (; i < lines.Count && seen < MaxHeaderLines; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Content)
            {
                continue;
            }

            seen++;
            if (builder.Views is null && LayoutRules.TryParseViews(line.Text, out var views))
            {
                builder.Views = views;
            }
            else if (builder.Published is null && LayoutRules.TryParseDateline(line.Text, out var published, out var hasOffset))
            {
                builder.Published = published;
                builder.PublishedHasOffset = hasOffset;
                builder.AddBlock(ArticleBlockKind.Dateline, line.Text, alreadyNormalized: true);
            }
            else
            {
                break;
            }

            bodyStart = i + 1;
        }

        return bodyStart;
    }

    /// <summary>
    /// Drops trailing junk lines and reads the byline: the last line, or a byline glued to the end of the last
    /// paragraph (which is then cut off it); returns where the body ends.
    /// </summary>
    private static int ReadTrailer(List<Line> lines, int bodyStart, ArticleBuilder builder)
    {
        var end = lines.Count;
        while (end > bodyStart && (lines[end - 1].Kind != LineKind.Content || LayoutRules.IsJunk(lines[end - 1].Text)))
        {
            end--;
        }

        if (end <= bodyStart)
        {
            return end;
        }

        var hasBodyBefore = false;
        for (var i = bodyStart; i < end - 1 && !hasBodyBefore; i++)
        {
            hasBodyBefore = lines[i].Kind == LineKind.Content && !LayoutRules.IsJunk(lines[i].Text);
        }

        if (hasBodyBefore && LayoutRules.TryParseByline(lines[end - 1].Text, out var authors))
        {
            foreach (var author in authors)
            {
                builder.AddAuthor(author);
            }

            end--;
        }
        else if (LayoutRules.TryFindGluedByline(lines[end - 1].Text, out var head, out var glued))
        {
            foreach (var author in glued)
            {
                builder.AddAuthor(author);
            }

            lines[end - 1] = lines[end - 1] with { Text = head };
        }

        return end;
    }

    private static List<Line> SplitLines(string normalized)
    {
        var lines = new List<Line>();
        foreach (var raw in normalized.Split('\n'))
        {
            var text = raw.Contains("  ", StringComparison.Ordinal) || raw.Contains('\t', StringComparison.Ordinal)
                ? VietnameseText.CollapseSpaces(raw).Trim()
                : raw.Trim();
            var kind = text.Length > 0 ? LineKind.Content : raw.Length > 0 ? LineKind.Placeholder : LineKind.Blank;
            lines.Add(new Line(text, kind));
        }

        return lines;
    }

    private readonly record struct Line(string Text, LineKind Kind);
}

/// <summary>One body line: its text, which block (run of lines without a blank line) it is in, and whether
/// whitespace-only lines sit right before and after its block.</summary>
internal readonly record struct BodyLine(string Text, int Block, bool PlaceholderBefore, bool PlaceholderAfter);

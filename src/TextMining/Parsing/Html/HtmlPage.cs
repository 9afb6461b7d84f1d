using System.Net;
using System.Text;
using HtmlAgilityPack;

namespace TextMining.Parsing.Html;

/// <summary>Where a block sits and what its ancestors say about it.</summary>
[Flags]
internal enum BlockFlags
{
    None = 0,

    /// <summary>Inside an element whose class/id marks furniture (related, comment, share, ...).</summary>
    Negative = 1,

    /// <summary>Inside nav, header, footer, aside or form.</summary>
    Chrome = 2,

    /// <summary>Inside a figcaption or an element with a caption class.</summary>
    Caption = 4,

    /// <summary>Inside an element with a lead (sapo) class.</summary>
    Lead = 8,

    /// <summary>Inside an element with an author/byline class.</summary>
    Byline = 16,

    /// <summary>Inside an element with a date class or a time element.</summary>
    Date = 32,

    /// <summary>Inside nav or footer (left out even when searching for datelines).</summary>
    NavOrFooter = 64,

    /// <summary>The block is a heading.</summary>
    Heading = 128,

    /// <summary>Inside a figure or an image table.</summary>
    Figure = 256,

    /// <summary>Inside a right-aligned paragraph (vnexpress bylines).</summary>
    RightAligned = 512,

    /// <summary>Inside an article or main element (a header there is the article's, not the page's).</summary>
    InArticle = 1024,
}

/// <summary>One block of visible text: the text that sits directly in one block-level element.</summary>
internal sealed class TextBlock
{
    public required HtmlNode Owner { get; init; }

    public required string Text { get; init; }

    public required int LinkChars { get; init; }

    public required BlockFlags Flags { get; init; }

    /// <summary>Every non-blank piece of text was inside strong/b.</summary>
    public required bool AllStrong { get; init; }

    /// <summary>The owner's enter index in document order.</summary>
    public required int Order { get; init; }

    /// <summary>The innermost ancestor (or the owner) that is furniture by class or tag, or null.</summary>
    public required HtmlNode? Excluded { get; init; }

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>What the walk learned about one element: its span in document order and the text below it.</summary>
internal sealed class ElementInfo
{
    public int Enter { get; set; }

    public int Exit { get; set; }

    public int TextChars { get; set; }

    public int LinkChars { get; set; }

    public HintFlags Hints { get; set; }

    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;
}

/// <summary>
/// One pass over a parsed page, without recursion: collects the head's metadata (meta, link, title, JSON-LD),
/// the visible text blocks in reading order, and per-element text statistics for content scoring.
/// Skips scripts, styles, forms' controls, hidden elements, and anything nested deeper than <see cref="MaxDepth"/>.
/// </summary>
internal sealed class HtmlPage
{
    public const int MaxDepth = 400;
    public const int MaxNodes = 1_500_000;

    private static readonly HashSet<string> SkipTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "select", "button", "input",
        "textarea", "canvas", "video", "audio", "map", "math", "head", "option", "datalist", "dialog",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
        "blockquote", "figure", "figcaption", "pre", "address", "center", "details", "summary", "form", "fieldset",
        "body", "html", "hr",
    };

    private readonly Dictionary<HtmlNode, ElementInfo> _elements = new(ReferenceEqualityComparer.Instance);
    private readonly List<TextBlock> _blocks = [];
    private readonly List<TextBlock> _inlineCaptures = [];
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _jsonLd = [];
    private readonly List<(string Value, int Order, BlockFlags Flags)> _timeValues = [];
    private readonly List<(HtmlNode Node, int Order)> _headings1 = [];

    private HtmlPage()
    {
    }

    public IReadOnlyList<TextBlock> Blocks => _blocks;

    /// <summary>The text of inline elements marked as a date or a byline (<c>&lt;span class="date"&gt;</c>, <c>&lt;time&gt;</c>).</summary>
    public IReadOnlyList<TextBlock> InlineCaptures => _inlineCaptures;

    public IReadOnlyDictionary<string, string> Meta => _meta;

    public IReadOnlyList<string> JsonLd => _jsonLd;

    /// <summary><c>datetime</c> attributes of time elements, in document order.</summary>
    public IReadOnlyList<(string Value, int Order, BlockFlags Flags)> TimeValues => _timeValues;

    /// <summary>The h1 elements outside nav/footer, in document order.</summary>
    public IReadOnlyList<(HtmlNode Node, int Order)> Headings1 => _headings1;

    public string? DocumentTitle { get; private set; }

    public string? Canonical { get; private set; }

    public HtmlNode? Body { get; private set; }

    public bool DepthLimited { get; private set; }

    public bool NodeLimited { get; private set; }

    public ElementInfo? Info(HtmlNode node) => _elements.GetValueOrDefault(node);

    public static HtmlPage Read(HtmlDocument document)
    {
        var page = new HtmlPage();
        page.Walk(document.DocumentNode);
        return page;
    }

    private void Walk(HtmlNode root)
    {
        var stack = new Stack<Frame>();
        var order = 0;
        var nodes = 0;
        var text = new StringBuilder();
        var linkChars = 0;
        var allStrong = true;
        var inlineFlags = BlockFlags.None;
        var flushes = 0;
        stack.Push(new Frame(root, null, BlockFlags.None, Excluded: null, InLink: false, InStrong: false, Depth: 0));
        _elements[root] = new ElementInfo { Enter = order++ };

        HtmlNode currentOwner = root;
        HtmlNode? currentOwnerExcluded = null;
        var currentOwnerFlags = BlockFlags.None;
        var currentOwnerOrder = 0;

        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            var node = frame.Node;
            if (frame.Entered)
            {
                // Leaving an element: close its block and fold its text counts into the parent.
                if (IsBlock(node))
                {
                    Flush();
                    currentOwner = frame.RestoreOwner ?? root;
                    currentOwnerFlags = frame.RestoreOwnerFlags;
                    currentOwnerExcluded = frame.RestoreOwnerExcluded;
                    currentOwnerOrder = _elements.TryGetValue(currentOwner, out var ownerInfo) ? ownerInfo.Enter : 0;
                }

                _elements.TryGetValue(node, out var info);
                if (info is not null)
                {
                    info.Exit = order++;
                    if (frame.Parent is not null && _elements.TryGetValue(frame.Parent, out var parentInfo))
                    {
                        parentInfo.TextChars += info.TextChars;
                        parentInfo.LinkChars += info.LinkChars;
                    }
                }

                if (frame.CaptureStart >= 0 && frame.CaptureFlushes == flushes && text.Length > frame.CaptureStart)
                {
                    var captured = text.ToString(frame.CaptureStart, text.Length - frame.CaptureStart);
                    if (CountVisible(captured) > 0)
                    {
                        _inlineCaptures.Add(new TextBlock
                        {
                            Owner = node,
                            Text = captured,
                            LinkChars = 0,
                            Flags = frame.CaptureFlags,
                            AllStrong = false,
                            Order = info?.Enter ?? 0,
                            Excluded = frame.Excluded,
                        });
                    }
                }

                if (frame.DashAfter && text.Length > 0)
                {
                    text.Append(" - ");
                }

                continue;
            }

            if (++nodes > MaxNodes)
            {
                NodeLimited = true;
                break;
            }

            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    AppendText(((HtmlTextNode)node).Text, frame);
                    continue;
                case HtmlNodeType.Comment:
                    continue;
            }

            var name = node.Name;
            if (node.NodeType == HtmlNodeType.Element)
            {
                if (ReadHeadElement(node, name))
                {
                    continue;
                }

                if (SkipTags.Contains(name))
                {
                    if (name.Equals("head", StringComparison.OrdinalIgnoreCase))
                    {
                        ReadHead(node);
                    }

                    continue;
                }

                if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append('\n');
                    continue;
                }

                if (IsHidden(node))
                {
                    continue;
                }
            }

            if (frame.Depth > MaxDepth)
            {
                DepthLimited = true;
                continue;
            }

            var flags = frame.Flags;
            var excluded = frame.Excluded;
            var hints = HintFlags.None;
            var isBlock = IsBlock(node);
            if (node.NodeType == HtmlNodeType.Element)
            {
                hints = HtmlHints.Classify(HintText(node));
                if ((hints & HintFlags.Hidden) != 0)
                {
                    continue;
                }

                var tagFlags = TagFlags(name, node);
                if (name.Equals("header", StringComparison.OrdinalIgnoreCase) && (frame.Flags & BlockFlags.InArticle) != 0)
                {
                    tagFlags &= ~BlockFlags.Chrome;
                }

                flags |= tagFlags;
                if (name is "article" or "main")
                {
                    flags |= BlockFlags.InArticle;
                }

                var negative = (hints & HintFlags.Negative) != 0
                    || ((hints & HintFlags.PageChrome) != 0 && (frame.Flags & BlockFlags.InArticle) == 0);
                if (isBlock && negative)
                {
                    flags |= BlockFlags.Negative;
                    excluded = node;
                }
                else if ((tagFlags & BlockFlags.Chrome) != 0)
                {
                    excluded = node;
                }

                if ((hints & HintFlags.Caption) != 0)
                {
                    flags |= BlockFlags.Caption;
                }

                if (isBlock && (hints & HintFlags.Lead) != 0)
                {
                    flags |= BlockFlags.Lead;
                }

                if ((hints & HintFlags.Byline) != 0 || string.Equals(node.GetAttributeValue("itemprop", null), "author", StringComparison.OrdinalIgnoreCase))
                {
                    flags |= BlockFlags.Byline;
                }

                if ((hints & HintFlags.Date) != 0)
                {
                    flags |= BlockFlags.Date;
                }

                if (name.Equals("h1", StringComparison.OrdinalIgnoreCase) && (flags & BlockFlags.NavOrFooter) == 0)
                {
                    _headings1.Add((node, order));
                }

                if (name.Equals("time", StringComparison.OrdinalIgnoreCase) && node.GetAttributeValue("datetime", null) is { Length: > 0 } datetime)
                {
                    _timeValues.Add((WebUtility.HtmlDecode(datetime), order, flags));
                }
            }

            _elements[node] = new ElementInfo { Enter = order++, Hints = hints };
            var inLink = frame.InLink || name.Equals("a", StringComparison.OrdinalIgnoreCase);
            var inStrong = frame.InStrong || name is "strong" or "b" || (name.Length == 2 && name[0] == 'h' && char.IsAsciiDigit(name[1]));

            if (isBlock)
            {
                Flush();
            }

            // The frame is pushed again to be met on the way out; it remembers the block owner to restore.
            stack.Push(frame with
            {
                Entered = true,
                RestoreOwner = currentOwner,
                RestoreOwnerFlags = currentOwnerFlags,
                RestoreOwnerExcluded = currentOwnerExcluded,
                DashAfter = (hints & HintFlags.DashAfter) != 0,
                CaptureStart = !isBlock && ((hints & (HintFlags.Date | HintFlags.Byline)) != 0 || name.Equals("time", StringComparison.OrdinalIgnoreCase)) ? text.Length : -1,
                CaptureFlushes = flushes,
                CaptureFlags = flags,
            });
            if (isBlock)
            {
                currentOwner = node;
                currentOwnerFlags = flags;
                currentOwnerExcluded = excluded;
                currentOwnerOrder = _elements[node].Enter;
            }

            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(new Frame(children[i], node, flags, excluded, inLink, inStrong, frame.Depth + 1));
            }
        }

        Flush();
        Body ??= root;

        void AppendText(string raw, Frame frame)
        {
            if (raw.Length == 0)
            {
                return;
            }

            var decoded = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
            var visible = CountVisible(decoded);
            if (visible == 0)
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                return;
            }

            text.Append(decoded);
            inlineFlags |= frame.Flags & (BlockFlags.Date | BlockFlags.Caption | BlockFlags.Byline);
            if (frame.InLink)
            {
                linkChars += visible;
            }

            if (!frame.InStrong)
            {
                allStrong = false;
            }

            if (frame.Parent is not null && _elements.TryGetValue(frame.Parent, out var parentInfo))
            {
                parentInfo.TextChars += visible;
                if (frame.InLink)
                {
                    parentInfo.LinkChars += visible;
                }
            }
        }

        void Flush()
        {
            if (text.Length == 0)
            {
                return;
            }

            var value = text.ToString();
            text.Clear();
            flushes++;
            var trimmedLength = CountVisible(value);
            if (trimmedLength > 0 && !ReferenceEquals(currentOwner, root))
            {
                var flags = currentOwnerFlags | inlineFlags;
                var ownerName = currentOwner.Name;
                if (ownerName.Length == 2 && ownerName[0] is 'h' or 'H' && char.IsAsciiDigit(ownerName[1]))
                {
                    flags |= BlockFlags.Heading;
                }

                _blocks.Add(new TextBlock
                {
                    Owner = currentOwner,
                    Text = value,
                    LinkChars = linkChars,
                    Flags = flags,
                    AllStrong = allStrong,
                    Order = currentOwnerOrder,
                    Excluded = currentOwnerExcluded,
                });
            }

            linkChars = 0;
            allStrong = true;
            inlineFlags = BlockFlags.None;
        }

        void ReadHead(HtmlNode head)
        {
            // The head holds only metadata: read it without walking it as text.
            var headStack = new Stack<HtmlNode>();
            headStack.Push(head);
            var count = 0;
            while (headStack.Count > 0 && count++ < 100_000)
            {
                var n = headStack.Pop();
                if (n.NodeType == HtmlNodeType.Element && n != head && ReadHeadElement(n, n.Name))
                {
                    continue;
                }

                for (var i = n.ChildNodes.Count - 1; i >= 0; i--)
                {
                    headStack.Push(n.ChildNodes[i]);
                }
            }
        }
    }

    private static int CountVisible(string value)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsBlock(HtmlNode node) => node.NodeType == HtmlNodeType.Element && BlockTags.Contains(node.Name);

    private static string HintText(HtmlNode node)
    {
        var cls = node.GetAttributeValue("class", null);
        var id = node.GetAttributeValue("id", null);
        var role = node.GetAttributeValue("data-role", null);
        if (id is null && role is null)
        {
            return cls ?? string.Empty;
        }

        return string.Join(' ', new[] { cls, id, role }.Where(s => !string.IsNullOrEmpty(s)));
    }

    private static BlockFlags TagFlags(string name, HtmlNode node)
    {
        var flags = BlockFlags.None;
        switch (name)
        {
            case "nav":
            case "footer":
                flags |= BlockFlags.Chrome | BlockFlags.NavOrFooter;
                break;
            case "header":
            case "aside":
            case "form":
            case "fieldset":
                flags |= BlockFlags.Chrome;
                break;
            case "figcaption":
                flags |= BlockFlags.Caption;
                break;
            case "figure":
                flags |= BlockFlags.Figure;
                break;
            case "time":
                flags |= BlockFlags.Date;
                break;
            case "p":
            case "div":
                if (node.GetAttributeValue("style", null) is { } style && style.Contains("right", StringComparison.OrdinalIgnoreCase)
                    && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("text-align:right", StringComparison.OrdinalIgnoreCase))
                {
                    flags |= BlockFlags.RightAligned;
                }

                break;
        }

        var role = node.GetAttributeValue("role", null);
        if (role is not null && (role.Equals("navigation", StringComparison.OrdinalIgnoreCase)
            || role.Equals("banner", StringComparison.OrdinalIgnoreCase)
            || role.Equals("contentinfo", StringComparison.OrdinalIgnoreCase)
            || role.Equals("complementary", StringComparison.OrdinalIgnoreCase)))
        {
            flags |= BlockFlags.Chrome;
        }

        return flags;
    }

    private static bool IsHidden(HtmlNode node)
    {
        if (node.Attributes.Count == 0)
        {
            return false;
        }

        if (node.Attributes.Contains("hidden"))
        {
            return true;
        }

        var style = node.GetAttributeValue("style", null);
        if (style is null || !style.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads meta, link, title and JSON-LD elements wherever they are; true when the element was one of them.</summary>
    private bool ReadHeadElement(HtmlNode node, string name)
    {
        switch (name)
        {
            case "meta":
                var content = node.GetAttributeValue("content", null);
                if (content is not null)
                {
                    content = WebUtility.HtmlDecode(content).Trim();
                    foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
                    {
                        var key = node.GetAttributeValue(attribute, null);
                        if (!string.IsNullOrWhiteSpace(key) && content.Length > 0)
                        {
                            _meta.TryAdd(key.Trim(), content);
                        }
                    }
                }

                return true;
            case "link":
                var rel = node.GetAttributeValue("rel", null);
                if (Canonical is null && rel is not null && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase))
                {
                    var href = node.GetAttributeValue("href", null);
                    if (!string.IsNullOrWhiteSpace(href))
                    {
                        Canonical = WebUtility.HtmlDecode(href).Trim();
                    }
                }

                return true;
            case "title":
                if (DocumentTitle is null)
                {
                    DocumentTitle = WebUtility.HtmlDecode(node.InnerText);
                }

                return true;
            case "script":
                var type = node.GetAttributeValue("type", null);
                if (type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    _jsonLd.Add(node.InnerHtml);
                }

                return true;
            case "body":
                Body ??= node;
                return false;
            default:
                return false;
        }
    }

    /// <summary>One step of the walk: a node on the way in, or (Entered) an element on the way out.</summary>
    private readonly record struct Frame(HtmlNode Node, HtmlNode? Parent, BlockFlags Flags, HtmlNode? Excluded, bool InLink, bool InStrong, int Depth)
    {
        public bool Entered { get; init; }

        public HtmlNode? RestoreOwner { get; init; }

        public BlockFlags RestoreOwnerFlags { get; init; }

        public HtmlNode? RestoreOwnerExcluded { get; init; }

        public bool DashAfter { get; init; }

        public int CaptureStart { get; init; } = -1;

        public int CaptureFlushes { get; init; }

        public BlockFlags CaptureFlags { get; init; }
    }
}

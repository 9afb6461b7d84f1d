using System.Net;
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

    private void Walk(HtmlNode root) => new Walker(this, root).Run();

    /// <summary>
    /// The walk over the DOM: an explicit stack (no recursion, so deep pages cannot overflow it) that meets each
    /// element on the way in (classify it, open a block) and on the way out (close the block, fold its text counts into
    /// its parent), and gathers the text between block boundaries into <see cref="TextBlock"/>s.
    /// </summary>
    private sealed class Walker(HtmlPage page, HtmlNode root)
    {
        private readonly HtmlNode _root = root;
        private readonly Stack<Frame> _stack = new();
        private readonly StringBuilder _text = new();
        private int _order;
        private int _nodes;
        private int _flushes;
        private int _linkChars;
        private bool _allStrong = true;
        private BlockFlags _inlineFlags;
        private HtmlNode _owner = root;
        private HtmlNode? _ownerExcluded;
        private BlockFlags _ownerFlags;
        private int _ownerOrder;

        public void Run()
        {
            _stack.Push(new Frame(_root, null, BlockFlags.None, Excluded: null, InLink: false, InStrong: false, Depth: 0));
            page._elements[_root] = new ElementInfo { Enter = _order++ };
            while (_stack.Count > 0)
            {
                var frame = _stack.Pop();
                if (frame.Entered)
                {
                    Leave(frame);
                    continue;
                }

                if (++_nodes > MaxNodes)
                {
                    page.NodeLimited = true;
                    break;
                }

                Enter(frame);
            }

            Flush();
            page.Body ??= _root;
        }

        /// <summary>Leaving an element: close its block and fold its text counts into the parent.</summary>
        private void Leave(Frame frame)
        {
            var node = frame.Node;
            if (IsBlock(node))
            {
                Flush();
                _owner = frame.RestoreOwner ?? _root;
                _ownerFlags = frame.RestoreOwnerFlags;
                _ownerExcluded = frame.RestoreOwnerExcluded;
                _ownerOrder = page._elements.TryGetValue(_owner, out var ownerInfo) ? ownerInfo.Enter : 0;
            }

            page._elements.TryGetValue(node, out var info);
            if (info is not null)
            {
                info.Exit = _order++;
                if (frame.Parent is not null && page._elements.TryGetValue(frame.Parent, out var parentInfo))
                {
                    parentInfo.TextChars += info.TextChars;
                    parentInfo.LinkChars += info.LinkChars;
                }
            }

            if (frame.CaptureStart >= 0 && frame.CaptureFlushes == _flushes && _text.Length > frame.CaptureStart)
            {
                CaptureInline(frame, info);
            }

            if (frame.DashAfter && _text.Length > 0)
            {
                _text.Append(" - ");
            }
        }

        /// <summary>Keeps the text of an inline date or byline element (a <c>span.date</c> inside a paragraph) on its own.</summary>
        private void CaptureInline(Frame frame, ElementInfo? info)
        {
            var captured = _text.ToString(frame.CaptureStart, _text.Length - frame.CaptureStart);
            if (CountVisible(captured) > 0)
            {
                page._inlineCaptures.Add(new TextBlock
                {
                    Owner = frame.Node,
                    Text = captured,
                    LinkChars = 0,
                    Flags = frame.CaptureFlags,
                    AllStrong = false,
                    Order = info?.Enter ?? 0,
                    Excluded = frame.Excluded,
                });
            }
        }

        /// <summary>Entering a node: text is appended; an element is classified, opens a block and pushes its children.</summary>
        private void Enter(Frame frame)
        {
            var node = frame.Node;
            switch (node.NodeType)
            {
                case HtmlNodeType.Text:
                    AppendText(((HtmlTextNode)node).Text, frame);
                    return;
                case HtmlNodeType.Comment:
                    return;
            }

            var name = node.Name;
            if (node.NodeType == HtmlNodeType.Element && IsSkipped(node, name))
            {
                return;
            }

            if (frame.Depth > MaxDepth)
            {
                page.DepthLimited = true;
                return;
            }

            var flags = frame.Flags;
            var excluded = frame.Excluded;
            var hints = HintFlags.None;
            var isBlock = IsBlock(node);
            if (node.NodeType == HtmlNodeType.Element && !Classify(frame, name, isBlock, out hints, ref flags, ref excluded))
            {
                return;
            }

            page._elements[node] = new ElementInfo { Enter = _order++, Hints = hints };
            Open(frame, name, isBlock, hints, flags, excluded);
        }

        /// <summary>Head metadata, skipped tags, line breaks and hidden elements: read, if at all, without walking them as text.</summary>
        private bool IsSkipped(HtmlNode node, string name)
        {
            if (page.ReadHeadElement(node, name))
            {
                return true;
            }

            if (SkipTags.Contains(name))
            {
                if (name.Equals("head", StringComparison.OrdinalIgnoreCase))
                {
                    ReadHead(node);
                }

                return true;
            }

            if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                _text.Append('\n');
                return true;
            }

            return IsHidden(node);
        }

        /// <summary>The block flags an element gives its text (tags, class hints, roles); false when its hints hide it.</summary>
        private bool Classify(Frame frame, string name, bool isBlock, out HintFlags hints, ref BlockFlags flags, ref HtmlNode? excluded)
        {
            var node = frame.Node;
            hints = HtmlHints.Classify(HintText(node));
            if ((hints & HintFlags.Hidden) != 0)
            {
                return false;
            }

            var tagFlags = TagFlags(name, node);
            if (name.Equals("header", StringComparison.OrdinalIgnoreCase) && (frame.Flags & BlockFlags.InArticle) != 0)
            {
                tagFlags &= ~BlockFlags.Chrome;
            }

            flags |= tagFlags | (name is "article" or "main" ? BlockFlags.InArticle : BlockFlags.None);
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

            flags |= HintBlockFlags(node, hints, isBlock);
            if (name.Equals("h1", StringComparison.OrdinalIgnoreCase) && (flags & BlockFlags.NavOrFooter) == 0)
            {
                page._headings1.Add((node, _order));
            }

            if (name.Equals("time", StringComparison.OrdinalIgnoreCase) && node.GetAttributeValue("datetime", null) is { Length: > 0 } datetime)
            {
                page._timeValues.Add((WebUtility.HtmlDecode(datetime), _order, flags));
            }

            return true;
        }

        /// <summary>Opens the element: a block starts a new one; the frame is pushed again to be met on the way out; then the children.</summary>
        private void Open(Frame frame, string name, bool isBlock, HintFlags hints, BlockFlags flags, HtmlNode? excluded)
        {
            var node = frame.Node;
            var inLink = frame.InLink || name.Equals("a", StringComparison.OrdinalIgnoreCase);
            var inStrong = frame.InStrong || name is "strong" or "b" || (name.Length == 2 && name[0] == 'h' && char.IsAsciiDigit(name[1]));
            if (isBlock)
            {
                Flush();
            }

            // The frame remembers the block owner to restore.
            _stack.Push(frame with
            {
                Entered = true,
                RestoreOwner = _owner,
                RestoreOwnerFlags = _ownerFlags,
                RestoreOwnerExcluded = _ownerExcluded,
                DashAfter = (hints & HintFlags.DashAfter) != 0,
                CaptureStart = !isBlock && ((hints & (HintFlags.Date | HintFlags.Byline)) != 0 || name.Equals("time", StringComparison.OrdinalIgnoreCase)) ? _text.Length : -1,
                CaptureFlushes = _flushes,
                CaptureFlags = flags,
            });
            if (isBlock)
            {
                _owner = node;
                _ownerFlags = flags;
                _ownerExcluded = excluded;
                _ownerOrder = page._elements[node].Enter;
            }

            var children = node.ChildNodes;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                _stack.Push(new Frame(children[i], node, flags, excluded, inLink, inStrong, frame.Depth + 1));
            }
        }

        private void AppendText(string raw, Frame frame)
        {
            if (raw.Length == 0)
            {
                return;
            }

            var decoded = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
            var visible = CountVisible(decoded);
            if (visible == 0)
            {
                if (_text.Length > 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }

                return;
            }

            _text.Append(decoded);
            _inlineFlags |= frame.Flags & (BlockFlags.Date | BlockFlags.Caption | BlockFlags.Byline);
            if (frame.InLink)
            {
                _linkChars += visible;
            }

            _allStrong &= frame.InStrong;
            if (frame.Parent is not null && page._elements.TryGetValue(frame.Parent, out var parentInfo))
            {
                parentInfo.TextChars += visible;
                parentInfo.LinkChars += frame.InLink ? visible : 0;
            }
        }

        private void Flush()
        {
            if (_text.Length == 0)
            {
                return;
            }

            var value = _text.ToString();
            _text.Clear();
            _flushes++;
            if (CountVisible(value) > 0 && !ReferenceEquals(_owner, _root))
            {
                var flags = _ownerFlags | _inlineFlags;
                var ownerName = _owner.Name;
                if (ownerName.Length == 2 && ownerName[0] is 'h' or 'H' && char.IsAsciiDigit(ownerName[1]))
                {
                    flags |= BlockFlags.Heading;
                }

                page._blocks.Add(new TextBlock
                {
                    Owner = _owner,
                    Text = value,
                    LinkChars = _linkChars,
                    Flags = flags,
                    AllStrong = _allStrong,
                    Order = _ownerOrder,
                    Excluded = _ownerExcluded,
                });
            }

            _linkChars = 0;
            _allStrong = true;
            _inlineFlags = BlockFlags.None;
        }

        /// <summary>The head holds only metadata: read it without walking it as text.</summary>
        private void ReadHead(HtmlNode head)
        {
            var headStack = new Stack<HtmlNode>();
            headStack.Push(head);
            var count = 0;
            while (headStack.Count > 0 && count++ < 100_000)
            {
                var n = headStack.Pop();
                if (n.NodeType == HtmlNodeType.Element && n != head && page.ReadHeadElement(n, n.Name))
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

    /// <summary>The flags that an element's class hints (and <c>itemprop="author"</c>) give its text.</summary>
    private static BlockFlags HintBlockFlags(HtmlNode node, HintFlags hints, bool isBlock)
    {
        var flags = BlockFlags.None;
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

        return flags;
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
        var flags = name switch
        {
            "nav" or "footer" => BlockFlags.Chrome | BlockFlags.NavOrFooter,
            "header" or "aside" or "form" or "fieldset" => BlockFlags.Chrome,
            "figcaption" => BlockFlags.Caption,
            "figure" => BlockFlags.Figure,
            "time" => BlockFlags.Date,
            "p" or "div" when IsRightAligned(node) => BlockFlags.RightAligned,
            _ => BlockFlags.None,
        };

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

    private static bool IsRightAligned(HtmlNode node) =>
        node.GetAttributeValue("style", null) is { } style && style.Contains("right", StringComparison.OrdinalIgnoreCase)
        && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("text-align:right", StringComparison.OrdinalIgnoreCase);

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

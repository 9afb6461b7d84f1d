using HtmlAgilityPack;

namespace TextMining.Parsing.Html;

/// <summary>
/// Picks the element that holds the article's text by readability-style scoring: every paragraph-like block adds
/// <c>1 + commas + min(length / 100, 3)</c> to its parent, half to its grandparent and 1/(3·level) further up (5 levels);
/// candidates start from a tag bonus and ±25 for class hints; the final score is scaled by <c>1 - link density</c>.
/// </summary>
internal static class MainContentFinder
{
    private const int MinParagraphChars = 25;

    /// <summary>The chosen container and the siblings that belong with it, or an empty list when nothing qualifies.</summary>
    /// <param name="page">The walked page.</param>
    /// <param name="lenient">
    /// False: text inside furniture (by class or tag) is not scored. True: it is (except nav and footer), for pages
    /// that wrap the whole article in an element with a furniture-like class (vnexpress's <c>sidebar-1</c>).
    /// </param>
    public static IReadOnlyList<HtmlNode> Find(HtmlPage page, bool lenient)
    {
        var scores = new Dictionary<HtmlNode, double>(ReferenceEqualityComparer.Instance);
        var pageChars = page.Body is { } body && page.Info(body) is { } bodyInfo ? bodyInfo.TextChars : 0;
        var candidates = new List<HtmlNode>();
        foreach (var block in page.Blocks)
        {
            // Captions count only in the lenient pass: a photo story (vnexpress 2014) is all captions.
            if ((block.Flags & (BlockFlags.Byline | BlockFlags.Date | BlockFlags.NavOrFooter)) != 0
                || (!lenient && (block.Excluded is not null || (block.Flags & BlockFlags.Caption) != 0))
                || (lenient && block.Excluded is { } furniture && !IsLargeWrapper(page, furniture, pageChars))
                || block.LinkDensity > 0.5)
            {
                continue;
            }

            var length = CountLetters(block.Text);
            if (length < MinParagraphChars)
            {
                continue;
            }

            var score = 1.0 + CountCommas(block.Text) + Math.Min(length / 100.0, 3.0);
            var ancestor = IsContainer(block.Owner) && (block.Flags & BlockFlags.Heading) == 0 && block.Owner.Name != "p"
                ? block.Owner
                : block.Owner.ParentNode;
            for (var level = 0; level < 5 && ancestor is not null && ancestor.NodeType == HtmlNodeType.Element; level++)
            {
                var info = page.Info(ancestor);
                if (info is null)
                {
                    break;
                }

                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = InitialScore(ancestor, info);
                    candidates.Add(ancestor);
                }

                scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                ancestor = ancestor.ParentNode;
            }
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        foreach (var candidate in candidates)
        {
            scores[candidate] *= 1 - page.Info(candidate)!.LinkDensity;
        }

        candidates.Sort((a, b) => scores[b].CompareTo(scores[a]));
        var top = candidates[0];
        if (scores[top] <= 0)
        {
            return [];
        }

        top = PreferCommonAncestor(page, scores, candidates, top);
        top = ClimbWhileScoreHolds(page, scores, top);
        return WithSiblings(page, scores, top);
    }

    private static HtmlNode PreferCommonAncestor(HtmlPage page, Dictionary<HtmlNode, double> scores, List<HtmlNode> candidates, HtmlNode top)
    {
        // When several near-top candidates share an ancestor (a photo story split into many small boxes), that
        // ancestor is the article.
        var topScore = scores[top];
        var close = candidates.Skip(1).Take(5).Where(c => scores[c] >= topScore * 0.75).ToList();
        if (close.Count < 3)
        {
            return top;
        }

        var parent = top.ParentNode;
        for (var level = 0; parent is not null && level < 8 && parent.Name is not ("body" or "html" or "#document"); level++)
        {
            var parentInfo = page.Info(parent);
            if (parentInfo is null)
            {
                break;
            }

            var contained = close.Count(c => Contains(page, parent, c));
            if (contained >= 3)
            {
                // An ancestor above the levels blocks score has no score yet: it takes the top one's.
                scores.TryAdd(parent, topScore);
                return parent;
            }

            parent = parent.ParentNode;
        }

        return top;
    }

    private static HtmlNode ClimbWhileScoreHolds(HtmlPage page, Dictionary<HtmlNode, double> scores, HtmlNode top)
    {
        var lastScore = scores[top];
        var threshold = lastScore / 3;
        var parent = top.ParentNode;
        for (var level = 0; parent is not null && level < 8 && parent.Name is not ("body" or "html" or "#document"); level++)
        {
            var info = page.Info(parent);
            if (info is null)
            {
                break;
            }

            if (!scores.TryGetValue(parent, out var parentScore))
            {
                parent = parent.ParentNode;
                continue;
            }

            if (parentScore < threshold || (info.Hints & (HintFlags.Negative | HintFlags.PageChrome)) != 0)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentScore;
            parent = parent.ParentNode;
        }

        // A lone child says nothing more than its parent.
        while (top.ParentNode is { } p && p.Name is not ("body" or "html" or "#document") && ElementChildCount(p) == 1
            && page.Info(p) is { } pi && (pi.Hints & (HintFlags.Negative | HintFlags.PageChrome)) == 0)
        {
            scores[p] = Math.Max(scores.GetValueOrDefault(p), scores[top]);
            top = p;
        }

        return top;
    }

    private static List<HtmlNode> WithSiblings(HtmlPage page, Dictionary<HtmlNode, double> scores, HtmlNode top)
    {
        var result = new List<HtmlNode>();
        var parent = top.ParentNode;
        var topScore = scores[top];
        if (parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        foreach (var sibling in parent.ChildNodes)
        {
            if (ReferenceEquals(sibling, top))
            {
                result.Add(top);
                continue;
            }

            if (sibling.NodeType != HtmlNodeType.Element || page.Info(sibling) is not { } info || (info.Hints & (HintFlags.Negative | HintFlags.PageChrome)) != 0)
            {
                continue;
            }

            if (scores.TryGetValue(sibling, out var siblingScore) && siblingScore >= threshold)
            {
                result.Add(sibling);
            }
            else if (sibling.Name == "p" && info.TextChars > 80 && info.LinkDensity < 0.25)
            {
                result.Add(sibling);
            }
        }

        return result;
    }

    /// <summary>A furniture-classed element that holds a quarter of the page's text wraps the article, not a side box.</summary>
    private static bool IsLargeWrapper(HtmlPage page, HtmlNode furniture, int pageChars) =>
        pageChars > 0 && page.Info(furniture) is { } info && info.TextChars * 4 >= pageChars;

    /// <summary>Whether <paramref name="node"/> lies inside <paramref name="ancestor"/> (or is it).</summary>
    public static bool Contains(HtmlPage page, HtmlNode ancestor, HtmlNode node)
    {
        var a = page.Info(ancestor);
        var n = page.Info(node);
        return a is not null && n is not null && a.Enter <= n.Enter && n.Enter <= a.Exit;
    }

    private static double InitialScore(HtmlNode node, ElementInfo info)
    {
        var score = node.Name switch
        {
            "div" or "article" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if ((info.Hints & (HintFlags.Negative | HintFlags.PageChrome)) != 0)
        {
            score -= 25;
        }

        if ((info.Hints & HintFlags.Positive) != 0)
        {
            score += 25;
        }

        if (string.Equals(node.GetAttributeValue("itemprop", null), "articleBody", StringComparison.OrdinalIgnoreCase))
        {
            score += 25;
        }

        return score;
    }

    private static bool IsContainer(HtmlNode node) => node.Name is "div" or "section" or "article" or "main" or "td";

    private static int ElementChildCount(HtmlNode node)
    {
        var count = 0;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Element)
            {
                count++;
            }
            else if (child.NodeType == HtmlNodeType.Text && !string.IsNullOrWhiteSpace(child.InnerHtml))
            {
                return 2;
            }
        }

        return count;
    }

    private static int CountLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，')
            {
                count++;
            }
        }

        return count;
    }
}

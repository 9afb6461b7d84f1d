using TextMining.Text;

namespace TextMining.Tests.Text;

public class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Matcher = new(
    [
        new("Công an", "org"),
        new("Công an tỉnh", "org-province"),
        new("Công an nhân dân", "org-people"),
        new("TP.", "city", Exact: true),
        new("ông:", "intro"),
        new("xã", "level"),
    ]);

    [Theory]
    [InlineData("Công an tỉnh Quảng Bình", 0, "org-province", 12)]
    [InlineData("CÔNG AN  TỈNH", 0, "org-province", 13)]
    [InlineData("công an huyện", 0, "org", 7)]
    [InlineData("Công an nhân dân", 0, "org-people", 16)]
    [InlineData("về TP. Huế", 3, "city", 6)]
    [InlineData("Thưa ông: cảm ơn", 5, "intro", 9)]
    [InlineData("thuộc xã Vạn Ninh", 6, "level", 8)]
    public void TryMatchLongest_Phrase_ReturnsLongestWithSpan(string text, int start, string value, int end)
    {
        var key = VietnameseText.ToMatchingKey(text);

        Assert.True(Matcher.TryMatchLongest(key, start, out var match, text));
        Assert.Equal(new PhraseMatch<string>(start, end, value), match);
    }

    [Theory]
    [InlineData("Công ant", 0)]
    [InlineData("Côngan", 0)]
    [InlineData("về tp. Huế", 3)]
    [InlineData("xãhội", 0)]
    [InlineData("ông : a", 0)]
    [InlineData("", 0)]
    public void TryMatchLongest_NoPhrase_ReturnsFalse(string text, int start)
    {
        var key = VietnameseText.ToMatchingKey(text);

        Assert.False(Matcher.TryMatchLongest(key, start, out _, text));
    }

    [Fact]
    public void MatchAll_SharedPrefix_ReturnsEveryPhraseLongestFirst()
    {
        const string text = "Công an tỉnh";
        var matches = new List<PhraseMatch<string>>();

        Matcher.MatchAll(VietnameseText.ToMatchingKey(text), 0, matches, text);

        Assert.Equal(["org-province", "org"], matches.Select(m => m.Value));
    }

    [Fact]
    public void MayStartWithWord_PhraseStartingWithNoWordCharacter_StillTurnsDownOtherWords()
    {
        // The units lexicon holds "%": it cannot start at a word, and must not open the first-word filter to all words.
        var units = new PhraseMatcher<string>([new("%", "percent"), new("mô hình", "model")]);
        var key = VietnameseText.ToMatchingKey("đạt 95% mô hình");

        Assert.False(units.MayStartWithWord("đạt"));
        Assert.True(units.MayStartWithWord("mô"));
        Assert.True(units.TryMatchLongest(key, key.IndexOf('%', StringComparison.Ordinal), out var percent));
        Assert.Equal("percent", percent.Value);
        var mo = key.IndexOf("mô", StringComparison.Ordinal);
        Assert.True(units.TryMatchWordAt(key, key, mo, mo + 2, out _, out var model));
        Assert.Equal("model", model);
    }

    [Fact]
    public void MayEndAt_Backward_TurnsDownOnlyOffsetsNoPhraseEndsAt()
    {
        var backward = new PhraseMatcher<string>([new("hơn", "hơn"), new("gần bằng", "gần bằng")], backward: true);
        var forward = new PhraseMatcher<string>([new("hơn", "hơn")]);
        var key = VietnameseText.ToMatchingKey("tăng hơn gần bằng 20% số vụ");

        for (var end = 0; end <= key.Length; end++)
        {
            // Reject-only: wherever the trie finds a phrase, the filter lets it through.
            if (backward.TryMatchLongest(key, end, out _))
            {
                Assert.True(backward.MayEndAt(key, end, 0), $"end {end}");
            }

            Assert.True(forward.MayEndAt(key, end, 0));
        }

        // No phrase ends in "vụ" or "20"; "tăng" passes, as "bằng" also ends in "ng" (the test reads two characters).
        Assert.False(backward.MayEndAt(key, key.Length, 0));
        Assert.False(backward.MayEndAt(key, key.IndexOf('%', StringComparison.Ordinal), 0));
        Assert.True(backward.MayEndAt(key, key.IndexOf("hơn", StringComparison.Ordinal) + 3, 0));
    }

    [Theory]
    [InlineData("tăng hơn 20%", 9, "hơn", 5)]
    [InlineData("tăng gần bằng 20%", 14, "gần bằng", 5)]
    [InlineData("tănghơn 20%", 8, null, 0)]
    public void TryMatchLongest_Backward_EndsAtOffset(string text, int end, string? value, int start)
    {
        var matcher = new PhraseMatcher<string>([new("hơn", "hơn"), new("gần", "gần"), new("gần bằng", "gần bằng")], backward: true);
        var key = VietnameseText.ToMatchingKey(text);
        var offset = Words.SkipSpacesBack(key, key.IndexOf('2', StringComparison.Ordinal));

        Assert.Equal(end, key.IndexOf('2', StringComparison.Ordinal));
        Assert.Equal(value is not null, matcher.TryMatchLongest(key, offset, out var match));
        if (value is not null)
        {
            Assert.Equal(new PhraseMatch<string>(start, offset, value), match);
        }
    }

    [Fact]
    public void TryMatchLongest_OptionalSpace_MatchesWithAndWithoutSpace()
    {
        var matcher = new PhraseMatcher<int>([new("tp." + PhraseMatcher<int>.OptionalSpace + "hồ chí minh", 1)]);

        Assert.True(matcher.TryMatchLongest("tp. hồ chí minh", 0, out var spaced));
        Assert.True(matcher.TryMatchLongest("tp.hồ chí minh", 0, out var glued));
        Assert.Equal(15, spaced.End);
        Assert.Equal(14, glued.End);
    }

    [Theory]
    [InlineData(0, "Tuyên Hóa", true)]
    [InlineData(0, "tuyên hóa", false)]
    [InlineData(1, "TUYÊN HOÁ", true)]
    [InlineData(1, "Tuyen Hoa", false)]
    [InlineData(2, "Tuyen Hoa", true)]
    public void TryMatchLongest_View_DecidesWhatCounts(int viewNumber, string text, bool matches)
    {
        var view = (MatchView)viewNumber;
        var matcher = new PhraseMatcher<bool>([new("Tuyên Hóa", true)], view);
        var input = view switch
        {
            MatchView.MatchingKey => VietnameseText.ToMatchingKey(text),
            MatchView.Folded => VietnameseText.Fold(text),
            _ => text,
        };

        Assert.Equal(matches, matcher.TryMatchLongest(input, 0, out _));
    }

    [Fact]
    public void HasPhraseStartingWith_FirstWord_OnlyWholeWords()
    {
        Assert.True(Matcher.HasPhraseStartingWith("công"));
        Assert.True(Matcher.HasPhraseStartingWith("xã"));
        Assert.False(Matcher.HasPhraseStartingWith("côn"));
        Assert.False(Matcher.HasPhraseStartingWith("an"));
    }

    [Fact]
    public void TryMatchAt_NotAWordStart_ReturnsFalse()
    {
        const string text = "ôngxã xã";
        var key = VietnameseText.ToMatchingKey(text);

        Assert.False(Matcher.TryMatchAt(text, key, 3, out _, out _));
        Assert.True(Matcher.TryMatchAt(text, key, 6, out var end, out var value));
        Assert.Equal((8, "level"), (end, value));
    }

    [Theory]
    [InlineData("Công an tỉnh Quảng Bình", 0, 4, 12, "org-province")]
    [InlineData("về TP. Huế", 3, 5, 6, "city")]
    [InlineData("thuộc xã Vạn Ninh", 6, 8, 8, "level")]
    [InlineData("Công ty", 0, 4, 0, null)]
    [InlineData("cùng xã", 0, 4, 0, null)]
    [InlineData("ôngxã xã", 0, 5, 0, null)]
    public void TryMatchWordAt_Word_MatchesAsTryMatchAt(string text, int start, int wordEnd, int end, string? value)
    {
        var key = VietnameseText.ToMatchingKey(text);

        var found = Matcher.TryMatchWordAt(text, key, start, wordEnd, out var matchEnd, out var matchValue);

        Assert.Equal(Matcher.TryMatchAt(text, key, start, out _, out _), found);
        Assert.Equal((value is not null, end, value), (found, found ? matchEnd : 0, matchValue));
    }

    [Fact]
    public void TryMatchWordAt_JoinsGiven_MatchesInsideLongerWord()
    {
        const string text = "tháng3";
        var matcher = new PhraseMatcher<int>([new("tháng", 1)], joins: (a, b) => char.IsLetter(a) && char.IsLetter(b));

        Assert.True(matcher.TryMatchWordAt(text, text, 0, text.Length, out var end, out _));
        Assert.Equal(5, end);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void TryMatchLongest_Joins_DecidesTheOpenEdge(bool lettersOnly, bool matches)
    {
        const string key = "cov-2lần 1";
        var matcher = new PhraseMatcher<int>([new("lần", 1)], backward: true, joins: lettersOnly ? (a, b) => char.IsLetter(a) && char.IsLetter(b) : null);

        Assert.Equal(matches, matcher.TryMatchLongest(key, 8, out var match));
        Assert.Equal(matches ? 5 : 0, match.Start);
    }

    [Theory]
    [InlineData("Theo Công an tỉnh Quảng Bình", 0, 5, 17, "org-province")]
    [InlineData("về xãhội và xã Vạn Ninh", 0, 12, 14, "level")]
    [InlineData("Công an và Công an nhân dân", 1, 11, 27, "org-people")]
    [InlineData("nhà Côngan", 0, -1, -1, null)]
    [InlineData("", 0, -1, -1, null)]
    public void TryFindNext_Text_FindsFirstWordStartWithAPhrase(string text, int from, int start, int end, string? value)
    {
        var key = VietnameseText.ToMatchingKey(text);

        var found = Matcher.TryFindNext(key, from, out var match, text);

        Assert.Equal(start >= 0, found);
        Assert.Equal(found ? new PhraseMatch<string>(start, end, value!) : default, match);
    }

    [Fact]
    public void IndexOfCandidate_Text_FindsFirstCharacterOfSomePhrase()
    {
        var key = VietnameseText.ToMatchingKey("vào Công an");

        Assert.Equal(4, Matcher.IndexOfCandidate(key, 0));
        Assert.Equal(-1, Matcher.IndexOfCandidate(VietnameseText.ToMatchingKey("nhà Bình"), 0));
        Assert.Equal(-1, Matcher.IndexOfCandidate(key, 40));
    }

    /// <summary>
    /// Phrases that stress the trie's lookups and the start filter: more than eight first characters (the ASCII table),
    /// non-ASCII first and second characters (looked up by binary search, folded by the filter), a one-character
    /// phrase and a gap right after the first character.
    /// </summary>
    private static readonly string[] WidePhrases =
    [
        "an ninh", "ban chỉ đạo", "công an", "dân phòng", "em", "giám đốc", "huyện", "khu phố", "làng", "mô hình",
        "đồng chí", "ủy ban", "ưu tiên", "xã", "Q", "P\uE000.", "ấp",
    ];

    private static readonly PhraseMatcher<string> Wide = new(WidePhrases.Select(p => new PhraseRow<string>(p, p)));

    [Theory]
    [InlineData("an ninh")]
    [InlineData("ban chỉ đạo")]
    [InlineData("Công an")]
    [InlineData("DÂN PHÒNG")]
    [InlineData("em")]
    [InlineData("Giám đốc")]
    [InlineData("huyện")]
    [InlineData("khu  phố")]
    [InlineData("làng")]
    [InlineData("mô hình")]
    [InlineData("Đồng chí")]
    [InlineData("ĐỒNG CHÍ")]
    [InlineData("Ủy ban")]
    [InlineData("Uỷ ban")]
    [InlineData("ưu tiên")]
    [InlineData("Xã")]
    [InlineData("Q")]
    [InlineData("P.")]
    [InlineData("P .")]
    [InlineData("Ấp")]
    public void TryMatchLongest_WideTrieAndUnusualStarts_FindsThePhrase(string phrase)
    {
        var text = "ở " + phrase + " mới";
        var key = VietnameseText.ToMatchingKey(VietnameseText.Normalize(text));

        Assert.True(Wide.TryMatchLongest(key, 2, out var match, text));
        Assert.Equal(2 + phrase.Length, match.End);
    }

    [Theory]
    [InlineData("an toàn")]
    [InlineData("bản")]
    [InlineData("đông")]
    [InlineData("xa")]
    [InlineData("ư")]
    [InlineData("Qu")]
    [InlineData("ấm")]
    [InlineData("zoo")]
    [InlineData("1 xã")]
    public void TryMatchLongest_WideTrieNearMiss_FindsNothing(string word)
    {
        var text = "ở " + word + " mới";
        var key = VietnameseText.ToMatchingKey(text);

        Assert.False(Wide.TryMatchLongest(key, 2, out _, text));
    }

    [Theory]
    [InlineData("an", true)]
    [InlineData("đồng", true)]
    [InlineData("ủy", true)]
    [InlineData("Q", true)]
    [InlineData("ấp", true)]
    [InlineData("a", false)]
    [InlineData("đồ", false)]
    [InlineData("xa", false)]
    [InlineData("", false)]
    public void HasPhraseStartingWith_WideTrie_OnlyWholeFirstWords(string word, bool expected)
    {
        Assert.Equal(expected, Wide.HasPhraseStartingWith(VietnameseText.ToMatchingKey(word)));
    }
}

using System.Text;
using TextMining.Text;

namespace TextMining.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Thanh Hoá", "thanh hóa")]
    [InlineData("Thanh Hóa", "thanh hóa")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("Uỷ ban", "ủy ban")]
    [InlineData("khoẻ mạnh", "khỏe mạnh")]
    [InlineData("hoán đổi", "hoán đổi")]
    [InlineData("hóan đổi", "hoán đổi")]
    [InlineData("quý I", "quý i")]
    [InlineData("tuyên truyền", "tuyên truyền")]
    [InlineData("khuya", "khuya")]
    [InlineData("hoá", "hóa")]
    [InlineData("Hà Nội, Thanh Hoá", "hà nội, thanh hóa")]
    [InlineData("ở xã và huyện", "ở xã và huyện")]
    [InlineData("luỹ kế, lũy kế", "lũy kế, lũy kế")]
    [InlineData("o", "o")]
    [InlineData("uỷ", "ủy")]
    [InlineData("HOÀ BÌNH, TOÀ ÁN", "hòa bình, tòa án")]
    [InlineData("\uFF31uỷ ban", "\uFF51ủy ban")]
    [InlineData("thuỷ\U0001D400", "thủy\U0001D400")]
    [InlineData("hoáoà xoè", "hoáoà xòe")]
    public void ToMatchingKey_OldAndNewTonePlacement_GiveOneKey(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.ToMatchingKey(VietnameseText.Normalize(input)));
    }

    [Theory]
    [InlineData("Tuyên Hóa", "tuyen hoa")]
    [InlineData("Đồng Hới", "dong hoi")]
    [InlineData("THƯỢNG TÁ", "thuong ta")]
    [InlineData("ANTQ 2017", "antq 2017")]
    public void Fold_RemovesDiacriticsAndCase(string input, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(input));
    }

    [Fact]
    public void Fold_IntoASpan_FoldsOnlyTheSourceLength_AndRefusesAShortDestination()
    {
        var buffer = "xxxxxxxxxxxx".ToCharArray();
        VietnameseText.Fold("Đồng Hới", buffer);
        Assert.Equal("dong hoixxxx", new string(buffer));
        Assert.Throws<ArgumentException>(() => VietnameseText.Fold("Đồng Hới", new char[3]));
    }

    [Fact]
    public void Normalize_DecomposedInput_ComposesToNfc()
    {
        var decomposed = "Tuyên Hóa".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Tuyên Hóa", decomposed);
        Assert.Equal("Tuyên Hóa", VietnameseText.Normalize(decomposed));
    }

    [Fact]
    public void Normalize_SpacesBomAndLineEnds_BecomePlain()
    {
        var input = "\uFEFFa\u00A0b\u2009c\r\nd\re\u200Bf\tg\u00D0";
        Assert.Equal("a b c\nd\nef gĐ", VietnameseText.Normalize(input));
    }

    [Fact]
    public void Normalize_EveryCharacter_IsCleanedAndComposedOrKeptAsItIs()
    {
        // Normalize returns the same instance for text with no character it has to look at (its fast path); every
        // character alone, between letters and before a combining mark, must come out NFC and free of the
        // characters cleaning removes, whichever path it took.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var text in new[] { "a" + (char)c + "b", "ơ" + (char)c + "\u0301" })
            {
                var normalized = VietnameseText.Normalize(text);
                Assert.True(normalized.IsNormalized(NormalizationForm.FormC), $"U+{c:X4}");
                Assert.False(normalized.AsSpan().ContainsAny('\uFEFF', '\u00A0', '\r'), $"U+{c:X4}");
                if (ReferenceEquals(normalized, text))
                {
                    Assert.False(char.IsSurrogate((char)c) || char.IsControl((char)c) && c != '\n', $"U+{c:X4} kept");
                }
            }
        }
    }

    [Fact]
    public void Normalize_CleanVietnameseText_ReturnsTheSameInstance()
    {
        var text = "Hội nghị “toàn dân” – bảo vệ ANTQ… 30kg, đơn vị\nĐại tá Trần Quang Hiếu";
        Assert.Same(text, VietnameseText.Normalize(text));
    }

    [Theory]
    [InlineData("Hội nghị “toàn dân” – bảo vệ ANTQ… 30kg, đơn vị", false)]
    [InlineData("plain ASCII", false)]
    [InlineData("Ho\u0302\u0323i nghi\u0323", true)]
    [InlineData("Ω ohm sign \u2126", true)]
    [InlineData("한국어", true)]
    public void MayNeedComposition_Text_FlagsAnythingOutsideStableRanges(string text, bool expected)
    {
        Assert.Equal(expected, VietnameseText.MayNeedComposition(text));
        if (!expected)
        {
            Assert.True(text.IsNormalized(NormalizationForm.FormC));
        }
    }

    [Fact]
    public void Keys_KeepLengthOfNormalizedText()
    {
        var text = VietnameseText.Normalize("Đồng chí Đại tá Trần Minh Thùy, Phó Giám đốc Công an tỉnh Thanh Hoá; thuỷ lợi “ANTT”");
        Assert.Equal(text.Length, VietnameseText.ToMatchingKey(text).Length);
        Assert.Equal(text.Length, VietnameseText.Fold(text).Length);
    }

    [Fact]
    public void CollapseSpaces_CollapsesRunsAndKeepsLines()
    {
        Assert.Equal("a b\nc d", VietnameseText.CollapseSpaces("  a   b \n  c\t d  ").Trim());
    }

    [Theory]
    [InlineData("tuyen hoa", false)]
    [InlineData("Tuyên Hóa", true)]
    [InlineData("đ", true)]
    public void HasDiacritics_DetectsMarks(string input, bool expected)
    {
        Assert.Equal(expected, VietnameseText.HasDiacritics(input));
    }

    [Theory]
    [InlineData('đ', true)]
    [InlineData('Đ', true)]
    [InlineData('ằ', true)]
    [InlineData('Ữ', true)]
    [InlineData('ơ', true)]
    [InlineData('a', false)]
    [InlineData('é', true)]
    [InlineData('ñ', false)]
    [InlineData('ß', false)]
    [InlineData('Ж', false)]
    public void IsVietnameseLetter_MarkedVowelsAndDStroke(char c, bool expected)
    {
        Assert.Equal(expected, VietnameseText.IsVietnameseLetter(c));
    }
}

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

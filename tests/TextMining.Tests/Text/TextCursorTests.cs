using TextMining.Text;

namespace TextMining.Tests.Text;

public class TextCursorTests
{
    private static TextCursor At(string text, int position = 0, int limit = -1) =>
        new(text, VietnameseText.ToMatchingKey(text), position, limit);

    [Fact]
    public void TryRead_WordAndBoundary_MovesOnlyOnWholeWord()
    {
        var cursor = At("Và vàng");

        Assert.True(cursor.TryRead("và"));
        Assert.Equal(2, cursor.Position);
        Assert.True(cursor.SkipSpaces());
        Assert.False(cursor.TryRead("và"));
        Assert.Equal(3, cursor.Position);
        Assert.True(cursor.TryRead("vàng"));
        Assert.True(cursor.IsAtEnd);
    }

    [Fact]
    public void TrySkipSpacesAndRead_Missing_StaysPut()
    {
        var cursor = At("12  tháng 3");
        Assert.True(cursor.TryReadDigits(out var day, out var digits));
        Assert.Equal((12, 2), (day, digits));

        Assert.False(cursor.TrySkipSpacesAndRead("ngày"));
        Assert.Equal(2, cursor.Position);
        Assert.True(cursor.TrySkipSpacesAndRead("tháng"));
        Assert.Equal(new SourceSpan(0, 9), cursor.SpanFrom(0));
    }

    [Fact]
    public void Limit_IsNeverReadPast()
    {
        var cursor = At("ab cd", 0, 2);

        Assert.True(cursor.TryReadWord(out var word));
        Assert.Equal(new SourceSpan(0, 2), word);
        Assert.True(cursor.IsAtEnd);
        Assert.Equal('\0', cursor.Current);
        Assert.False(cursor.SkipSpaces());
        Assert.False(cursor.TryRead(' '));
    }

    [Fact]
    public void Peek_OutsideText_ReturnsNul()
    {
        var cursor = At("a,", 1);

        Assert.Equal(',', cursor.Current);
        Assert.Equal('a', cursor.Peek(-1));
        Assert.Equal('\0', cursor.Peek(1));
        Assert.Equal('\0', cursor.Peek(-5));
    }

    [Fact]
    public void TryReadDigits_LongRun_StopsAtNineDigits()
    {
        var cursor = At("12345678901");

        Assert.True(cursor.TryReadDigits(out var value, out var digits));
        Assert.Equal((123456789, 9), (value, digits));
    }
}

using TextMining.Extraction.Figures;

namespace TextMining.Tests.Extraction.Figures;

public sealed class VietnameseNumeralTests
{
    [Theory]
    [InlineData("116.869", 116869, "Number", 7)]
    [InlineData("1.007 tổ", 1007, "Number", 5)]
    [InlineData("1.069/1.144", 1069, "Number", 5)]
    [InlineData("2,5 triệu", 2.5, "Number", 3)]
    [InlineData("95,6%", 95.6, "Number", 4)]
    [InlineData("1.234,56", 1234.56, "Number", 8)]
    [InlineData("3,600,000", 3600000, "Number", 9)]
    [InlineData("1,234.5", 1234.5, "Number", 7)]
    [InlineData("05 năm", 5, "Number", 2)]
    [InlineData("30kg", 30, "Number", 2)]
    [InlineData("26.000.", 26000, "Number", 6)]
    [InlineData("4.8,", 4.8, "DotDecimal", 3)]
    [InlineData("023.14", 23.14, "DotDecimal", 6)]
    [InlineData("0912.345.678", 0, "Invalid", 12)]
    [InlineData("4.8.2017", 0, "Invalid", 8)]
    [InlineData("123456789012345678901", 0, "Invalid", 21)]
    [InlineData("1.2.3.4.5.6.7.8.9.10", 0, "Invalid", 20)]
    public void Read_Numeral_ReturnsValueShapeAndEnd(string text, double value, string shape, int end)
    {
        var numeral = VietnameseNumeral.Read(text, 0, text.Length);

        Assert.Equal(Enum.Parse<NumeralShape>(shape), numeral.Shape);
        Assert.Equal(end, numeral.End);
        Assert.Equal((decimal)value, numeral.Value);
    }

    [Theory]
    [InlineData("2016", true)]
    [InlineData("1955", true)]
    [InlineData("1700", false)]
    [InlineData("2.016", false)]
    [InlineData("20160", false)]
    public void IsYearLike_FourDigitPlainNumbers_OnlyBetween1900And2100(string text, bool expected)
    {
        Assert.Equal(expected, VietnameseNumeral.Read(text, 0, text.Length).IsYearLike);
    }
}

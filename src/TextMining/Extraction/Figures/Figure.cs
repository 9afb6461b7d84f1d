using TextMining.Text;

namespace TextMining.Extraction.Figures;

/// <summary>How a figure's number relates to the true quantity.</summary>
public enum FigureQualifier
{
    /// <summary>The number as stated.</summary>
    Exact,

    /// <summary><c>gần</c>, <c>khoảng</c>, <c>xấp xỉ</c>, <c>chừng</c>.</summary>
    Approximately,

    /// <summary><c>hơn</c>, <c>trên</c>, <c>vượt</c>.</summary>
    MoreThan,

    /// <summary><c>dưới</c>, <c>chưa đến</c>, <c>chưa tới</c>.</summary>
    LessThan,

    /// <summary><c>ít nhất</c>, <c>tối thiểu</c>, <c>không dưới</c>.</summary>
    AtLeast,

    /// <summary><c>nhiều nhất</c>, <c>tối đa</c>, <c>không quá</c>.</summary>
    AtMost,
}

/// <summary>A counted or measured quantity in an article.</summary>
/// <param name="Text">The words as written, e.g. <c>gần 30kg</c>.</param>
/// <param name="Value">The number, e.g. 30; <c>2,5 triệu</c> is 2500000.</param>
/// <param name="Total">The whole it is part of, for <c>1.069/1.144 khu dân cư</c> 1144; else null.</param>
/// <param name="Unit">What is counted or measured, e.g. <c>khu dân cư</c>, <c>kg</c>, <c>%</c>; null when unstated.</param>
/// <param name="Qualifier">How <paramref name="Value"/> relates to the true quantity.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/>.</param>
public sealed record Figure(string Text, double Value, double? Total, string? Unit, FigureQualifier Qualifier, SourceSpan Span);

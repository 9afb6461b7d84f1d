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

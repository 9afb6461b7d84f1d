using TextMining.Text;

namespace TextMining.Extraction.Models;

/// <summary>A named grassroots initiative (<c>mô hình</c>) of the movement.</summary>
/// <param name="Name">The bare name without quotes, e.g. <c>Tổ liên gia tự quản về ANTT</c>.</param>
/// <param name="Location">The place given in brackets after it, e.g. <c>xã Vạn Ninh, Quảng Ninh</c>, or null.</param>
/// <param name="Text">The words as written, quotes included.</param>
/// <param name="Span">Where <paramref name="Text"/> sits in <see cref="Article.Text"/> (first mention).</param>
public sealed record GrassrootsModel(string Name, string? Location, string Text, SourceSpan Span);

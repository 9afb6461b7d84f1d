using Lucene.Net.Documents;
using TextMining.Search;

namespace TextMining.Tests.Search;

public sealed class StoredTextTests
{
    private const string Text = "Công an huyện Tuyên Hóa tổ chức Hội nghị tổng kết phong trào Toàn dân bảo vệ ANTQ năm 2017.";

    [Fact]
    public void TextOf_CompressedField_GivesTheText()
    {
        var doc = new Document { new StoredField(IndexSchema.Text, StoredText.Compress(Text)) };

        Assert.Equal(Text, LuceneSearchBackend.TextOf(doc));
    }

    [Fact]
    public void TextOf_StringFieldOfAnEarlierIndex_GivesTheText()
    {
        var doc = new Document { new StoredField(IndexSchema.Text, Text) };

        Assert.Equal(Text, LuceneSearchBackend.TextOf(doc));
    }

    [Fact]
    public void TextOf_DamagedBytes_GivesNull()
    {
        var bytes = StoredText.Compress(Text);
        bytes[^1] ^= 0xFF;
        var truncated = bytes[..(bytes.Length / 2)];

        Assert.Null(LuceneSearchBackend.TextOf(new Document { new StoredField(IndexSchema.Text, truncated) }));
        Assert.Null(LuceneSearchBackend.TextOf(new Document { new StoredField(IndexSchema.Text, new byte[] { 1, 2 }) }));
    }

    [Fact]
    public void TextOf_NoField_GivesNull()
    {
        Assert.Null(LuceneSearchBackend.TextOf(new Document()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("Đại tá Trần Quang Hiếu\n“mô hình” 1.069 \U0001F600")]
    public void Compress_AnyText_RoundTrips(string text)
    {
        Assert.Equal(text, StoredText.Decompress(StoredText.Compress(text)));
    }
}

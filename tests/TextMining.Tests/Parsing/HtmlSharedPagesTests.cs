using TextMining.Parsing.Html;

namespace TextMining.Tests.Parsing;

/// <summary>The HTML reader over the real pages of ../shared/html (six Vietnamese news sites; see its MANIFEST.tsv).</summary>
public sealed class HtmlSharedPagesTests
{
    /// <summary>What each page states: its publication time (as the JSON writes it) and its byline.</summary>
    private static readonly Dictionary<string, (string Published, string Authors)> Expected = new(StringComparer.Ordinal)
    {
        ["baochinhphu.vn/chinh-sach-moi-hieu-luc-thang-3-2026.html"] = ("2026-03-01T09:51:00+07:00", ""),
        ["cafef.vn/chuyen-muc-dich-su-dung-dat.html"] = ("2026-03-07T09:40:00", "Hồ Hương"),
        ["cafef.vn/mbs-30-co-phieu-ftse.html"] = ("2026-03-07T00:01:00", "Dương Ngọc"),
        ["dantri.com.vn/gia-vang-giam.html"] = ("2026-03-07T08:07:18+07:00", "Tri Túc"),
        ["nld.com.vn/sai-sot-ho-kinh-doanh-thue.html"] = ("2026-03-07T08:06:00+07:00", "Minh Chiến"),
        ["tuoitre.vn/gia-hoa-nhap-khau-8-3.html"] = ("2026-03-07T08:01:00+07:00", "Nhật Xuân|Nghi Vũ"),
        ["vnexpress.net/cu-soc-nang-luong-trung-dong.html"] = ("2026-03-07T00:05:00+07:00", "Hà Thu"),
        ["vnexpress.net/cuu-tro-ly-chu-tich-quoc-hoi-phan-tran.html"] = ("2025-09-08T18:22:53+07:00", "Thanh Lam"),
        ["vnexpress.net/giam-tru-gia-canh-thue-tncn.html"] = ("2023-11-02T19:20:45+07:00", "Anh Minh"),
        ["vnexpress.net/khanh-ly-vieng-mo-trinh-cong-son-2015.html"] = ("2014-05-02T08:54:00+07:00", "Tâm Giao"),
        ["vnexpress.net/tuan-tra-trong-dem-am-2-do-c.html"] = ("2021-01-13T00:00:00+07:00", "Giang Huy|Hoàng Phương"),
        ["vnexpress.net/ung-thu-lymphoma-ruot-non.html"] = ("2025-10-22T19:25:52+07:00", "Lê Phương"),
    };

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        if (RepoPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "html", "MANIFEST.tsv")))
        {
            data.Add("(../shared absent)", string.Empty);
            return data;
        }

        foreach (var line in File.ReadLines(Path.Combine(shared, "html", "MANIFEST.tsv")).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length > 3)
            {
                data.Add(fields[0], fields[3]);
            }
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(Pages))]
    public void Parse_SharedPage_ReadsTitleBodyAndNoBoilerplate(string file, string manifestTitle)
    {
        var path = Path.Combine(RepoPaths.Shared!, "html", file);
        var result = HtmlArticleParser.Parse(File.ReadAllText(path), file, null);

        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        var article = result.Article!;
        Assert.NotEmpty(article.Title);
        Assert.True(article.Paragraphs.Count + article.Captions.Count >= 3, $"only {article.Paragraphs.Count} paragraphs");
        Assert.True(article.Text.Length - article.Title.Length > 500, "the body is too short");
        Assert.True(
            manifestTitle == article.Title || manifestTitle.StartsWith(article.Title + " - ", StringComparison.Ordinal),
            $"title '{article.Title}' vs manifest '{manifestTitle}'");
        HtmlArticleParserTests.AssertNoBoilerplate(article);
        Assert.NotNull(article.Url);
        Assert.NotNull(article.Lead);
        Assert.NotNull(article.Dateline);
    }

    [SharedTheory]
    [MemberData(nameof(Pages))]
    public void Parse_SharedPage_ReadsPublishedAndAuthors(string file, string manifestTitle)
    {
        _ = manifestTitle;
        var path = Path.Combine(RepoPaths.Shared!, "html", file);
        Assert.True(Expected.TryGetValue(file, out var expected), $"no expectation for {file}: add one");

        var article = HtmlArticleParser.Parse(File.ReadAllText(path), file, null).Article!;

        Assert.Equal(expected.Published, article.PublishedIso);
        Assert.Equal(expected.Authors, string.Join('|', article.Authors));
    }
}

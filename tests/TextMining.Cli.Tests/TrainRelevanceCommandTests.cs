using System.Text;
using System.Text.Json;
using TextMining.Parsing;

namespace TextMining.Cli.Tests;

/// <summary>
/// A small labelled set on disk: the bundled corpus (movement) and short other news written for these tests in
/// our own words, a labels file keyed by article id, and a model trained on them by <c>train-relevance</c>.
/// </summary>
public sealed class RelevanceFixture : IDisposable
{
    private static readonly string[] OtherNews =
    [
        "Đội tuyển bóng đá thắng 2-0 trên sân nhà\n\nTối qua, đội tuyển bóng đá quốc gia thắng đối thủ 2-0 trong trận giao hữu. Huấn luyện viên hài lòng với các cầu thủ trẻ.",
        "Giá lúa tăng nhẹ\n\nTuần này giá lúa tại nhiều tỉnh tăng nhẹ do nhu cầu xuất khẩu gạo cao. Nông dân phấn khởi vì vụ mùa bội thu.",
        "Mưa lớn ở miền Trung\n\nMưa lớn sẽ kéo dài ba ngày tới ở các tỉnh miền Trung. Người dân cần đề phòng lũ quét và sạt lở đất.",
        "Triển lãm tranh sơn mài\n\nBảo tàng mỹ thuật khai mạc triển lãm tranh sơn mài của các họa sĩ trẻ với hơn 60 tác phẩm.",
        "Mổ nội soi kỹ thuật mới\n\nBệnh viện tỉnh thực hiện thành công ca mổ nội soi bằng kỹ thuật mới, bệnh nhân xuất viện sau hai ngày.",
        "Chứng khoán giảm điểm\n\nChỉ số chứng khoán giảm hơn 10 điểm, nhóm cổ phiếu ngân hàng bị bán mạnh.",
        "Tuyển sinh ngành trí tuệ nhân tạo\n\nNhiều trường đại học mở ngành trí tuệ nhân tạo, điểm chuẩn dự kiến cao.",
        "Ca sĩ trẻ ra album\n\nNữ ca sĩ trẻ ra mắt album đầu tay gồm mười ca khúc tự sáng tác.",
        "Khởi tố đối tượng trộm xe\n\nCảnh sát điều tra khởi tố một đối tượng trộm ba xe máy ở khu chợ.",
        "Du lịch biển hút khách\n\nCác bãi biển miền Trung đón lượng lớn du khách, khách sạn kín chỗ.",
    ];

    public RelevanceFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tm-relevance-" + Guid.NewGuid().ToString("N"));
        var others = Path.Combine(Folder, "other");
        Directory.CreateDirectory(others);
        var labels = new StringBuilder("# test labels\nid\tlabel\tgroup\n");
        for (var i = 0; i < OtherNews.Length; i++)
        {
            var path = Path.Combine(others, $"other{i:00}.txt");
            File.WriteAllText(path, OtherNews[i], new UTF8Encoding(false));
            labels.Append(ArticleReader.ReadFile(path).Single().Article!.Id).Append("\t0\tgeneral\n");
        }

        foreach (var result in ArticleReader.ReadInputs([CliRunner.Corpus]))
        {
            labels.Append(result.Article!.Id).Append("\t1\tmovement\n");
        }

        Labels = Path.Combine(Folder, "labels.tsv");
        File.WriteAllText(Labels, labels.ToString(), new UTF8Encoding(false));
        Others = others;
        Model = Path.Combine(Folder, "model.zip");
        Training = CliRunner.Run("train-relevance", Labels, CliRunner.Corpus, others, "-o", Model, "--seed", "3");
    }

    public string Folder { get; }

    public string Labels { get; }

    public string Others { get; }

    public string Model { get; }

    /// <summary>How the training run ended.</summary>
    public (int ExitCode, string Stdout, string Stderr) Training { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

public sealed class TrainRelevanceCommandTests(RelevanceFixture fixture) : IClassFixture<RelevanceFixture>
{
    [Fact]
    public void TrainRelevance_WritesModelAndReportsHeldOutNumbers()
    {
        var (code, stdout, stderr) = fixture.Training;
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(fixture.Model));
        Assert.Contains("55 of 55 labelled articles found", stderr, StringComparison.Ordinal);
        Assert.Contains("threshold", stdout, StringComparison.Ordinal);
        Assert.Matches(@"precision [\d.]+  recall [\d.]+  AUC [\d.]+", stdout);
        Assert.Contains("movement", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WithRelevanceModel_WritesItsScores()
    {
        var (code, stdout, stderr) = CliRunner.Run("extract", CliRunner.Corpus, "--relevance-model", fixture.Model);
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(45, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var relevance = doc.RootElement.GetProperty("relevance");
            Assert.InRange(relevance.GetProperty("score").GetDouble(), 0, 1);
            Assert.Equal(JsonValueKind.True, relevance.GetProperty("isMovement").ValueKind);
        }
    }

    [Fact]
    public void Stats_MovementOnly_CountsOnlyMovementArticles()
    {
        var (code, stdout, stderr) = CliRunner.Run("stats", CliRunner.Corpus, fixture.Others, "--relevance-model", fixture.Model, "--movement-only", "--json");
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(45, doc.RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Export_Articles_HasRelevanceColumns()
    {
        var (code, stdout, stderr) = CliRunner.Run("export", "--table", "articles", fixture.Others, "--relevance-model", fixture.Model);
        Assert.True(code == 0, stderr);
        var header = stdout.Split('\n')[0];
        Assert.Contains("relevance_score", header, StringComparison.Ordinal);
        Assert.Contains("is_movement", header, StringComparison.Ordinal);
        Assert.Equal(10, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains(",false,", StringComparison.Ordinal)));
    }

    [Fact]
    public void RelevanceModel_NotAModel_ExitOneWithReason()
    {
        var (code, _, stderr) = CliRunner.Run("extract", CliRunner.Corpus, "--relevance-model", fixture.Labels);
        Assert.Equal(1, code);
        Assert.Contains("not a relevance model", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RelevanceModel_Missing_ExitOne()
    {
        var (code, _, stderr) = CliRunner.Run("extract", CliRunner.Corpus, "--relevance-model", Path.Combine(fixture.Folder, "nope.zip"));
        Assert.Equal(1, code);
        Assert.Contains("no relevance model at", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void RelevanceModel_WithIndex_UsageError()
    {
        var (code, _, stderr) = CliRunner.Run("stats", "--index", fixture.Labels, "--relevance-model", fixture.Model);
        Assert.Equal(2, code);
        Assert.Contains("--relevance-model applies to inputs", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainRelevance_BadLabels_ExitOneWithLine()
    {
        var bad = Path.Combine(fixture.Folder, "bad.tsv");
        File.WriteAllText(bad, "id\tlabel\nabc\tmaybe\n");
        var (code, _, stderr) = CliRunner.Run("train-relevance", bad, CliRunner.Corpus, "-o", Path.Combine(fixture.Folder, "x.zip"));
        Assert.Equal(1, code);
        Assert.Contains("line 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainRelevance_OnlyOneClass_ExitOne()
    {
        var one = Path.Combine(fixture.Folder, "one.tsv");
        File.WriteAllLines(one, File.ReadAllLines(fixture.Labels).Where(l => !l.Contains("\t0\t", StringComparison.Ordinal)));
        var (code, _, stderr) = CliRunner.Run("train-relevance", one, CliRunner.Corpus, "-o", Path.Combine(fixture.Folder, "y.zip"));
        Assert.Equal(1, code);
        Assert.Contains("cannot train", stderr, StringComparison.Ordinal);
    }
}

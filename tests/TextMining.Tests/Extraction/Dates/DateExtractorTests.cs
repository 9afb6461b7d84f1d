using System.Text;
using TextMining.Extraction.Dates;
using TextMining.Text;

namespace TextMining.Tests.Extraction.Dates;

public sealed class DateExtractorTests : ExtractorTestBase<DateMention>
{
    private const string NoYear = "Hội nghị triển khai công tác";
    private const string Year2019 = "Triển khai chương trình công tác năm 2019";
    private const string NoDates = "Tin tức";

    public static TheoryData<string, string, string[]> Matches() => new()
    {
        // title, paragraph, Line(mention text, value, granularity, inferred)
        { NoYear, "Ngày 02/3/2017, Huyện Tuyên Hóa tổ chức hội nghị.", Line("Ngày 02/3/2017", "2017-03-02", DateGranularity.Day, false) },
        { NoYear, "Ngày 14-01-2021, Ban Chỉ đạo tổ chức hội nghị.", Line("Ngày 14-01-2021", "2021-01-14", DateGranularity.Day, false) },
        { NoYear, "thực hiện Kết luận ngày 22-1-2019 của Ban Bí thư", Line("ngày 22-1-2019", "2019-01-22", DateGranularity.Day, false) },
        { NoYear, "bản tin 21/04/2017 đã đăng", Line("21/04/2017", "2017-04-21", DateGranularity.Day, false) },
        { NoYear, "Vào ngày 2 tháng 3 năm 2017, đoàn đến.", Line("ngày 2 tháng 3 năm 2017", "2017-03-02", DateGranularity.Day, false) },
        { NoYear, "kể từ ngày 15.3.2017 người Việt", Line("ngày 15.3.2017", "2017-03-15", DateGranularity.Day, false) },
        { NoYear, "Quyết định ngày 06 tháng 08năm 2020 của Bộ", Line("ngày 06 tháng 08năm 2020", "2020-08-06", DateGranularity.Day, false) },
        { NoYear, "sự việc xảy ra hôm 24-12-2016 tại xã", Line("hôm 24-12-2016", "2016-12-24", DateGranularity.Day, false) },
        { NoYear, "tháng 3/2019, toàn tỉnh", Line("tháng 3/2019", "2019-03", DateGranularity.Month, false) },
        { NoYear, "Trong tháng 3 năm 2019, toàn tỉnh", Line("tháng 3 năm 2019", "2019-03", DateGranularity.Month, false) },
        { NoYear, "từ tháng 03-2019 đến nay", Line("tháng 03-2019", "2019-03", DateGranularity.Month, false) },
        { NoYear, "Năm 2016, được sự quan tâm", Line("Năm 2016", "2016", DateGranularity.Year, false) },
        { NoYear, "kết quả năm 2020 rất tốt", Line("năm 2020", "2020", DateGranularity.Year, false) },
        { NoYear, "năm học 2019-2020, có 561/577 nhà trường", Line("năm học 2019-2020", "2019/2020", DateGranularity.YearRange, false) },
        { NoYear, "trong giai đoạn 2016 - 2020, tỉnh đã", Line("giai đoạn 2016 - 2020", "2016/2020", DateGranularity.YearRange, false) },
        { NoYear, "Sau 11 năm (2008 - 2019), Bộ đã", Line("2008 - 2019", "2008/2019", DateGranularity.YearRange, false) },
        { NoYear, "Sáng 4.8, Công an tỉnh tổ chức hội nghị", Line("Sáng 4.8", "--08-04", DateGranularity.MonthDay, false) },
        { NoYear, "Chiều 30/10, Bộ trưởng phát biểu", Line("Chiều 30/10", "--10-30", DateGranularity.MonthDay, false) },
        { NoYear, "chiều ngày 28/10, Thủ tướng", Line("chiều ngày 28/10", "--10-28", DateGranularity.MonthDay, false) },
        { NoYear, "tiếp tục chuyến công tác, sáng 7-2, Trung tướng", Line("sáng 7-2", "--02-07", DateGranularity.MonthDay, false) },
        { NoYear, "Ngày 8 tháng 3, UBND thành phố", Line("Ngày 8 tháng 3", "--03-08", DateGranularity.MonthDay, false) },
        { Year2019, "Ngày 8 tháng 3, UBND thành phố", Line("Ngày 8 tháng 3", "2019-03-08", DateGranularity.Day, true) },
        { Year2019, "Sáng 4.8, Công an tỉnh", Line("Sáng 4.8", "2019-08-04", DateGranularity.Day, true) },
        { Year2019, "từ đầu tháng 9 đến nay", Line("tháng 9", "2019-09", DateGranularity.Month, true) },
        { Year2019, "trong quý 3 vừa rồi", Line("quý 3", "2019-Q3", DateGranularity.Quarter, true) },
        { Year2019, "trong 6 tháng cuối năm, tỉnh", Line("6 tháng cuối năm", "2019-H2", DateGranularity.HalfYear, true) },
        { NoYear, "Cập nhật lúc 23:34, Thứ Sáu, 21/04/2017 (GMT+7)", Line("23:34, Thứ Sáu, 21/04/2017 (GMT+7)", "2017-04-21T23:34:00+07:00", DateGranularity.DateTime, false) },
        { NoYear, "Đoàn đến lúc 8h30 ngày 5/3/2020 tại xã", Line("8h30 ngày 5/3/2020", "2020-03-05T08:30:00", DateGranularity.DateTime, false) },
        { NoYear, "lúc 3 giờ chiều ngày 5/3/2020", Line("3 giờ chiều ngày 5/3/2020", "2020-03-05T15:00:00", DateGranularity.DateTime, false) },
        { NoYear, "vào lúc 11h10 phút ngày 13/4/2021 tại", Line("11h10 phút ngày 13/4/2021", "2021-04-13T11:10:00", DateGranularity.DateTime, false) },
        { Year2019, "khoảng 15h chiều nay (27/4), giá xăng", Line("15h chiều nay (27/4)", "2019-04-27T15:00:00", DateGranularity.DateTime, true) },
        { NoYear, "quý I/2017 tăng mạnh", Line("quý I/2017", "2017-Q1", DateGranularity.Quarter, false) },
        { NoYear, "đến quý IV năm 2020 sẽ xong", Line("quý IV năm 2020", "2020-Q4", DateGranularity.Quarter, false) },
        { NoYear, "trong quý 1/2021 doanh thu", Line("quý 1/2021", "2021-Q1", DateGranularity.Quarter, false) },
        { NoYear, "trong 6 tháng đầu năm 2020, tỉnh", Line("6 tháng đầu năm 2020", "2020-H1", DateGranularity.HalfYear, false) },
        { NoYear, "vào nửa cuối năm 2020, FDI", Line("nửa cuối năm 2020", "2020-H2", DateGranularity.HalfYear, false) },
        { NoYear, "hội nghị diễn ra vào Chủ nhật (7/3) tại", Line("Chủ nhật (7/3)", "--03-07", DateGranularity.MonthDay, false) },
        { NoYear, "Phiên giao dịch sáng nay (1/10), cổ phiếu", Line("sáng nay (1/10)", "--10-01", DateGranularity.MonthDay, false) },
        { NoYear, "tại Trường Đại học Bách khoa Hà Nội (12/4) trong", Line("12/4", "--04-12", DateGranularity.MonthDay, false) },
        { NoYear, "Thứ Hai ngày 19 tháng 4, đoàn", Line("Thứ Hai ngày 19 tháng 4", "--04-19", DateGranularity.MonthDay, false) },
        { NoYear, "GDP năm 2020 và 2021 lần lượt đạt", Line("2021", "2021", DateGranularity.Year, false) },
        { NoYear, "tại văn bản số 152/TTg-CN, ngày 25/1/2017. Như vậy", Line("ngày 25/1/2017", "2017-01-25", DateGranularity.Day, false) },
        { NoYear, "bắt đầu từ ngày29/4/2021 tại", Line("ngày29/4/2021", "2021-04-29", DateGranularity.Day, false) },
        { NoYear, "kết quả năm2020 rất tốt", Line("năm2020", "2020", DateGranularity.Year, false) },
        { NoYear, "giảm 35% so với Tết Nhâm Dần 2022. Tai nạn giảm", Line("2022", "2022", DateGranularity.Year, false) },
        { NoYear, "chuyến đầu tiên kể từ sau Olympic Rio 2016. Đi cùng", Line("2016", "2016", DateGranularity.Year, false) },
        { NoYear, "đón Tết Nguyên đán Đinh Dậu – 2017 trong không khí vui tươi", Line("2017", "2017", DateGranularity.Year, false) },
        { NoYear, "Chiều 10-2, đoàn làm việc về nhiệm vụ năm 2017 của huyện.", Line("Chiều 10-2", "2017-02-10", DateGranularity.Day, true) },
        { NoYear, "Tết Nguyên đán Đinh Dậu 2017 sẽ kết thúc vào ngày 15-2. Song", Line("ngày 15-2", "2017-02-15", DateGranularity.Day, true) },
        { NoYear, "Sáng 5-2, đoàn đến. Năm 2017, tỉnh đạt kết quả tốt.", Line("Sáng 5-2", "--02-05", DateGranularity.MonthDay, false) },
        { NoYear, "kỷ niệm (21/6/1925 - 21/6/2017), ngày 6/6, Bộ Công an", Line("ngày 6/6", "--06-06", DateGranularity.MonthDay, false) },
        { Year2019, "lấy ngày 19/8 hằng năm là Ngày hội", Line("ngày 19/8", "--08-19", DateGranularity.MonthDay, false) },
        { Year2019, "giá hoa tăng mạnh dịp 8-3 năm nay", Line("dịp 8-3", "2019-03-08", DateGranularity.Day, true) },
        { NoYear, "chào mừng Quốc khánh 2/9 năm nay", Line("Quốc khánh 2/9", "--09-02", DateGranularity.MonthDay, false) },
        { NoYear, "kỷ niệm 75 năm (19/8/1945-19/8/2020) lực lượng", Line("19/8/1945", "1945-08-19", DateGranularity.Day, false) },
        { NoYear, "kỷ niệm 75 năm (19/8/1945-19/8/2020) lực lượng", Line("19/8/2020", "2020-08-19", DateGranularity.Day, false) },
    };

    /// <summary>Paragraphs with no date under a title without a year, then under a title of 2019 (its year is no date of the body).</summary>
    public static TheoryData<string, string> NonMatches() => new()
    {
        { NoDates, "sơ kết 05 năm thực hiện Chỉ thị" },
        { NoDates, "sau 5 năm thực hiện, sau 10 ngày, trong 3 tháng" },
        { NoDates, "của Ban Bí thư (Khóa XI) về Đại hội Đảng toàn quốc lần thứ XIII" },
        { NoDates, "thực hiện Chỉ thị số 09-CT/TW và Kết luận số 44-KL/TW" },
        { NoDates, "Nghị định 144/2021/NĐ-CP và Quyết định số 1234/QĐ-UBND" },
        { NoDates, "liên hệ số điện thoại 0912.345.678 hoặc 028.3829.1234" },
        { NoDates, "thắng với tỷ số 3/5 và 1.069/1.144 khu dân cư, 113/128 xã, 14/15 phường" },
        { NoDates, "có 2/3 số hộ tham gia" },
        { NoDates, "phiên bản 1.2.3 của phần mềm" },
        { NoDates, "giá 1.500.000 đồng, 2,5 triệu" },
        { NoDates, "ngày 31/2/2020 không có thật" },
        { NoDates, "từ 6-7h sáng hàng ngày" },
        { NoDates, "Phiên họp diễn ra lúc 8h30 sáng nhưng đến 9h" },
        { NoDates, "30/4-1/5: Dân đổ xô đi du lịch" },
        { NoDates, "từ đầu tháng 9 đến nay" },
        { NoDates, "kính thưa quý vị, số Ngũ quý và quý I" },
        { NoDates, "vào ngày 15 tháng 7 âm lịch hằng năm" },
        { NoDates, "từ tháng 9, tháng 10 năm ngoái" },
        { NoDates, "chương trình 2016-2020 và 2021 người tham gia" },
        { NoDates, "lúc 12:30 tại xã, 9:15 sáng" },
        { NoDates, "thuộc mã QH14 và LienViet24h" },
        { NoDates, "6 tháng đầu năm ngoái" },
        { NoDates, "Công an tỉnh bắt 2016 đối tượng, Khoảng 2000 người tham gia" },
        { NoDates, "Hơn 2000." },
        { Year2019, "họp mỗi tháng 2 lần" },
        { Year2019, "lương 1 tháng 5 triệu đồng" },
        { Year2019, "vào ngày 15 tháng 7 âm lịch" },
        { Year2019, "6 tháng đầu năm ngoái" },
        { Year2019, "tháng 10 năm ngoái" },
        { Year2019, "kính thưa quý vị đại biểu" },
        { Year2019, "ngày 31/2 không có thật" },
        { Year2019, "sau 3 tháng, 9 tháng đầu năm" },
    };


    public static TheoryData<string, string, string[]> Ranges() => new()
    {
        // title, paragraph, values in text order
        { NoYear, "từ ngày 1/3 đến ngày 5/3/2020", ["2020-03-01", "2020-03-05"] },
        { NoYear, "diễn ra từ 20 - 25/5/2020 tại", ["2020-05-20", "2020-05-25"] },
        { NoYear, "trong hai ngày 20 và 21/5, đoàn", ["--05-20", "--05-21"] },
        { NoYear, "từ ngày 12/12 - 31/12/2020 và", ["2020-12-12", "2020-12-31"] },
        { NoYear, "từ ngày 30/12 - 2/1/2021", ["2020-12-30", "2021-01-02"] },
        { NoYear, "lịch thi là ngày 22 - 24.6. Trong tuần", ["--06-22", "--06-24"] },
        { NoYear, "hai hóa đơn ngày 22/4 và 23/4 của nhà hàng", ["--04-22", "--04-23"] },
        { NoYear, "cách ly từ ngày 7/4-21/4, đủ 14 ngày", ["--04-07", "--04-21"] },
        { NoYear, "Tuy nhiên, từ 14/4 đến 19/4, trong", ["--04-14", "--04-19"] },
        { NoYear, "Hội nghị lần thứ 8 (từ ngày 10 đến 19-5-1941) đồng chí", ["1941-05-10", "1941-05-19"] },
        { Year2019, "từ ngày 1 đến ngày 9/5 để", ["2019-05-01", "2019-05-09"] },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Run_RangeOrList_ExtractsEveryDay(string title, string paragraph, string[] values)
    {
        var analysis = TestArticles.Analyze(TestArticles.Build(title, paragraph));
        var body = analysis.Dates.Where(d => d.Span.Start > title.Length).ToArray();

        Assert.Equal(values, body.Select(d => d.Value));
        Assert.All(body, d => Assert.Equal(d.Text, analysis.Article.Text.Substring(d.Span.Start, d.Span.Length)));
        Assert.All(body, d => Assert.False(d.Inferred && !title.Contains("2019", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_YearFromFirstDateOfRange_IsNotInferred()
    {
        var analysis = TestArticles.Analyze(TestArticles.Build(Year2019, "từ ngày 1/3 đến ngày 5/3/2020"));
        var body = analysis.Dates.Where(d => d.Span.Start > Year2019.Length).ToArray();

        Assert.Equal(["2020-03-01", "2020-03-05"], body.Select(d => d.Value));
        Assert.All(body, d => Assert.False(d.Inferred));
    }

    [Fact]
    public void Run_YearFromDateline_CompletesDayWithoutYear()
    {
        var article = TestArticles.BuildWith("Hội nghị công an", null, "Cập nhật lúc 08:00, Thứ Hai, 06/03/2017 (GMT+7)", "Sáng 4.3, Công an tỉnh họp.");

        var mention = Assert.Single(TestArticles.Analyze(article).Dates, d => d.Text == "Sáng 4.3");

        Assert.Equal("2017-03-04", mention.Value);
        Assert.True(mention.Inferred);
    }

    [Fact]
    public void Run_YearFromPublished_TakesYearBeforeForLateDays()
    {
        var published = new DateTimeOffset(2021, 1, 3, 9, 0, 0, TimeSpan.FromHours(7));
        var article = TestArticles.BuildWith("Hội nghị công an", published, null, "Ngày 30/12, Công an tỉnh họp. Sáng 2/1, đoàn đến.");

        var values = TestArticles.Analyze(article).Dates.Select(d => d.Value).ToArray();

        Assert.Equal(["2020-12-30", "2021-01-02"], values);
    }

    [Theory]
    [InlineData("Bảo đảm an toàn đêm Giao thừa Tết Dương lịch 2021", "2021")]
    [InlineData("Người dân vui đón Tết Nguyên đán 2017", "2017")]
    [InlineData("Công an tỉnh ra quân dịp Tết Nguyên đán 2017, bảo đảm an ninh", "2017")]
    public void Run_YearClosingLowerCaseName_IsAYear(string title, string value)
    {
        var analysis = TestArticles.Analyze(TestArticles.Build(title, "Công an tỉnh họp."));

        var mention = Assert.Single(analysis.Dates);
        Assert.Equal(value, mention.Value);
        Assert.Equal(mention.Text, analysis.Article.Text.Substring(mention.Span.Start, mention.Span.Length));
    }

    [Fact]
    public void Run_DayAfterReportDay_TakesYearBefore()
    {
        var article = TestArticles.Build("Đón Tết Dương lịch 2021: an toàn tuyệt đối", "Tối 5/1/2021, Công an thành phố họp báo. Trong đêm 31/12, lực lượng đã huy động 2 nghìn cán bộ. Ngày 2/1, đoàn kiểm tra.");

        var values = TestArticles.Analyze(article).Dates.Select(d => d.Value).ToArray();

        Assert.Contains("2020-12-31", values);
        Assert.Contains("2021-01-02", values);
        Assert.DoesNotContain("2021-12-31", values);
    }

    [Fact]
    public void Run_OldDateFirstInBody_DoesNotMoveDaysOfTheTitleYear()
    {
        var article = TestArticles.Build("Tổng kết phong trào năm 2019", "Thực hiện Chỉ thị số 09-CT/TW ngày 1-12-2011, ngày 8 tháng 3, huyện tổ chức hội nghị.");

        Assert.Contains(TestArticles.Analyze(article).Dates, d => d.Value == "2019-03-08" && d.Inferred);
    }

    [Fact]
    public void Run_TitleWithSeveralYears_TakesLatest()
    {
        var article = TestArticles.Build("Tổng kết năm 2018, triển khai nhiệm vụ năm 2019", "Ngày 8/1, Công an huyện họp.");

        Assert.Contains(TestArticles.Analyze(article).Dates, d => d.Value == "2019-01-08" && d.Inferred);
    }

    [Fact]
    public void Run_DateInsideDocumentReference_IsExtractedButNumberIsNot()
    {
        var analysis = TestArticles.AnalyzeParagraph("thực hiện Chỉ thị số 09-CT/TW ngày 1-12-2011 và Nghị định 144/2021/NĐ-CP của Chính phủ");

        var mention = Assert.Single(analysis.Dates);
        Assert.Equal("2011-12-01", mention.Value);
        Assert.Equal("ngày 1-12-2011", mention.Text);
    }

    [Theory]
    [MemberData(nameof(TestArticles.Seeds), MemberType = typeof(TestArticles))]
    public void Run_Seed_DateValuesMatchGold(string seed)
    {
        var gold = TestArticles.Gold(seed);
        var required = TestArticles.Strings(gold, "dates");
        var optional = TestArticles.Strings(gold, "optionalDates");
        var analysis = TestArticles.Analyze(TestArticles.Seed(seed));

        var found = analysis.Dates.Select(d => WithoutTime(d.Value)).ToHashSet(StringComparer.Ordinal);

        Assert.All(required, value => Assert.Contains(value, found));
        Assert.All(found, value => Assert.True(required.Contains(value) || optional.Contains(value), $"{value} is not in the gold of {seed}"));
        Assert.All(analysis.Dates, d => Assert.Equal(d.Text, analysis.Article.Text.Substring(d.Span.Start, d.Span.Length)));
    }

    [Fact]
    public void Run_RandomText_NeverThrowsAndKeepsSpansValid()
    {
        var random = new Random(20261121);
        const string alphabet = "0123456789/.-–:() ,ngàytháchiềuquýIVsáunăm\n";
        for (var round = 0; round < 200; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 400);
            for (var i = 0; i < length; i++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var analysis = TestArticles.AnalyzeParagraph(builder.ToString());

            Assert.All(analysis.Dates, d => Assert.Equal(d.Text, analysis.Article.Text.Substring(d.Span.Start, d.Span.Length)));
        }
    }

    [Fact]
    public void Run_MegabyteOfDigitsAndSeparators_ReturnsWithoutDates()
    {
        var builder = new StringBuilder(1 << 20);
        var random = new Random(7);
        while (builder.Length < 1 << 20)
        {
            builder.Append((char)('0' + random.Next(10))).Append("./-"[random.Next(3)]);
        }

        var analysis = TestArticles.AnalyzeParagraph(builder.ToString());

        Assert.Empty(analysis.Dates);
    }

    [Fact]
    public void Run_VeryLongLineOfDates_StopsAtCapWithDiagnostic()
    {
        var line = string.Concat(Enumerable.Repeat("ngày 1/1/2020 và quý I năm 2020, ", 20_000));

        var analysis = TestArticles.AnalyzeParagraph(line);

        Assert.Equal(DateScanner.MaxMentions, analysis.Dates.Count);
        Assert.Contains(analysis.Diagnostics, d => d.Message.Contains("date extraction stopped", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_VeryLongSentenceOfDaysWithoutYear_StopsAtCap()
    {
        var line = "năm 2017 " + string.Concat(Enumerable.Repeat("ngày 1/1 và ", 30_000));

        var analysis = TestArticles.AnalyzeParagraph(line);

        Assert.Equal(DateScanner.MaxMentions, analysis.Dates.Count);
        Assert.Equal("2017-01-01", analysis.Dates[1].Value);
        Assert.Equal("--01-01", analysis.Dates[^1].Value);
    }

    [SharedFact]
    public void Run_SharedCorpusArticles_SpansValidAndNoFailures()
    {
        var path = Path.Combine(RepoPaths.Shared!, "corpus", "general-dantri.jsonl.gz");
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var articles = 0;
        var dates = 0;
        while (articles < 300 && reader.ReadLine() is { } line)
        {
            var record = System.Text.Json.JsonDocument.Parse(line).RootElement;
            var title = record.GetProperty("title").GetString() ?? "Tin";
            var body = (record.GetProperty("body").GetString() ?? string.Empty).Split('\n');
            var analysis = TestArticles.Analyze(TestArticles.Build(title, body));
            articles++;
            dates += analysis.Dates.Count;

            Assert.Empty(analysis.Diagnostics);
            Assert.All(analysis.Dates, d => Assert.Equal(d.Text, analysis.Article.Text.Substring(d.Span.Start, d.Span.Length)));
            Assert.All(analysis.Documents, d => Assert.Equal(d.Text, analysis.Article.Text.Substring(d.Span.Start, d.Span.Length)));
            Assert.All(analysis.Dates, d => Assert.DoesNotContain(analysis.Dates, o => o != d && o.Span.Overlaps(d.Span)));
        }

        Assert.Equal(300, articles);
        Assert.InRange(dates, 300, 10_000);
    }

    protected override (string Text, IReadOnlyList<DateMention> Found) Find(string title, string paragraph)
    {
        var analysis = TestArticles.Analyze(TestArticles.Build(title, paragraph));
        return (analysis.Article.Text, analysis.Dates);
    }

    protected override string Describe(DateMention item) => string.Join('|', item.Text, item.Value, item.Granularity, item.Inferred);

    protected override IEnumerable<(SourceSpan Span, string Text)> Mentions(DateMention item) => [(item.Span, item.Text)];

    private static string[] Line(string text, string value, DateGranularity granularity, bool inferred) => [string.Join('|', text, value, granularity, inferred)];

    private static string WithoutTime(string value)
    {
        var t = value.IndexOf('T', StringComparison.Ordinal);
        return t < 0 ? value : value[..t];
    }
}

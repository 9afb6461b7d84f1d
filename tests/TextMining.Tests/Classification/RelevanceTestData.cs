using TextMining.Classification;
using TextMining.Parsing;

namespace TextMining.Tests.Classification;

/// <summary>
/// A small labelled set without ../shared: the bundled corpus articles (about the movement) and short articles
/// on other subjects written for these tests in our own words.
/// </summary>
internal static class RelevanceTestData
{
    /// <summary>Other news, written for these tests (sport, weather, markets, culture, health, crime).</summary>
    public static readonly string[] OtherNews =
    [
        "Đội tuyển bóng đá thắng 2-0 trên sân nhà\n\nTối qua, đội tuyển bóng đá quốc gia đã thắng đối thủ với tỷ số 2-0 trong trận giao hữu. Huấn luyện viên cho biết các cầu thủ trẻ thi đấu tự tin và sẽ tiếp tục tập luyện cho giải đấu khu vực.",
        "Giá lúa tăng nhẹ tại đồng bằng sông Cửu Long\n\nTuần này giá lúa tại nhiều tỉnh đồng bằng sông Cửu Long tăng nhẹ do nhu cầu xuất khẩu gạo cao. Nông dân phấn khởi vì vụ mùa bội thu, thương lái thu mua tại ruộng.",
        "Mưa lớn kéo dài ở các tỉnh miền Trung\n\nTrung tâm dự báo khí tượng cho biết mưa lớn sẽ kéo dài ba ngày tới ở các tỉnh miền Trung. Người dân được khuyến cáo đề phòng lũ quét và sạt lở đất ở vùng núi.",
        "Khai mạc triển lãm tranh sơn mài\n\nSáng nay, bảo tàng mỹ thuật khai mạc triển lãm tranh sơn mài của các họa sĩ trẻ. Triển lãm giới thiệu hơn 60 tác phẩm và mở cửa đến cuối tháng.",
        "Bệnh viện tỉnh triển khai kỹ thuật mổ nội soi mới\n\nBệnh viện đa khoa tỉnh vừa thực hiện thành công ca mổ nội soi cắt túi mật bằng kỹ thuật mới. Bệnh nhân hồi phục nhanh và xuất viện sau hai ngày.",
        "Chứng khoán giảm điểm phiên cuối tuần\n\nChỉ số chứng khoán giảm hơn 10 điểm trong phiên giao dịch cuối tuần. Nhóm cổ phiếu ngân hàng và bất động sản bị bán mạnh, thanh khoản thấp.",
        "Trường đại học tuyển sinh ngành trí tuệ nhân tạo\n\nNăm nay nhiều trường đại học mở ngành trí tuệ nhân tạo với chỉ tiêu vài trăm sinh viên. Điểm chuẩn dự kiến cao do số thí sinh đăng ký tăng.",
        "Ca sĩ trẻ ra mắt album đầu tay\n\nNữ ca sĩ trẻ vừa ra mắt album đầu tay gồm mười ca khúc do chính cô sáng tác. Buổi ra mắt thu hút đông đảo người hâm mộ tại nhà hát thành phố.",
        "Xe tải lật trên quốc lộ, tài xế bị thương\n\nRạng sáng nay một xe tải chở hàng bị lật trên quốc lộ khi đổ dốc. Tài xế bị thương nhẹ và được đưa đi cấp cứu, giao thông ùn tắc trong hai giờ.",
        "Khởi tố đối tượng trộm xe máy\n\nCơ quan cảnh sát điều tra đã khởi tố một đối tượng về tội trộm cắp tài sản sau khi y lấy trộm ba xe máy ở khu chợ. Đối tượng khai nhận bán xe lấy tiền tiêu xài.",
        "Công ty công nghệ ra mắt điện thoại mới\n\nMột công ty công nghệ vừa giới thiệu mẫu điện thoại mới với camera cải tiến và pin lớn. Giá bán dự kiến khoảng mười triệu đồng.",
        "Du lịch biển hút khách dịp hè\n\nCác bãi biển miền Trung đón lượng lớn du khách trong dịp hè. Khách sạn và nhà hàng kín chỗ, nhiều tour du lịch được đặt trước hàng tháng.",
        "Mô hình trồng nấm cho thu nhập cao\n\nNhiều hộ nông dân trong huyện áp dụng mô hình trồng nấm rơm trong nhà lưới, cho thu nhập gấp ba lần trồng lúa. Hợp tác xã hỗ trợ giống và bao tiêu sản phẩm.",
        "Vận động viên điền kinh giành huy chương vàng\n\nVận động viên điền kinh của tỉnh giành huy chương vàng nội dung chạy 1.500 mét tại giải vô địch quốc gia và được khen thưởng.",
        "Giá vàng biến động mạnh\n\nGiá vàng trong nước biến động mạnh theo thị trường thế giới. Người mua vàng được khuyên thận trọng vì chênh lệch giá mua bán lớn.",
    ];

    /// <summary>The bundled corpus as positives and <see cref="OtherNews"/> as negatives, with their texts.</summary>
    public static List<(RelevanceLabel Label, string Text)> Examples()
    {
        var examples = new List<(RelevanceLabel, string)>();
        foreach (var result in ArticleReader.ReadInputs([RepoPaths.Corpus]))
        {
            if (result.TryGetArticle(out var article))
            {
                examples.Add((new RelevanceLabel(article.Id, true, RelevanceGroup.Movement), RelevanceText.Of(article)));
            }
        }

        foreach (var text in OtherNews)
        {
            var article = ArticleReader.ReadPlainText(text).Article!;
            examples.Add((new RelevanceLabel(article.Id, false, RelevanceGroup.General), RelevanceText.Of(article)));
        }

        return examples;
    }
}

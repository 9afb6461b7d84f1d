namespace TextMining.Extraction.Documents;

/// <summary>
/// The kind of a <see cref="DocumentReference"/>, from <c>document-kinds.tsv</c>. JSON and table exports write the
/// canonical Vietnamese words (<c>Chỉ thị</c>, <c>Nghị quyết</c>).
/// </summary>
public enum DocumentKind
{
    /// <summary>No kind is known (a record read back without one, or with a kind this version does not know).</summary>
    Unknown = 0,

    /// <summary><c>Chỉ thị</c>: a directive.</summary>
    Directive,

    /// <summary><c>Nghị quyết</c>: a resolution.</summary>
    Resolution,

    /// <summary><c>Nghị quyết liên tịch</c>: a joint resolution.</summary>
    JointResolution,

    /// <summary><c>Kết luận</c>: a conclusion.</summary>
    Conclusion,

    /// <summary><c>Quyết định</c>: a decision.</summary>
    Decision,

    /// <summary><c>Nghị định</c>: a government decree.</summary>
    Decree,

    /// <summary><c>Thông tư</c>: a circular.</summary>
    Circular,

    /// <summary><c>Thông tư liên tịch</c>: a joint circular.</summary>
    JointCircular,

    /// <summary><c>Luật</c>: a law.</summary>
    Law,

    /// <summary><c>Bộ luật</c>: a code of law.</summary>
    Code,

    /// <summary><c>Pháp lệnh</c>: an ordinance.</summary>
    Ordinance,

    /// <summary><c>Sắc lệnh</c>: an edict.</summary>
    Edict,

    /// <summary><c>Kế hoạch</c>: a plan.</summary>
    Plan,

    /// <summary><c>Công văn</c>: an official letter.</summary>
    OfficialLetter,

    /// <summary><c>Công điện</c>: an official telegram.</summary>
    Telegram,

    /// <summary><c>Hướng dẫn</c>: a guidance.</summary>
    Guidance,

    /// <summary><c>Thông báo</c>: a notice.</summary>
    Notice,

    /// <summary><c>Thông báo kết luận</c>: a notice of conclusions.</summary>
    ConclusionNotice,

    /// <summary><c>Quy định</c>: a regulation.</summary>
    Regulation,

    /// <summary><c>Quy chế</c>: rules (of an organisation).</summary>
    Rules,

    /// <summary><c>Chương trình</c>: a programme.</summary>
    Programme,

    /// <summary><c>Đề án</c>: a scheme (project).</summary>
    Scheme,

    /// <summary><c>Báo cáo</c>: a report.</summary>
    Report,

    /// <summary><c>Tờ trình</c>: a submission.</summary>
    Submission,

    /// <summary><c>Văn bản</c>: a document (unspecified).</summary>
    Document,

    /// <summary><c>Chỉ lệnh</c>: an order.</summary>
    Order,
}

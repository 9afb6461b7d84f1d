namespace TextMining.Extraction.Places;

/// <summary>
/// The administrative level of a <see cref="PlaceMention"/>, from the level word before its name (<c>levels.tsv</c>).
/// JSON and table exports write the canonical Vietnamese word (<c>xã</c>, <c>thành phố</c>).
/// </summary>
public enum AdministrativeLevel
{
    /// <summary>No level word is known (a record read back without one).</summary>
    Unknown = 0,

    /// <summary><c>tỉnh</c>: a province.</summary>
    Province,

    /// <summary><c>thành phố</c> (<c>TP.</c>): a city, province-level or inside a province.</summary>
    City,

    /// <summary><c>huyện</c>: a rural district.</summary>
    District,

    /// <summary><c>quận</c>: an urban district.</summary>
    UrbanDistrict,

    /// <summary><c>thị xã</c> (<c>TX.</c>): a district-level town.</summary>
    Town,

    /// <summary><c>đặc khu</c>: a special administrative zone.</summary>
    SpecialZone,

    /// <summary><c>xã</c>: a commune.</summary>
    Commune,

    /// <summary><c>phường</c>: a ward.</summary>
    Ward,

    /// <summary><c>thị trấn</c>: a township.</summary>
    Township,

    /// <summary><c>thôn</c>: a village.</summary>
    Village,

    /// <summary><c>bản</c>: a village of the northern highlands.</summary>
    Ban,

    /// <summary><c>ấp</c>: a hamlet of the south.</summary>
    Hamlet,

    /// <summary><c>buôn</c>: a village of the Central Highlands.</summary>
    Buon,

    /// <summary><c>làng</c>: a traditional village.</summary>
    Lang,

    /// <summary><c>tổ dân phố</c>: a residential group.</summary>
    ResidentialGroup,

    /// <summary><c>khu phố</c>: an urban quarter.</summary>
    Quarter,

    /// <summary><c>tiểu khu</c>: a subzone.</summary>
    Subzone,

    /// <summary><c>xóm</c>: a hamlet of the north.</summary>
    Xom,

    /// <summary><c>khóm</c>: an urban hamlet of the south.</summary>
    Khom,
}

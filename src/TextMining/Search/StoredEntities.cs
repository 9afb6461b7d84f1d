namespace TextMining.Search;

/// <summary>
/// The officials, models and places of an article as one compact stored string, read for every hit instead of
/// decompressing and parsing the whole stored extraction JSON. Each entity is a kind letter (<c>O</c>, <c>M</c>,
/// <c>P</c>) and its fields, each written as its length, <c>:</c> and the value (<c>~</c> for null), so any text
/// round-trips.
/// </summary>
internal static class StoredEntities
{
    private const char Null = '~';

    /// <summary>The entities as one string.</summary>
    public static string Encode(IReadOnlyList<IndexedOfficial> officials, IReadOnlyList<IndexedModel> models, IReadOnlyList<IndexedPlace> places)
    {
        var b = new StringBuilder();
        foreach (var o in officials)
        {
            b.Append('O');
            Field(b, o.Name).Field(o.Rank).Field(o.Honorific).Field(o.Positions).Field(o.Start).Field(o.Length);
        }

        foreach (var m in models)
        {
            b.Append('M');
            Field(b, m.Name).Field(m.Location).Field(m.Start).Field(m.Length);
        }

        foreach (var p in places)
        {
            b.Append('P');
            Field(b, p.Text).Field(p.Name).Field(p.Level).Field(p.Province).Field(p.Start).Field(p.Length);
        }

        return b.ToString();
    }

    /// <summary>Reads what <see cref="Encode"/> wrote; false when <paramref name="stored"/> is not that.</summary>
    public static bool TryDecode(string stored, out IndexedOfficial[] officials, out IndexedModel[] models, out IndexedPlace[] places)
    {
        var o = new List<IndexedOfficial>();
        var m = new List<IndexedModel>();
        var p = new List<IndexedPlace>();
        var reader = new Reader(stored);
        var ok = true;
        while (ok && !reader.AtEnd)
        {
            switch (reader.Kind())
            {
                case 'O' when reader.Text(out var name) && reader.Nullable(out var rank) && reader.Nullable(out var honorific) &&
                              reader.Text(out var positions) && reader.Int(out var start) && reader.Int(out var length):
                    o.Add(new IndexedOfficial(name, rank, honorific, positions, start, length));
                    break;
                case 'M' when reader.Text(out var name) && reader.Nullable(out var location) && reader.Int(out var start) && reader.Int(out var length):
                    m.Add(new IndexedModel(name, location, start, length));
                    break;
                case 'P' when reader.Text(out var text) && reader.Text(out var name) && reader.Text(out var level) &&
                              reader.Nullable(out var province) && reader.Int(out var start) && reader.Int(out var length):
                    p.Add(new IndexedPlace(text, name, level, province, start, length));
                    break;
                default:
                    ok = false;
                    break;
            }
        }

        (officials, models, places) = ok ? (o.ToArray(), m.ToArray(), p.ToArray()) : ([], [], []);
        return ok;
    }

    private static StringBuilder Field(this StringBuilder b, string? value) =>
        value is null ? b.Append(Null) : b.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);

    private static StringBuilder Field(this StringBuilder b, int value) => b.Field(value.ToString(CultureInfo.InvariantCulture));

    private ref struct Reader(string stored)
    {
        private readonly string _stored = stored;
        private int _at;

        public readonly bool AtEnd => _at >= _stored.Length;

        public char Kind() => _stored[_at++];

        public bool Nullable(out string? value)
        {
            if (_at < _stored.Length && _stored[_at] == Null)
            {
                _at++;
                value = null;
                return true;
            }

            var ok = Text(out var text);
            value = text;
            return ok;
        }

        public bool Text(out string value)
        {
            value = string.Empty;
            var colon = _stored.IndexOf(':', _at);
            if (colon < 0 || !int.TryParse(_stored.AsSpan(_at, colon - _at), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ||
                length > _stored.Length - colon - 1)
            {
                return false;
            }

            value = _stored.Substring(colon + 1, length);
            _at = colon + 1 + length;
            return true;
        }

        public bool Int(out int value)
        {
            value = 0;
            return Text(out var text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
        }
    }
}

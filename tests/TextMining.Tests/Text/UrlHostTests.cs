using TextMining.Text;

namespace TextMining.Tests.Text;

public sealed class UrlHostTests
{
    [Theory]
    [InlineData("https://baoquangbinh.vn/tin-tuc/a-123.html")]
    [InlineData("http://congan.quangninh.gov.vn")]
    [InlineData("HTTPS://Dantri.COM.vn/x?y=1#z")]
    [InlineData("https://vnexpress.net?x")]
    [InlineData("https://a-b.c-d.vn#frag")]
    [InlineData("https://user@host.vn/x")]
    [InlineData("https://host.vn:8080/x")]
    [InlineData("https://10.0.0.1/x")]
    [InlineData("http://0x7f.1/")]
    [InlineData("https://host.vn./x")]
    [InlineData("https://xn--bo-quang-ninh.vn/x")]
    [InlineData("https://báoquảngninh.vn/x")]
    [InlineData("ftp://host.vn/x")]
    [InlineData("/tin-tuc/a.html")]
    public void TryGet_AbsoluteAddress_GivesUrisHost(string url)
    {
        Assert.True(UrlHost.TryGet(url, out var host));
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri));
        Assert.Equal(uri.Host, host.ToString(), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("")]
    [InlineData("baoquangbinh.vn/tin-tuc")]
    [InlineData("https://")]
    [InlineData("https://a..b/x")]
    [InlineData("https:///x")]
    [InlineData("not a url")]
    [InlineData("https://host.vn\\x")]
    public void TryGet_NotAnAbsoluteAddress_AgreesWithUri(string url)
    {
        var expected = Uri.TryCreate(url, UriKind.Absolute, out var uri);
        Assert.Equal(expected, UrlHost.TryGet(url, out var host));
        if (expected)
        {
            Assert.Equal(uri!.Host, host.ToString(), StringComparer.OrdinalIgnoreCase);
        }
    }
}

package document

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExtractHTMLArticle(t *testing.T) {
	docs, warns, err := Load([]string{"testdata/article.html"}, nil)
	require.NoError(t, err)
	assert.Empty(t, warns)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, FormatHTML, d.Format)
	assert.Equal(t, "testdata/article.html", d.ID)

	lines := strings.Split(d.Text, "\n")
	assert.Contains(t, lines, "“We need the maximum,” the aide said. “Otherwise, what’s the point of passing anything on?”",
		"a blockquote is its own line")
	assert.Contains(t, d.Text, "A recording of a call between the envoy and a senior aide was published on Tuesday, and officials",
		"white space inside a paragraph collapses")
	assert.Contains(t, d.Text, "the envoy fully favors the other side", "inline elements do not break lines")
	for _, l := range lines {
		assert.NotEmpty(t, strings.TrimSpace(l))
		assert.False(t, strings.HasPrefix(l, "A recording") && strings.Contains(l, "“From that"),
			"paragraphs must not run on: %q", l)
	}
	assert.NotContains(t, d.Text, "tracking")
	assert.NotContains(t, d.Text, "footer script")
	assert.NotContains(t, d.Text, "Subscribe")
	assert.NotContains(t, d.Masked, "https://news.example/more", "bare URLs are masked in extracted text")
	requireMaskInvariants(t, d.Text, d.Masked)

	assert.Equal(t, "Example News", d.Meta.Outlet)
	assert.Equal(t, "https://news.example/envoy-call", d.Meta.URL, "canonical link when there is no og:url")
	assert.Equal(t, "en-GB", d.Meta.Language)
	assert.Equal(t, "Envoy call leaked", d.Meta.Title, "og:title before <title>")
	assert.Equal(t, PrecisionSecond, d.Meta.Published.Precision)
	assert.Equal(t, "2025-11-26T14:30:00Z", d.Meta.Published.Raw)
}

func TestExtractHTMLFallback(t *testing.T) {
	docs, _, err := Load([]string{"testdata/tiny.htm"}, nil)
	require.NoError(t, err)
	d := docs[0]
	assert.Equal(t, "Short “quote” here.\nSecond line", d.Text)
	assert.Equal(t, "Tiny", d.Meta.Title)
	assert.Empty(t, d.Meta.Outlet)
}

func TestExtractHTMLHostile(t *testing.T) {
	for _, page := range []string{"", "<", "<html", "<<<>>>", "<table><td><p>x</table>", "\x00<p>"} {
		text, _, err := extractHTML(page)
		require.NoError(t, err)
		assert.NotContains(t, text, "\n\n")
	}
}

func TestHTMLSniffedFromStdin(t *testing.T) {
	page, err := os.ReadFile("testdata/tiny.htm")
	require.NoError(t, err)
	docs, _, err := Load([]string{"-"}, strings.NewReader(string(page)))
	require.NoError(t, err)
	assert.Equal(t, FormatHTML, docs[0].Format)
	assert.Equal(t, "-", docs[0].ID)
}

func FuzzExtractHTML(f *testing.F) {
	f.Add("<html lang=en><head><meta property=og:site_name content=X></head><body><p>a</p><blockquote>“b”</blockquote></body></html>")
	f.Add("<table><td><pre>x\ny</pre><br><script>z</script>")
	f.Fuzz(func(t *testing.T, page string) {
		text, _, err := extractHTML(page)
		require.NoError(t, err)
		for _, line := range strings.Split(text, "\n") {
			if text != "" {
				require.NotEmpty(t, strings.TrimSpace(line), "no empty lines")
			}
		}
	})
}

func TestExtractHTMLTooBigForReadability(t *testing.T) {
	page := "<html><body><nav>Menu</nav><article>" +
		strings.Repeat("<p>“Quote,” he said.</p>", maxReadabilityElems) + "</article></body></html>"
	text, _, note := extractHTML(page)
	require.ErrorIs(t, note, errTooBig)
	assert.True(t, strings.HasPrefix(text, "Menu\n“Quote,” he said.\n"), "body text, one line per paragraph")
}

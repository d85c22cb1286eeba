package report

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes/document"
)

func renderHTML(t *testing.T, r Result) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, r))
	return buf.String()
}

func TestHTMLGolden(t *testing.T) {
	reportGolden(t, "trace.html", []byte(renderHTML(t, fixtureResult(t))))
}

func TestHTMLEscapesDocumentText(t *testing.T) {
	out := renderHTML(t, fixtureResult(t))
	assert.NotContains(t, out, "<script>alert(1)</script>", "document text must not become markup")
	assert.Contains(t, out, "&lt;script&gt;alert(1)&lt;/script&gt;")
	assert.NotContains(t, out, `The "Daily" <b>`)
	assert.Contains(t, out, "The &#34;Daily&#34; &lt;b&gt;")
	assert.Contains(t, out, "Wire &amp; Co")
	// Exactly one script element: ours.
	assert.Equal(t, 1, strings.Count(out, "<script>"))
}

func TestHTMLIsSelfContained(t *testing.T) {
	out := renderHTML(t, fixtureResult(t))
	doc, err := html.Parse(strings.NewReader(out))
	require.NoError(t, err)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "src", "srcset", "poster":
					t.Errorf("<%s %s=%q> loads a resource", n.Data, a.Key, a.Val)
				}
			}
			if n.Data == "link" {
				t.Errorf("<link> element: the report must not load stylesheets or fonts")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	assert.NotRegexp(t, regexp.MustCompile(`@import|url\(`), out, "no CSS import or url()")
}

func TestHTMLContent(t *testing.T) {
	out := renderHTML(t, fixtureResult(t))
	for _, want := range []string{
		`<section class="passage" id="c2" data-cluster="c2" data-speakers="Steve Witkoff"`,
		`data-changed="true"`,
		`<del>20-point</del> <ins>28-point</ins>`,
		`<span class="flag flag-number" title="a number changed (20 → 28)">number</span>`,
		`2025-11-26, shared by Wire &amp; Co, The &#34;Daily&#34; &lt;b&gt;`,
		`<strong>No date:</strong> fixture/undated.txt (1 quotation: <a href="#c2">c2</a>)`,
		`<option value="Steve Witkoff">Steve Witkoff</option>`,
		`<span class="speaker unknown">unknown speaker</span>`,
		`<span class="unknown">none credited</span>`,
		`2 of 2 passages`,
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "Great call", "singletons are counted, not listed")
	assert.Equal(t, 6, strings.Count(out, `class="markl"`), "one mark per dated member")
	assert.Less(t, strings.Index(out, `id="c2"`), strings.Index(out, `id="c1"`), "most carried first")
}

func TestHTMLEmpty(t *testing.T) {
	out := renderHTML(t, Result{})
	assert.Contains(t, out, "0 of 0 passages")
	assert.Contains(t, out, "No quotation found two or more times has a publication date.")
}

// BenchmarkHTML renders the fixture trace; the seeds' report is measured end to end in
// report/pipelinetest.
func BenchmarkHTML(b *testing.B) {
	r := fixtureResult(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := HTML(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReportsTolerateSparseClusters feeds clusters with nothing optional set (no
// reference, no first appearance, no speaker, undated documents, a nil member) to every
// renderer: unknown values must print as unknown, never panic.
func TestReportsTolerateSparseClusters(t *testing.T) {
	r := fixtureResult(t)
	for _, d := range r.Documents {
		d.Meta = document.Meta{}
	}
	for i := range r.Clusters {
		r.Clusters[i].Reference, r.Clusters[i].First, r.Clusters[i].FirstTied = nil, nil, nil
		r.Clusters[i].Speakers, r.Clusters[i].Origin = nil, ""
		r.Clusters[i].Members = append(r.Clusters[i].Members, match.Member{})
	}
	var buf bytes.Buffer
	require.NoError(t, HTML(&buf, r))
	assert.Contains(t, buf.String(), "unknown (no member&#39;s document is dated)")
	assert.Contains(t, buf.String(), "No quotation found two or more times has a publication date.")
	buf.Reset()
	require.NoError(t, Markdown(&buf, r))
	assert.Contains(t, buf.String(), "no date")
	buf.Reset()
	require.NoError(t, TraceText(&buf, r, TextOptions{Color: true}))
	assert.Contains(t, buf.String(), "first: unknown (no member's document is dated)")
}

package check

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

func TestSuppressions(t *testing.T) {
	const text = "Intro.\n" +
		"<!-- quotecheck-disable-next-line quote-drift: checked the recording -->\n" +
		"\n" +
		"He said “alpha beta”.\n" +
		"<!-- quotecheck-disable-next-line quote-unverified -->\n" +
		"She said “gamma”.\n" +
		"<!-- quotecheck-disable-next-line quote-bogus: why not -->\n" +
		"<!-- quotecheck-disable-next-line quote-credit, quote-drift: wire copy -->\n" +
		"They said “delta”.\n"
	doc := &document.Document{ID: "d.md", Path: "d.md", Format: document.FormatMarkdown, Text: text, Masked: text}
	at := func(s string) quotes.Span {
		i := strings.Index(text, s)
		return quotes.Span{Start: i, End: i + len(s)}
	}
	sups := ParseSuppressions(doc)
	require.Len(t, sups, 4)
	assert.Equal(t, []Rule{RuleDrift}, sups[0].Rules)
	assert.Equal(t, "checked the recording", sups[0].Reason)
	assert.Equal(t, at("He said “alpha beta”."), sups[0].Target, "blank lines are skipped")
	assert.Contains(t, sups[1].Err, "no reason")
	assert.Contains(t, sups[2].Err, "quote-bogus")
	assert.Equal(t, []Rule{RuleCredit, RuleDrift}, sups[3].Rules)

	fs := []Finding{
		{Doc: doc, Span: at("alpha beta"), Rule: RuleDrift, Severity: SeverityWarning},
		{Doc: doc, Span: at("gamma"), Rule: RuleUnverified, Severity: SeverityWarning},
		{Doc: doc, Span: at("delta"), Rule: RuleAltered, Severity: SeverityError},
	}
	out := ApplySuppressions(fs, sups, nil)
	var got []Rule
	for _, f := range out {
		got = append(got, f.Rule)
	}
	// drift suppressed; the invalid comment does not suppress "gamma"; the credit/drift
	// comment does not cover an altered finding, so it is unused.
	assert.Equal(t, []Rule{RuleUnverified, RuleAltered, RuleSuppressionInvalid, RuleSuppressionInvalid, RuleSuppressionUnused}, got)
	assert.Equal(t, at("<!-- quotecheck-disable-next-line quote-credit, quote-drift: wire copy -->"), out[4].Span)

	// A disabled rule's suppression is not "unused".
	out = ApplySuppressions(nil, sups[3:], map[Rule]bool{RuleCredit: true, RuleDrift: true})
	assert.Empty(t, out)
}

func TestSuppressionsHTMLAndEdges(t *testing.T) {
	html := &document.Document{Format: document.FormatHTML, Text: "<!-- quotecheck-disable-next-line quote-drift: x -->"}
	assert.Empty(t, ParseSuppressions(html))
	last := &document.Document{Format: document.FormatText, Text: "<!-- quotecheck-disable-next-line quote-drift: at the end -->"}
	sups := ParseSuppressions(last)
	require.Len(t, sups, 1)
	assert.Zero(t, sups[0].Target.Len())
	stacked := &document.Document{Format: document.FormatText, Text: "<!-- quotecheck-disable-next-line quote-drift: a -->\n" +
		"  <!-- quotecheck-disable-next-line quote-credit: b -->\n“x”\n"}
	sups = ParseSuppressions(stacked)
	require.Len(t, sups, 2)
	assert.Equal(t, sups[0].Target, sups[1].Target, "stacked comments cover the same line")
	assert.Equal(t, "“x”", stacked.Text[sups[0].Target.Start:sups[0].Target.End])
	noRule := &document.Document{Format: document.FormatText, Text: "<!-- quotecheck-disable-next-line -->\nx\n"}
	sups = ParseSuppressions(noRule)
	require.Len(t, sups, 1)
	assert.Contains(t, sups[0].Err, "names no rule")
}

// FuzzParseSuppressions: any text parses without panic, spans stay inside the text.
func FuzzParseSuppressions(f *testing.F) {
	f.Add("<!-- quotecheck-disable-next-line quote-drift: r -->\n\n“x”")
	f.Add("<!-- quotecheck-disable-next-line")
	f.Add("<!-- quotecheck-disable-next-line a,b,,: -->")
	f.Fuzz(func(t *testing.T, text string) {
		doc := &document.Document{Format: document.FormatMarkdown, Text: text}
		for _, s := range ParseSuppressions(doc) {
			if s.Span.Start < 0 || s.Span.End > len(text) || s.Target.Start > s.Target.End || s.Target.End > len(text) {
				t.Fatalf("span out of range: %+v in %d bytes", s, len(text))
			}
		}
	})
}

package attrib

import (
	"os"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
)

// TestDebugDoc prints the sieve's decisions for one file (QUOTECHECK_DEBUG_DOC=path,
// optionally QUOTECHECK_DEBUG_QUOTE=substring); a development aid, skipped otherwise.
func TestDebugDoc(t *testing.T) {
	path := os.Getenv("QUOTECHECK_DEBUG_DOC")
	if path == "" {
		t.Skip("set QUOTECHECK_DEBUG_DOC")
	}
	docs, _, err := document.Load([]string{path}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	sub := os.Getenv("QUOTECHECK_DEBUG_QUOTE")
	for _, q := range Attribute(d, scan.Scan(d.Text, d.Masked)) {
		if sub != "" && !strings.Contains(q.Text, sub) {
			continue
		}
		t.Logf("%-9s %-22q %-14s %-10s %.2f cite=%q mention=%q | %.60q", q.Kind, q.Speaker, q.Attribution.Method, q.Attribution.Cue, q.Attribution.Confidence, q.CitedSource, q.SpeakerMention, q.Text)
	}
	if os.Getenv("QUOTECHECK_DEBUG_PEOPLE") != "" {
		text := d.Masked
		qs := fromScan(d.Text, scan.Scan(d.Text, d.Masked))
		toks := tokenize(text, qs)
		p := findPeople(toks)
		for _, m := range p.mentions {
			name := ""
			if m.person >= 0 {
				name = p.list[m.person].name
			}
			t.Logf("mention %d %q subj=%v mod=%v -> %q", m.kind, m.text, m.subject, m.modifier, name)
		}
	}
}

// TestDebugSentences prints the sentence each quotation sits in (QUOTECHECK_DEBUG_DOC).
func TestDebugSentences(t *testing.T) {
	path := os.Getenv("QUOTECHECK_DEBUG_DOC")
	if path == "" {
		t.Skip("set QUOTECHECK_DEBUG_DOC")
	}
	docs, _, _ := document.Load([]string{path}, nil)
	d := docs[0]
	qs := fromScan(d.Text, scan.Scan(d.Text, d.Masked))
	toks := tokenize(d.Masked, qs)
	s := &sieve{text: d.Masked, raw: d.Text, toks: toks, qs: qs, people: findPeople(toks)}
	for k, tk := range toks {
		if tk.kind != tokQuote {
			continue
		}
		a, b := s.sentenceBounds(k)
		var parts []string
		for i := a; i <= b; i++ {
			if toks[i].kind == tokQuote {
				parts = append(parts, "Q")
			} else {
				parts = append(parts, toks[i].text)
			}
		}
		t.Logf("%d..%d: %s", a, b, strings.Join(parts, " "))
	}
}

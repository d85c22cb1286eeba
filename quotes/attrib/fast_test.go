package attrib

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
	"github.com/stretchr/testify/require"
)

// The fast paths (tokens_ref_test.go keeps the reference tokenizer) must change no
// token: these tests compare both on the seeds, on PolNeAR dev when ../shared holds it,
// and on fuzzed text.

// polnearDocs is where the PolNeAR dev texts live when the shared evaluation data is
// present; tests read them in place and skip them when absent.
const polnearDocs = "../../../shared/eval/polnear-dev/docs"

// corpusTexts returns the seeds and, when present, the PolNeAR dev documents.
func corpusTexts(t *testing.T) []*document.Document {
	docs, _, err := document.Load(nil, nil)
	require.NoError(t, err)
	paths, _ := filepath.Glob(filepath.Join(polnearDocs, "*.txt"))
	if len(paths) == 0 {
		t.Log("PolNeAR dev texts absent: compared on the seeds only")
	}
	if len(paths) > 0 {
		more, _, err := document.Load(paths, nil)
		require.NoError(t, err)
		docs = append(docs, more...)
	}
	return docs
}

// requireSameTokens compares the fast tokenizer with the reference on text and spans.
func requireSameTokens(t *testing.T, text string, qs []span) {
	t.Helper()
	want := refTokenize(text, qs)
	got := tokenize(text, qs)
	require.Equal(t, len(want), len(got), "token count")
	for k := range want {
		require.Equal(t, want[k], got[k], "token %d", k)
	}
}

func TestTokenizeMatchesReference(t *testing.T) {
	for _, d := range corpusTexts(t) {
		qs := validOnly(fromScan(d.Text, scan.Scan(d.Text, d.Masked)))
		requireSameTokens(t, d.Masked, qs)
		requireSameTokens(t, d.Masked, nil)
	}
	for _, text := range []string{"", "Witkoff spoke. Then Witkoffand Holland left.", "alliesWitkoff said",
		"Witkoff and Dmitriev. Witkoffand Dmitrievhad met; Witkoffthe end. Ushakovwhose",
		"U.S.-led e.g. U.S. a.m. example.com Umérov’s ÄÖÜ İstanbul ǅemal", "x\xff\xfe y’", "Trump’s Clintons' it's’"} {
		requireSameTokens(t, text, nil)
	}
}

// FuzzTokenize: on any text, with the scanner's spans, the fast tokenizer gives the
// reference tokenizer's tokens.
func FuzzTokenize(f *testing.F) {
	f.Add("“Fake,” Dmitriev said. Witkoffand Witkoff met U.S. aides.")
	f.Add("alliesWitkoff İstanbul Umérov’s 's ’ \xff")
	f.Fuzz(func(t *testing.T, text string) {
		qs := validOnly(fromScan(text, scan.Scan(text, text)))
		requireSameTokens(t, text, qs)
	})
}

// refLinkRE is the regexp findRefLinks replaces.
var refLinkRE = regexp.MustCompile(`\[([^\]\n]+)\]\[([^\]\n]+)\]`)

// requireSameLinks compares findRefLinks with the regexp on s.
func requireSameLinks(t *testing.T, s string) {
	t.Helper()
	var want []refLink
	for _, m := range refLinkRE.FindAllStringSubmatch(s, -1) {
		want = append(want, refLink{text: m[1], label: m[2]})
	}
	require.Equal(t, want, findRefLinks(s), "%q", s)
}

func TestRefLinksMatchRegexp(t *testing.T) {
	for _, d := range corpusTexts(t) {
		requireSameLinks(t, d.Text)
	}
	for _, s := range []string{"", "[a][b]", "[a[b][c]", "[][x] [a][] [a]\n[b] [a][b][c][d]", "[x]][y] [[a]][b]]", "[é][\xff]"} {
		requireSameLinks(t, s)
	}
}

// FuzzRefLinks: findRefLinks finds what the regexp finds.
func FuzzRefLinks(f *testing.F) {
	f.Add("see [AP News][3] and [x]")
	f.Add("[a[b][c]]][d]\n[e][f]")
	f.Fuzz(func(t *testing.T, s string) { requireSameLinks(t, s) })
}

// TestAttributorReuse: one Attributor run over many documents, in either order, gives
// each document what a fresh Attribute gives: nothing leaks from one document to the
// next through the reused buffers.
func TestAttributorReuse(t *testing.T) {
	docs := corpusTexts(t)
	want := make([][]quotes.Quote, len(docs))
	for i, d := range docs {
		want[i] = Attribute(d, scan.Scan(d.Text, d.Masked))
	}
	var a Attributor
	for pass := 0; pass < 2; pass++ {
		for n := range docs {
			i := n
			if pass == 1 {
				i = len(docs) - 1 - n
			}
			d := docs[i]
			require.Equal(t, want[i], a.Attribute(d, scan.Scan(d.Text, d.Masked)), d.ID)
		}
	}
}

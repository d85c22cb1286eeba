package report

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// The -update flag rewrites the golden files under testdata/ instead of comparing with
// them: go test ./report -run Golden -update. Other test files of this package may
// register the same flag; it is registered here only when nobody has.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files in testdata/")
	}
}

// updating reports whether -update was given.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// fixtureResult is a hand-built trace: three documents (two dated on the same day, one
// a day later, one undated with no outlet), two passages with variants, edits and
// flags, a variant sharing no word with its reference, and a singleton. Its texts carry <script>, &, " and | to test escaping.
func fixtureResult(t testing.TB) Result {
	t.Helper()
	day := func(s string) document.Date {
		tm, err := time.Parse("2006-01-02", s)
		require.NoError(t, err)
		return document.Date{Time: tm, Precision: document.PrecisionDay, Raw: s}
	}
	wire := &document.Document{ID: "fixture/wire.txt", Path: "fixture/wire.txt",
		Format: document.FormatText, Meta: document.Meta{Outlet: "Wire & Co", Published: day("2025-11-26")},
		Text: "Witkoff said: “We put a 20-point plan together.” Ushakov: “They might not take it & say it was agreed.” " +
			"Then: “Great call.”"}
	daily := &document.Document{ID: "fixture/daily.txt", Path: "fixture/daily.txt",
		Format: document.FormatText, Meta: document.Meta{Outlet: `The "Daily" <b>`, Published: day("2025-11-26")},
		Text: "He said “We put a 28-point plan together” and “They will not take it & say it was agreed <script>alert(1)</script> | ok”."}
	later := &document.Document{ID: "fixture/later.md", Path: "fixture/later.md",
		Format: document.FormatMarkdown, Meta: document.Meta{Outlet: "Later Blog", Published: day("2025-11-27")},
		Text: "The “20-point plan” again. Also: “Entirely other wording.”"}
	undated := &document.Document{ID: "fixture/undated.txt", Path: "fixture/undated.txt",
		Format: document.FormatText, Text: "Someone: “put a 20-point plan”."}
	docs := []*document.Document{wire, daily, later, undated}

	n := 0
	q := func(d *document.Document, text string, kind quotes.Kind, speaker string) *quotes.Quote {
		start := strings.Index(d.Text, text)
		require.GreaterOrEqual(t, start, 0, "fixture text %q not in %s", text, d.ID)
		n++
		qq := &quotes.Quote{ID: "q" + string(rune('0'+n)), Doc: d, Kind: kind, Text: text,
			Span: quotes.Span{Start: start, End: start + len(text)}, Speaker: speaker}
		if speaker != "" {
			qq.Attribution = quotes.Attribution{Method: quotes.MethodSpeechVerb, Cue: "said", Confidence: 0.8}
		}
		return qq
	}
	q1 := q(wire, "We put a 20-point plan together.", quotes.KindDirect, "Steve Witkoff")
	q2 := q(wire, "They might not take it & say it was agreed.", quotes.KindTranscript, "")
	q3 := q(wire, "Great call.", quotes.KindDirect, "Steve Witkoff")
	q4 := q(daily, "We put a 28-point plan together", quotes.KindDirect, "Steve Witkoff")
	q5 := q(daily, "They will not take it & say it was agreed <script>alert(1)</script> | ok", quotes.KindDirect, "")
	q6 := q(later, "20-point plan", quotes.KindPartial, "Steve Witkoff")
	q7 := q(undated, "put a 20-point plan", quotes.KindPartial, "")
	q8 := q(later, "Entirely other wording.", quotes.KindDirect, "")
	q4.CitedSource, q6.CitedSource = "Bloomberg", "Bloomberg"

	clusters := []match.Cluster{
		{ID: "c1", Speakers: []string{"Ushakov"}, Reference: q2, First: q2,
			Members: []match.Member{
				{Quote: q2, Relation: match.RelReference, Similarity: 1},
				{Quote: q5, Relation: match.RelVariant, Similarity: 0.62, Drift: match.Drift{Score: 0.38,
					Edits: []match.Edit{{Op: match.OpReplace, From: "might", To: "will"},
						{Op: match.OpInsert, To: "<script>alert(1)</script> | ok"}},
					Flags: []match.Flag{match.FlagModality}}},
				{Quote: q8, Relation: match.RelVariant, Similarity: 0.3, Drift: match.Drift{Score: 0.7}},
			}},
		{ID: "c2", Speakers: []string{"Steve Witkoff"}, Reference: q1, First: q1,
			FirstTied: []*quotes.Quote{q4}, Origin: "Bloomberg",
			Members: []match.Member{
				{Quote: q7, Relation: match.RelFragment, Similarity: 0.8, Drift: match.Drift{Score: 0.2,
					Edits: []match.Edit{{Op: match.OpDelete, From: "We"}, {Op: match.OpDelete, From: "together."}}}},
				{Quote: q6, Relation: match.RelFragment, Similarity: 0.6, Drift: match.Drift{Score: 0.4}},
				{Quote: q1, Relation: match.RelReference, Similarity: 1},
				{Quote: q4, Relation: match.RelNormalized, Similarity: 0.83, Drift: match.Drift{Score: 0.17,
					Edits: []match.Edit{{Op: match.OpReplace, From: "20-point", To: "28-point"}},
					Flags: []match.Flag{match.FlagNumber}}},
			}},
		{ID: "c3", Speakers: []string{"Steve Witkoff"}, Reference: q3, First: q3,
			Members: []match.Member{{Quote: q3, Relation: match.RelReference, Similarity: 1}}},
	}
	// The documents' masked copies are not used by the reports; keep them valid.
	for _, d := range docs {
		d.Masked = d.Text
	}
	// q2 is unattributed: drop the speaker of c1 to test "unknown speaker".
	clusters[0].Speakers = nil
	return Result{Documents: docs, Quotes: []*quotes.Quote{q1, q2, q3, q4, q5, q6, q7, q8}, Clusters: clusters}
}

// reportGolden compares got with testdata/name, or rewrites the file under -update.
func reportGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./report -update")
	require.Equal(t, string(want), string(got), "output differs from %s; run with -update if intended", path)
}

package scan

import (
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/seeds"
)

// FuzzScan checks the invariants every caller relies on: no panic, spans inside the
// text, on rune boundaries, non-empty, in document order and never overlapping.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		`He said “yes” and ‘no’ «oui» „ja“ »nein« 'x' "y"`,
		"Dmitriev : No.\nUshakov : Yes.\n",
		"> “quoted”\n\n“open\n\n“reopened”",
		`it’s the Smiths’ ’90s 'em rock ’n’ roll`,
		"“a\xff” \"\xe2\x80\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInvariants(t, s, Scan(s, s))
		masked := strings.ReplaceAll(s, ">", " ")
		checkInvariants(t, s, Scan(s, masked))
	})
}

func checkInvariants(t *testing.T, s string, qs []Quote) {
	t.Helper()
	prevEnd := 0
	for _, q := range qs {
		if q.Start < prevEnd || q.Start >= q.End || q.End > len(s) {
			t.Fatalf("bad span [%d,%d) after %d in %d bytes: %q", q.Start, q.End, prevEnd, len(s), s)
		}
		closeOK := q.Close == -1 || (q.Close >= q.End && q.Close < len(s))
		if q.Transcript {
			closeOK = q.Close == q.End
		}
		if q.Open < 0 || q.Open > q.Start || !closeOK {
			t.Fatalf("marks %d,%d around [%d,%d) in %q", q.Open, q.Close, q.Start, q.End, s)
		}
		if utf8.ValidString(s) {
			if !utf8.ValidString(s[q.Start:q.End]) || !utf8.RuneStart(s[q.Start]) ||
				(q.End < len(s) && !utf8.RuneStart(s[q.End])) {
				t.Fatalf("span [%d,%d) splits a rune in %q", q.Start, q.End, s)
			}
		}
		if q.Transcript && (q.NameStart >= q.NameEnd || q.NameEnd > q.Open) {
			t.Fatalf("turn label [%d,%d) colon %d in %q", q.NameStart, q.NameEnd, q.Open, s)
		}
		prevEnd = q.End
	}
}

// TestSeedInvariants runs the invariant check on the embedded seeds.
func TestSeedInvariants(t *testing.T) {
	for _, s := range seedTexts(t) {
		checkInvariants(t, s, Scan(s, s))
	}
}

// seedTexts returns the embedded seed articles.
func seedTexts(tb testing.TB) []string {
	names, err := fs.Glob(seeds.FS(), "*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("seed corpus: %v", err)
	}
	var out []string
	for _, n := range names {
		b, err := fs.ReadFile(seeds.FS(), n)
		if err != nil {
			tb.Fatalf("read %s: %v", n, err)
		}
		out = append(out, string(b))
	}
	return out
}

// BenchmarkScan scans the seeds concatenated and repeated to 50 MB; the target is
// ≥ 100 MB/s on one core.
func BenchmarkScan(b *testing.B) {
	one := strings.Join(seedTexts(b), "\n\n")
	text := strings.Repeat(one, 50<<20/len(one)+1)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Scan(text, text)
	}
}

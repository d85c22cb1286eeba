package match

import (
	"fmt"
	"testing"

	"github.com/quotecheck/quotecheck/match/internal/synth"
)

// BenchmarkTrace times Trace on synthetic corpora of 1k, 10k and 100k quotes
// (package synth: Zipf-popular passages, mutated copies, many outlets). Cost must grow
// near-linearly: 10× the quotes in at most 15× the time.
func BenchmarkTrace(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		qs := synth.Corpus(n, 1)
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Trace(qs)
			}
		})
	}
}

// BenchmarkLookup times one Index lookup in a 100k-quote corpus.
func BenchmarkLookup(b *testing.B) {
	qs := synth.Corpus(100000, 1)
	ix := NewIndex(qs)
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ix.Lookup(qs[i%len(qs)].Text, 5)
		i += 7919
	}
}

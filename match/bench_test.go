package match

import (
	"fmt"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/match/internal/synth"
	"github.com/quotecheck/quotecheck/quotes"
)

// cpuTime is the CPU time (user + system) this process has used: unlike wall time it
// does not grow when other processes share the machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkTrace times Trace on synthetic corpora of 1k, 10k and 100k quotes
// (package synth: Zipf-popular passages, mutated copies, many outlets). Cost must grow
// near-linearly: 10× the quotes in at most 15× the time. Besides ns/op (wall time) it
// reports cpu-ns/op, the process's CPU time per run, which stays meaningful on a
// shared machine.
func BenchmarkTrace(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		qs := synth.Corpus(n, 1)
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			start, runs := cpuTime(), 0
			for b.Loop() {
				Trace(qs)
				runs++
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(runs), "cpu-ns/op")
		})
	}
}

// BenchmarkTraceTerms is BenchmarkTrace with one term per ten quotes, each the first
// termBenchWords words of a quote elsewhere in the corpus (so every term is looked up
// and most join): the cost of joinTerms must grow linearly too.
func BenchmarkTraceTerms(b *testing.B) {
	const termBenchWords = 4
	for _, n := range []int{1000, 10000, 100000} {
		qs := synth.Corpus(n, 1)
		for i := 0; i < n; i += 10 {
			src := qs[(i*7919+3)%n]
			words := strings.Fields(src.Text)
			if len(words) > termBenchWords {
				words = words[:termBenchWords]
			}
			qs = append(qs, &quotes.Quote{Doc: qs[i].Doc, Text: strings.Join(words, " "), Kind: quotes.KindTerm})
		}
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
	i := 0
	for b.Loop() {
		ix.Lookup(qs[i%len(qs)].Text, 5)
		i += 7919
	}
}

// BenchmarkNewIndex builds the check index over 40k synthetic quotes (the size of the
// 10k-document corpus of match/check's BenchmarkCorpusBuild) and reports the heap the
// index keeps (retained-B) besides what building it allocates (B/op).
func BenchmarkNewIndex(b *testing.B) {
	qs := synth.Corpus(40000, 1)
	b.ReportAllocs()
	var ix *Index
	for b.Loop() {
		ix = NewIndex(qs)
	}
	b.StopTimer()
	var with, without runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&with)
	runtime.KeepAlive(ix)
	ix = nil
	runtime.GC()
	runtime.ReadMemStats(&without)
	b.ReportMetric(float64(int64(with.HeapAlloc)-int64(without.HeapAlloc)), "retained-B")
}

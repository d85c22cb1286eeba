package check

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/extract"
)

// synth generates a synthetic news corpus: passages (the things people said) quoted,
// sometimes with a word changed, by many documents of filler prose. Deterministic.
type synth struct {
	rng      *rand.Rand
	vocab    []string
	names    []string
	passages []string
	speakers []string
}

func newSynth(seed int64, passages int) *synth {
	s := &synth{rng: rand.New(rand.NewSource(seed))}
	for i := 0; i < 5000; i++ {
		s.vocab = append(s.vocab, word(s.rng))
	}
	for i := 0; i < 300; i++ {
		n := []rune(word(s.rng))
		m := []rune(word(s.rng))
		s.names = append(s.names, strings.ToUpper(string(n[0]))+string(n[1:])+" "+strings.ToUpper(string(m[0]))+string(m[1:]))
	}
	for i := 0; i < passages; i++ {
		s.passages = append(s.passages, s.sentence(12+s.rng.Intn(20)))
		s.speakers = append(s.speakers, s.names[s.rng.Intn(len(s.names))])
	}
	return s
}

func word(rng *rand.Rand) string {
	const letters = "abcdefghijklmnoprstuvwy"
	b := make([]byte, 3+rng.Intn(7))
	for i := range b {
		b[i] = letters[rng.Intn(len(letters))]
	}
	return string(b)
}

// sentence draws words with a Zipf-like skew, as prose has.
func (s *synth) sentence(n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = s.vocab[int(float64(len(s.vocab))*s.rng.Float64()*s.rng.Float64())]
	}
	return strings.Join(w, " ")
}

// quote renders a popular passage (Zipf), sometimes with one word replaced.
func (s *synth) quote() (text, speaker string) {
	i := int(float64(len(s.passages)) * s.rng.Float64() * s.rng.Float64())
	w := strings.Fields(s.passages[i])
	if s.rng.Intn(4) == 0 {
		w[s.rng.Intn(len(w))] = s.vocab[s.rng.Intn(len(s.vocab))]
	}
	return strings.Join(w, " "), s.speakers[i]
}

// doc writes a document of about words words with a quote every ~100 words.
func (s *synth) doc(id string, words int) *document.Document {
	var b strings.Builder
	for n := 0; n < words; {
		prose := s.sentence(40 + s.rng.Intn(40))
		q, sp := s.quote()
		fmt.Fprintf(&b, "%s. “%s,” %s said.\n\n", prose, q, sp)
		n += len(strings.Fields(prose)) + len(strings.Fields(q)) + 3
	}
	text := b.String()
	return &document.Document{ID: id, Path: id, Format: document.FormatText, Text: text, Masked: text,
		Meta: document.Meta{Outlet: fmt.Sprintf("Outlet %d", s.rng.Intn(200))}}
}

// benchCorpus builds the 10k-document corpus index once per benchmark binary.
func benchCorpus(b *testing.B) (*synth, *match.Index) {
	b.Helper()
	s := newSynth(1, 20000)
	docs := make([]*document.Document, 10000)
	for i := range docs {
		docs[i] = s.doc(fmt.Sprintf("corpus/%05d.txt", i), 300)
	}
	qs := extract.Extract(docs, extract.Options{})
	return s, match.NewIndex(qs)
}

// BenchmarkCheck: one 2,000-word draft (about 20 quotes) against a 10k-document
// synthetic corpus; the corpus build is excluded (see BenchmarkCorpusBuild).
func BenchmarkCheck(b *testing.B) {
	s, ix := benchCorpus(b)
	draft := s.doc("draft.md", 2000)
	c := NewChecker(ix, Options{})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		qs := extract.Extract([]*document.Document{draft}, extract.Options{})
		_ = c.Check(qs)
		b.ReportMetric(float64(len(qs)), "draft-quotes")
	}
	b.ReportMetric(float64(ix.Len()), "corpus-quotes") // after ResetTimer, which clears metrics
}

// BenchmarkCorpusBuild: extracting and indexing the 10k-document corpus.
func BenchmarkCorpusBuild(b *testing.B) {
	s := newSynth(1, 20000)
	docs := make([]*document.Document, 10000)
	for i := range docs {
		docs[i] = s.doc(fmt.Sprintf("corpus/%05d.txt", i), 300)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		qs := extract.Extract(docs, extract.Options{})
		_ = match.NewIndex(qs)
	}
}

// Package synth generates synthetic quotation corpora for benchmarks: many outlets,
// passages whose popularity follows a Zipf law, and mutated copies of them (verbatim
// copies, fragments, dropped words, swapped neighbours, synonyms, case and mark
// changes), so that Trace and Index can be timed at 1k–100k quotes without real text.
//
// The generator is deterministic for a seed. Words are pronounceable nonsense drawn
// from a Zipf-distributed vocabulary mixed with real English function words, so the
// normaliser, stop-word weights and stemmer see text shaped like news quotes.
package synth

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// Shape of the generated corpus.
const (
	QuotesPerDoc     = 20    // quotes per generated document
	QuotesPerPassage = 8     // average renderings per passage
	VocabSize        = 20000 // distinct content words
	Speakers         = 300   // distinct speakers
)

var stop = strings.Fields("the a of to and in that it is we will not be for on with as they this but at")

var syllables = strings.Fields("ka lo mi ra ven tor sul pe di gan bri che mo nu sta lek par vi zo qua ter fin del ro")

// Corpus returns n quotes in n/QuotesPerDoc documents, generated from seed.
func Corpus(n int, seed int64) []*quotes.Quote {
	qs, _ := CorpusWithTruth(n, seed)
	return qs
}

// CorpusWithTruth is Corpus with, for each quote, the index of the passage it
// renders: the true clustering.
func CorpusWithTruth(n int, seed int64) ([]*quotes.Quote, []int) {
	rng := rand.New(rand.NewSource(seed))
	vocab := make([]string, VocabSize)
	for i := range vocab {
		vocab[i] = word(i)
	}
	wordZipf := rand.NewZipf(rng, 1.05, 2, VocabSize-1)
	nPass := max(1, n/QuotesPerPassage)
	passZipf := rand.NewZipf(rng, 1.1, 2, uint64(nPass-1))
	passages := make([][]string, nPass)
	speakers := make([]string, nPass)
	for p := range passages {
		l := 12 + rng.Intn(30)
		ws := make([]string, l)
		for i := range ws {
			if rng.Intn(3) == 0 {
				ws[i] = stop[rng.Intn(len(stop))]
			} else {
				ws[i] = vocab[wordZipf.Uint64()]
			}
		}
		passages[p] = ws
		speakers[p] = fmt.Sprintf("Speaker %d", rng.Intn(Speakers))
	}
	base := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	var out []*quotes.Quote
	var truth []int
	var doc *document.Document
	var text strings.Builder
	flush := func() {
		if doc != nil {
			doc.Text = text.String()
			doc.Masked = doc.Text
		}
	}
	for i := range n {
		if i%QuotesPerDoc == 0 {
			flush()
			text.Reset()
			d := rng.Intn(10)
			doc = &document.Document{ID: fmt.Sprintf("synth/%06d.txt", i/QuotesPerDoc),
				Meta: document.Meta{Outlet: fmt.Sprintf("Outlet %d", rng.Intn(200))}}
			if rng.Intn(2) == 0 {
				doc.Meta.Published = document.Date{Time: base.AddDate(0, 0, d), Precision: document.PrecisionDay}
			} else {
				doc.Meta.Published = document.Date{Time: base.AddDate(0, 0, d).Add(time.Duration(rng.Intn(86400)) * time.Second), Precision: document.PrecisionSecond}
			}
		}
		p := int(passZipf.Uint64())
		q := mutate(rng, passages[p], vocab)
		text.WriteString("The reporter wrote that someone said “")
		start := text.Len()
		text.WriteString(q)
		text.WriteString("” on the record.\n\n")
		qq := &quotes.Quote{ID: fmt.Sprintf("q%d", i+1), Doc: doc, Text: q, Kind: quotes.KindDirect,
			Span: quotes.Span{Start: start, End: start + len(q)}}
		if rng.Intn(5) > 0 {
			qq.Speaker = speakers[p]
		}
		if rng.Intn(4) == 0 {
			qq.CitedSource = "Wire"
		}
		out = append(out, qq)
		truth = append(truth, p)
	}
	flush()
	return out, truth
}

// word makes the i-th vocabulary word from syllables.
func word(i int) string {
	var b strings.Builder
	for {
		b.WriteString(syllables[i%len(syllables)])
		i /= len(syllables)
		if i == 0 {
			break
		}
	}
	return b.String()
}

// mutate renders a passage the way an outlet might.
func mutate(rng *rand.Rand, ws []string, vocab []string) string {
	out := append([]string(nil), ws...)
	switch r := rng.Intn(10); {
	case r < 3: // verbatim
	case r < 6: // fragment
		l := 3 + rng.Intn(6)
		if l < len(out) {
			s := rng.Intn(len(out) - l)
			out = out[s : s+l]
		}
	default: // edited: drops, swaps, synonyms
		for range 1 + rng.Intn(3) {
			if len(out) < 4 {
				break
			}
			k := rng.Intn(len(out) - 1)
			switch rng.Intn(3) {
			case 0:
				out = append(out[:k], out[k+1:]...)
			case 1:
				out[k], out[k+1] = out[k+1], out[k]
			default:
				out[k] = vocab[rng.Intn(len(vocab))]
			}
		}
	}
	s := strings.Join(out, " ")
	if rng.Intn(2) == 0 && s != "" {
		s = strings.ToUpper(s[:1]) + s[1:] + "."
	}
	return s
}

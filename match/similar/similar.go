// Package similar scores how alike two quotations are, on words. Every score is a
// similarity in 0..1 where 1 means the same words; none is a distance.
//
// Problem: a quotation and its variant may be a verbatim copy, a fragment (a few words
// from inside a longer rendering), or another translation that shares only its content
// words. No single measure sees all three.
//
// Approach: each text is a sequence of normalised stems (package norm) with a weight
// per word: function words weigh StopWeight, other words 1. On that sequence:
//   - Overlap: weighted Sørensen–Dice of the two bags of words — order-free, for
//     translations and paraphrases;
//   - Containment: weight of the longest common subsequence over the weight of the
//     lighter text — how much of the shorter lies, in order, inside the longer;
//   - Levenshtein: 1 - word edit distance / longer length;
//   - SmithWatermanGotoh, SorensenDice (word bigrams) and JaroWinkler from
//     github.com/adrg/strutil, run on words mapped to runes and wrapped so that empty
//     input gives 1 (both empty) or 0 (one empty), never NaN.
//
// Example: "as close to it as possible" vs "as close as possible": Containment 1 (every
// word of the shorter is inside the longer, in order), Levenshtein 4/6 ≈ 0.67.
//
// Cost: Overlap is O(n + m); Containment, Levenshtein and the strutil metrics are
// O(n·m) in words.
//
// Known failures: synonyms ("close" / "similar") count as different words; a long
// quote contains many short common phrases, so Containment of a very short text is weak
// evidence on its own (callers weigh it by the shorter text's content).
package similar

import (
	"math"
	"slices"

	"sync"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
	"github.com/agnivade/levenshtein"
	"github.com/quotecheck/quotecheck/match/align"
	"github.com/quotecheck/quotecheck/match/norm"
)

// StopWeight is the weight of a function word relative to a content word (1): five
// function words count as one content word. Seed gold cluster F1 at 0.1 / 0.2 / 0.3:
// 0.892 / 0.907 / 0.907 (synthetic: 0.984 / 0.985 / 0.984); at 0 a phrase such as
// "as close as possible" would rest on its two content words alone.
const StopWeight = 0.2

// Text is a quotation as similarity sees it: the stems of its spoken words and their
// weights.
type Text struct {
	Words   []string
	Weights []float64
	Total   float64 // sum of Weights
	IDs     []rune  // one rune per word from the Interner: compared instead of Words
	in      *Interner
}

// Interner gives each distinct word one rune. Texts built with one Interner compare
// word by word as runes (no string compares, no per-pair maps); texts from different
// Interners still compare correctly, on their words. Safe for concurrent use.
type Interner struct {
	mu   sync.Mutex
	ids  map[string]rune
	next rune
}

// NewInterner returns an empty Interner.
func NewInterner() *Interner { return &Interner{ids: map[string]rune{}, next: 0x100} }

// ID returns w's rune, assigning the next free one (skipping surrogates) if new.
func (in *Interner) ID(w string) rune {
	in.mu.Lock()
	defer in.mu.Unlock()
	r, ok := in.ids[w]
	if !ok {
		r = in.next
		in.ids[w] = r
		in.next++
		if in.next == 0xD800 {
			in.next = 0xE000
		}
	}
	return r
}

// NewText builds a Text from tokens, skipping editorial asides; in may be nil (a
// private Interner is used).
func NewText(ts []norm.Token, in *Interner) Text {
	if in == nil {
		in = NewInterner()
	}
	t := Text{in: in, Words: make([]string, 0, len(ts)), IDs: make([]rune, 0, len(ts)),
		Weights: make([]float64, 0, len(ts))}
	for _, tok := range ts {
		if tok.Aside || tok.Stem == "" {
			continue
		}
		w := 1.0
		if tok.Stop {
			w = StopWeight
		}
		t.Words = append(t.Words, tok.Stem)
		t.IDs = append(t.IDs, in.ID(tok.Stem))
		t.Weights = append(t.Weights, w)
		t.Total += w
	}
	return t
}

// Of tokenizes s and builds its Text with a private Interner.
func Of(s string) Text { return NewText(norm.Tokenize(s), nil) }

// IDsOf returns rune sequences for a and b that compare word by word: their interned
// IDs when they share an Interner, else a fresh mapping.
func IDsOf(a, b Text) ([]rune, []rune) { return ids(a, b) }

// ids returns rune sequences for a and b that compare word by word.
func ids(a, b Text) ([]rune, []rune) {
	if a.in != nil && a.in == b.in {
		return a.IDs, b.IDs
	}
	return align.Runes(a.Words, b.Words)
}

// Slice is the stretch t.Words[lo:hi] as a Text.
func (t Text) Slice(lo, hi int) Text {
	s := Text{Words: t.Words[lo:hi], Weights: t.Weights[lo:hi], IDs: t.IDs[lo:hi], in: t.in}
	for _, w := range s.Weights {
		s.Total += w
	}
	return s
}

// Aligned is the weighted Dice similarity of the common subsequence:
// 2·LCSWeight / (weight of a + weight of b). 1 when the texts are the same words.
func Aligned(a, b Text) float64 {
	if a.Total+b.Total == 0 {
		return emptyScore(len(a.Words), len(b.Words))
	}
	return clamp(2 * LCSWeight(a, b) / (a.Total + b.Total))
}

// Content is the weight of the text's content words alone.
func (t Text) Content() float64 {
	c := 0.0
	for _, w := range t.Weights {
		if w == 1 {
			c++
		}
	}
	return c
}

// Overlap is the weighted Sørensen–Dice similarity of the two bags of words.
func Overlap(a, b Text) float64 {
	if a.Total+b.Total == 0 {
		return emptyScore(len(a.Words), len(b.Words))
	}
	ra, rb := ids(a, b)
	left := slices.Clone(b.Weights) // weight of each b word not yet matched
	common := 0.0
	for i, r := range ra {
		need := a.Weights[i]
		for j, q := range rb {
			if q != r || left[j] == 0 {
				continue
			}
			take := math.Min(need, left[j])
			common += take
			left[j] -= take
			if need -= take; need == 0 {
				break
			}
		}
	}
	return clamp(2 * common / (a.Total + b.Total))
}

// Containment is the weight of the longest common subsequence of a and b over the
// weight of the lighter of the two: 1 when one lies, in order, inside the other.
func Containment(a, b Text) float64 {
	lighter := math.Min(a.Total, b.Total)
	if lighter == 0 {
		return emptyScore(len(a.Words), len(b.Words))
	}
	return clamp(LCSWeight(a, b) / lighter)
}

// LCSWeight is the weight of the heaviest common subsequence of a and b (a word's
// weight is the smaller of its two weights).
func LCSWeight(a, b Text) float64 {
	ra, rb := ids(a, b)
	m := len(rb)
	prev := make([]float64, 2*(m+1))
	prev, cur := prev[:m+1], prev[m+1:]
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= m; j++ {
			v := prev[j]
			if cur[j-1] > v {
				v = cur[j-1]
			}
			if ra[i-1] == rb[j-1] {
				w := a.Weights[i-1]
				if b.Weights[j-1] < w {
					w = b.Weights[j-1]
				}
				if d := prev[j-1] + w; d > v {
					v = d
				}
			}
			cur[j] = v
		}
		prev, cur = cur, prev
	}
	return prev[m]
}

// Levenshtein is 1 - word edit distance / length of the longer text.
func Levenshtein(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return emptyScore(len(a), len(b))
	}
	return clamp(1 - float64(align.Distance(a, b))/float64(max(len(a), len(b))))
}

// LevenshteinText is Levenshtein on two Texts, using their interned words.
func LevenshteinText(a, b Text) float64 {
	if len(a.Words) == 0 || len(b.Words) == 0 {
		return emptyScore(len(a.Words), len(b.Words))
	}
	ra, rb := ids(a, b)
	d := levenshtein.ComputeDistance(string(ra), string(rb))
	return clamp(1 - float64(d)/float64(max(len(ra), len(rb))))
}

// SmithWatermanGotoh is strutil's local-alignment similarity on words: high when a
// stretch of one matches a stretch of the other.
func SmithWatermanGotoh(a, b []string) float64 {
	return onRunes(a, b, metrics.NewSmithWatermanGotoh())
}

// SorensenDice is strutil's Sørensen–Dice similarity of word bigrams.
func SorensenDice(a, b []string) float64 {
	m := metrics.NewSorensenDice()
	m.NgramSize = 2
	return onRunes(a, b, m)
}

// JaroWinkler is strutil's Jaro–Winkler similarity on words.
func JaroWinkler(a, b []string) float64 { return onRunes(a, b, metrics.NewJaroWinkler()) }

// onRunes runs a strutil metric on words mapped to runes, guarding empty input.
func onRunes(a, b []string, m strutil.StringMetric) float64 {
	if len(a) == 0 || len(b) == 0 {
		return emptyScore(len(a), len(b))
	}
	ra, rb := align.Runes(a, b)
	return clamp(strutil.Similarity(string(ra), string(rb), m))
}

// emptyScore is the similarity when at least one side is empty: 1 if both are.
func emptyScore(n, m int) float64 {
	if n == 0 && m == 0 {
		return 1
	}
	return 0
}

// clamp keeps v in 0..1 and turns NaN into 0.
func clamp(v float64) float64 {
	switch {
	case math.IsNaN(v) || v < 0:
		return 0
	case v > 1:
		return 1
	}
	return v
}

package match

// Relation of two quotations.
//
// Problem: decide whether two texts render the same passage, and how: the same
// characters, the same words, a fragment of the other, or another translation or
// paraphrase.
//
// Approach: both texts are tokenized once (package norm) into weighted stems (package
// similar). Then, in order: identical strings are verbatim; identical spoken words
// (case, marks, brackets, ellipses and contractions folded) are normalized; when the
// shorter text's words lie, in order, inside the longer (Containment ≥
// FragmentContainment) it is a fragment — if it is markedly shorter
// (FragmentMaxLength), else a variant; when the bags of words agree (Overlap ≥
// VariantOverlap) and share enough content words, it is a variant. "Enough" scales
// with length: VariantMinShared words, or for a short text that cannot have that
// many, ShortVariantShare of the shorter's content words with the words in the same
// places (word Levenshtein ≥ ShortVariantAligned). When most of the shorter's weight
// lies inside the longer with enough content to be telling (Containment ≥
// VariantContainment and at least VariantMinContent content words), it is a variant
// too. Two texts that differ only by numbers, negations or modal verbs are a variant
// as well (altered.go). Anything else is unrelated.
//
// Example: "as close to it as possible" / "as close as possible": fragment
// (Containment 1); "He’s got to sell Ukraine to Russia" / "He’s going to sell Ukraine
// to Russia": variant (Overlap 0.9); "They might twist it later, that’s all." / "They
// might change it later, that’s all.": variant (Overlap 0.69, one of two content
// words shared, Levenshtein 0.88).
//
// Cost: O(n·m) words for Containment; the rest is linear.
//
// Known failures: a short text that is a common phrase ("what it’s going to take")
// is "contained" in any quote that uses the phrase; Trace adds evidence (content words,
// speaker) before it believes a short fragment. Free translations that share under
// half of their content words are called unrelated. Two short phrases that differ in
// one content word in place ("hybrid war" / "civil war") are called variants: the
// text cannot tell a synonym from another thing.

import (
	"slices"

	"github.com/quotecheck/quotecheck/match/align"
	"github.com/quotecheck/quotecheck/match/norm"
	"github.com/quotecheck/quotecheck/match/similar"
)

// Thresholds. Measured on the seed gold pairs (go test -run RelationThresholds -v
// prints every pair sharing a content word, labelled same or different passage). The
// pair they must keep apart: "I know what it’s going to take to get a peace deal
// done: Donetsk…" inside Witkoff's 20-point remark scores Containment 0.51, Overlap
// 0.32 with 4 shared content words.
const (
	// FragmentContainment: the shorter text's weight that must lie, in order, inside
	// the longer for a fragment. Gold fragments with 3+ content words score 0.86–1
	// (ellipses, small edits); different-passage pairs of that size reach 0.75 ("20-
	// point Trump plan" in the "20-point plan to peace" remark). One- and two-word
	// fragments reach 1.0 inside unrelated quotes ("exactly,", "to achieve peace"),
	// which is why Trace also asks for speaker evidence (enoughEvidence).
	FragmentContainment = 0.8
	// VariantOverlap: weighted Dice of the bags of words for a variant. Gold
	// translations of whole turns score 0.43–0.79; the closest different-passage pair
	// with 3+ shared content words scores 0.43 (Witkoff's "We put a 20-point Trump
	// plan…" / "Maybe he says to President Trump…"). 0.45 keeps that pair apart and
	// loses the two 0.43–0.44 Dmitriev translation pairs, which Trace joins through
	// a third rendering (StrongOverlap).
	VariantOverlap = 0.45
	// VariantContainment with VariantMinContent: a looser in-order match that still
	// counts as a variant when the shorter text has enough content words. Gold
	// same-passage pairs between 0.7 and 0.8 ("based on input from the Russian side"
	// in Rubio's translated post: 0.78) have 4+ content words; the Donetsk pair
	// scores 0.51.
	VariantContainment = 0.7
	// FragmentMaxLength: a fragment has at most this share of the longer text's words;
	// closer lengths are two renderings of one stretch (variants), not a part. At 0.75
	// "I think they’ll take it" (5 of 7 words of "I don’t think they’ll take it") was
	// a fragment placed inside the longer text and lost its negation edit; gold
	// fragments are at most half their reference's length.
	FragmentMaxLength = 0.6
	// VariantMinShared: distinct content words a variant by Overlap must share. Short
	// texts reach Overlap 0.5 on two shared words ("written in Russian" / "originally
	// written in Russian", "tentatively agreed in principle" / "agreed in principle on
	// most aspects"): all such gold pairs are different passages; every gold
	// translation pair of whole turns shares 4 or more.
	VariantMinShared = 3
	// ShortVariantShare and ShortVariantAligned: a pair sharing fewer than
	// VariantMinShared content words is still a variant when it shares this share of
	// the shorter text's content words and its words sit in the same places (word
	// Levenshtein similarity). "hybrid warfare" / "hybrid war" (1 of 2, 0.5) and
	// "They might twist it later" / "They might change it later" (1 of 2, 0.88) pass;
	// the different-passage gold pairs with Overlap ≥ 0.45 score Levenshtein 0–0.33
	// ("man of peace" / "to achieve peace" 0.33, "tentatively agreed in principle" /
	// "agreed in principle on most aspects" 0.22).
	ShortVariantShare   = 0.5
	ShortVariantAligned = 0.5
	// VariantMinContent is the content words the shorter text needs for
	// VariantContainment to count.
	VariantMinContent = 4
)

// text is a quotation prepared once for comparisons.
type text struct {
	raw  string
	toks []norm.Token // spoken tokens only (asides and blanks dropped)
	sim  similar.Text
	keys []string // distinct content stems (all distinct stems when none): index keys
}

// prepare tokenizes s; texts compared with each other should share in (nil: a
// private Interner). The spoken tokens are filtered in place: a corpus of 40k quotes
// keeps one token slice per quote, not two (BenchmarkCorpusBuild).
func prepare(s string, in *similar.Interner) *text { return newText(s, spokenTokens(s), in) }

// spokenTokens tokenizes s and keeps its spoken tokens: asides and blanks dropped.
func spokenTokens(s string) []norm.Token {
	return slices.DeleteFunc(norm.Tokenize(s), func(t norm.Token) bool { return t.Aside || t.Stem == "" })
}

// newText builds the text of s from its spoken tokens ts (see prepare).
func newText(s string, ts []norm.Token, in *similar.Interner) *text {
	t := &text{raw: s, toks: ts, sim: similar.NewText(ts, in)}
	t.keys = keyStems(t)
	return t
}

// prepareAsides is prepare keeping the asides (brackets, parentheses) as words: for
// measuring how much of a text lies anywhere in a passage, asides included.
func prepareAsides(s string, in *similar.Interner) *text {
	ts := slices.DeleteFunc(norm.Tokenize(s), func(t norm.Token) bool { return t.Stem == "" })
	for i := range ts {
		ts[i].Aside = false // similar.NewText skips asides
	}
	return &text{raw: s, toks: ts, sim: similar.NewText(ts, in)}
}

// sameWords reports whether a and b have the same spoken words (Token.Word): what
// "normalized" compares.
func sameWords(a, b *text) bool {
	if len(a.toks) == 0 || len(a.toks) != len(b.toks) {
		return false
	}
	for i := range a.toks {
		if a.toks[i].Word != b.toks[i].Word {
			return false
		}
	}
	return true
}

// scores are the named similarities of two texts.
type scores struct {
	overlap, containment, levenshtein float64
	altered                           bool // a variant only by altered words (altered.go)
}

func score(a, b *text) scores {
	return scores{
		overlap:     similar.Overlap(a.sim, b.sim),
		containment: similar.Containment(a.sim, b.sim),
		levenshtein: similar.LevenshteinText(a.sim, b.sim),
	}
}

// relate returns how b relates to a and their similarity (0..1).
func relate(a, b *text) (Relation, float64, scores) {
	s := score(a, b)
	switch {
	case a.raw == b.raw:
		return RelVerbatim, 1, s
	case sameWords(a, b):
		return RelNormalized, 1, s
	}
	short, long := a, b
	if b.sim.Total < a.sim.Total {
		short, long = b, a
	}
	content := short.sim.Content()
	sim := max(s.overlap, s.levenshtein)
	switch {
	case s.containment >= FragmentContainment && isShorter(short, long):
		lo, hi, _ := align.FitIDs(similar.IDsOf(long.sim, short.sim))
		return RelFragment, similar.Aligned(long.sim.Slice(lo, hi), short.sim), s
	case s.containment >= FragmentContainment, // as contained, but too long to be a part
		s.overlap >= VariantOverlap && sharesEnough(a, b, content, s),
		s.containment >= VariantContainment && content >= VariantMinContent:
		return RelVariant, sim, s
	case s.overlap >= VariantOverlap && alteredOnly(a, b):
		s.altered = true
		return RelVariant, sim, s
	}
	return RelUnrelated, sim, s
}

// isShorter reports whether short has at most FragmentMaxLength of long's words.
func isShorter(short, long *text) bool {
	return float64(len(short.sim.Words)) <= FragmentMaxLength*float64(len(long.sim.Words))
}

// sharesEnough reports whether two texts whose bags of words agree (Overlap ≥
// VariantOverlap) share enough content words to be one passage: VariantMinShared, or,
// for a short text that cannot have that many, ShortVariantShare of the shorter's
// content words with the words in the same places (Levenshtein ≥ ShortVariantAligned).
func sharesEnough(a, b *text, shortContent float64, s scores) bool {
	shared := sharedContent(a, b)
	if shared >= VariantMinShared {
		return true
	}
	return shared > 0 && shared >= ShortVariantShare*shortContent && s.levenshtein >= ShortVariantAligned
}

// sharedContent is the number of distinct content stems two texts share.
func sharedContent(a, b *text) float64 {
	in := map[string]bool{}
	for k, w := range a.sim.Words {
		if a.sim.Weights[k] == 1 {
			in[w] = true
		}
	}
	n := 0.0
	for k, w := range b.sim.Words {
		if b.sim.Weights[k] == 1 && in[w] {
			n++
			in[w] = false
		}
	}
	return n
}

// hopeless reports, from the bags of words alone, that a and b cannot be related: the
// weight they share bounds Containment from above, so when neither that bound nor
// Overlap reaches a threshold, the costlier in-order scores need not be computed.
// Trace and Index call it before relate; it never rejects a pair relate would accept.
func hopeless(a, b *text) bool {
	ov := similar.Overlap(a.sim, b.sim)
	lighter := min(a.sim.Total, b.sim.Total)
	if lighter == 0 {
		return false
	}
	common := ov * (a.sim.Total + b.sim.Total) / 2
	return ov < VariantOverlap && common/lighter < min(VariantContainment, FragmentContainment)
}

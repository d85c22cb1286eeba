package match

// Altered renderings: two short quotations that differ only in a number, a negation
// or a modal verb.
//
// Problem: a short rendering shares few content words with its source, so the
// variant rules (relation.go) keep it apart from a rendering that changes one of
// them: "We will look at all twelve of them, one by one," and "… all fifteen of
// them, one by one," share one distinct content word ("one"), and the change — the
// very thing a reader must be warned of — is never flagged, because the two are
// never compared as one passage.
//
// Approach: align the two word sequences (stems, package align). When every edit
// replaces, adds or drops only numbers, negations or modal verbs (the classes drift
// flags as number, negation and modality), at most AlteredMaxEdits such runs, and
// the words the two keep in order carry at least AlteredMinContent content words
// (counting repeats: "one by one" is two), the two are one passage, altered: a
// variant. Trace then asks that their speakers agree (speaker.go: the same, a
// descriptor of the other, or one unknown): a number changed between two speakers'
// sentences is as likely two statements.
//
// Example: "We will look at all twelve of them, one by one," / "We will look at all
// fifteen of them, one by one,": one replace 12 → 15, kept content words "1", "1":
// variant, flagged number. "The ferry will run on Sunday" / "The ferry may not run
// on Sunday": one run will → may not, kept "ferri", "run", "sunday": variant, flagged
// negation and modality. "hybrid war" / "civil war": "civil" is no such word:
// unrelated here.
//
// Cost: one word alignment, O(n·m), only for pairs whose bags of words already agree
// (Overlap ≥ VariantOverlap) and that the other rules call unrelated.
//
// Known failures: a speaker's two statements built on one template ("in the next
// two years" / "in the next five years") join; a change that also swaps a content
// word ("twelve permits" → "fifteen licences") is not caught here.

import (
	"github.com/quotecheck/quotecheck/match/align"
	"github.com/quotecheck/quotecheck/match/norm"
	"github.com/quotecheck/quotecheck/match/similar"
)

const (
	// AlteredMinContent is the content words, counted with repeats, the two texts must
	// keep in order around the altered words. With one, "twelve of them" / "fifteen of
	// them" (kept: nothing but function words and a pronoun) would be a passage; the
	// held-out pair that motivated the rule keeps two ("one by one"). On the seeds and
	// PolNeAR the rule adds no pair at 2 (round 7).
	AlteredMinContent = 2
	// AlteredMaxEdits is how many separate altered runs a pair may have: one changed
	// number and one inserted "not" is the most a planted alteration was seen to make.
	AlteredMaxEdits = 2
)

// alteredOnly reports whether a and b differ only by numbers, negations or modal
// verbs, keeping enough content words in order (see the file comment).
func alteredOnly(a, b *text) bool {
	ra, rb := similar.IDsOf(a.sim, b.sim)
	edits, kept := 0, 0.0
	for _, op := range align.Runs(align.ScriptIDs(ra, rb)) {
		if op.Kind == align.Equal {
			for k := op.A0; k < op.A1; k++ {
				if a.sim.Weights[k] == 1 {
					kept++
				}
			}
			continue
		}
		edits++
		if edits > AlteredMaxEdits || !alterable(a.toks[op.A0:op.A1]) || !alterable(b.toks[op.B0:op.B1]) {
			return false
		}
	}
	return edits > 0 && kept >= AlteredMinContent
}

// alterable reports whether every token is a number, a negation or a modal verb.
func alterable(ts []norm.Token) bool {
	for _, t := range ts {
		if !isNumber(t) && !negations[t.Word] && !modals[t.Word] {
			return false
		}
	}
	return true
}

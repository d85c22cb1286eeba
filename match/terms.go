package match

// Terms as fragments: a scare-quoted phrase that repeats someone's quoted words.
//
// Problem: extraction labels a quotation `term` when nothing in its sentence says
// whose words it is: a scare quote, a label, a title. But a reporter also re-quotes
// a few words of a speaker's quotation later, unattributed or credited to a vague
// group (003: Russian officials wanted it "as close as possible"; "authored by the
// U.S."). Such a term is a fragment of a passage, and Trace, which clusters only
// someone's words, left it out.
//
// Approach: after attachment, each term with at least MinTermWords spoken words is
// looked up in an inverted index of the content stems of every clustered quote
// (TermCandidates candidates sharing the most of its CandidateStems rarest stems). A
// candidate holds the term when the term's normalised words (norm.Token.Word) are a
// contiguous run of the candidate's, and neither has a different known speaker. The
// term joins the one cluster that holds it. It joins nothing when no candidate holds
// it, or when candidates in two clusters do: a phrase found in two passages says
// nothing about which one it quotes, and a term never joins two clusters. A term
// never founds a cluster, is never indexed (nothing attaches to it) and is never a
// reference (provenance.go); its kind and speaker are extraction's and stay as they
// are. Similarity alone never admits it: bag-of-words or in-order scores are not
// asked, only the exact run of words.
//
// Example: 003's term "as close as possible" (4 words) reads the lists of "close"
// and "possibl" and meets Dmitriev's turn in 001's transcript ("… but at least
// something as close as possible."), whose words hold the run: it joins that
// cluster (described against 000's reference "… as close to it as possible,":
// fragment 0.92). 003's "as close to it as possible." holds no such run and is not
// needed. "informal paper" (2 words) is never looked up; "deal at any cost" runs in
// no quote and stays out.
//
// Cost: one posting list per clustered quote (built only when a term is long
// enough), one lookup of at most PostingBudget entries per term and TermCandidates
// run searches of O(n·m) words each: linear in the number of quotes.
//
// Known failures: a term that re-quotes words of a split quotation across the cut
// ("close … as possible") or in another order is not found. A stock phrase of three
// or more words ("at the end of the day", "War On Drugs") that one passage happens
// to contain joins it though the reporter wrote it as his own; a heading that echoes
// a quotation joins it (003's "Russian wish-list" joins Rubio's "Russian wish list",
// which the seed gold keeps as the heading's term).

import (
	"github.com/quotecheck/quotecheck/quotes"
)

const (
	// MinTermWords is the fewest spoken words a term needs to be looked up. The
	// gold fragments among the seed terms have 4 ("as close as possible", "authored
	// by the U.S."): at 3 or 4 they join (seeds cluster F1 0.881 -> 0.923, fp 2
	// unchanged). At 2, 003's label "informal paper" (gold: the reporter's term)
	// joins Dmitriev's passage, and PolNeAR gains 11 joins of 2-word labels ("A
	// Disgrace", "absolutely right", "sex tape"). At 3 PolNeAR gains 9 headline or
	// scare-quoted echoes of a quote in the same article, all but one right by eye
	// ("Coal Isn't the Villain.", "in Their Heads."; "War On Drugs," joins a phrase
	// the extractor gave to a speaker); at 4, 6 of them, losing "Suffering and
	// Delight." and "in Their Heads.". 3 is kept for those.
	MinTermWords = 3
	// TermCandidates is how many quotes sharing the most stems with a term are
	// searched for its run of words: twice MaxCandidates, as a term is looked up
	// among every clustered rendering, copies included, not among representatives.
	TermCandidates = 2 * MaxCandidates
)

// joinTerms adds each term of qs (qs[nWords:], every one long enough) to the one
// cluster (in uf) whose renderings, among someone's words qs[:nWords], hold its
// words as a run (see the file comment).
func joinTerms(qs []*quotes.Quote, texts []*text, nWords int, uf *unionFind) {
	if nWords == len(qs) {
		return
	}
	ix := newPostings()
	for i := range nWords {
		ix.add(i, texts[i])
	}
	cnt := newCounter(nWords)
	for i := nWords; i < len(qs); i++ {
		sameDoc := func(c int) bool { return qs[c].Doc == qs[i].Doc }
		root := -1
		for _, c := range ix.candidates(texts[i], CandidateStems, TermCandidates, sameDoc, cnt) {
			if !knownApart(qs[c], qs[i]) && holdsRun(texts[c], texts[i]) {
				if r := uf.find(c); root < 0 {
					root = r
				} else if r != root {
					root = -2 // held in two clusters: ambiguous
					break
				}
			}
		}
		if root >= 0 {
			// root < i stays the root, and only words are candidates: a term never
			// bridges through another
			uf.union(root, i)
		}
	}
}

// knownApart reports whether a and b have two different known speakers.
func knownApart(a, b *quotes.Quote) bool {
	return a.Speaker != "" && b.Speaker != "" && a.Speaker != b.Speaker
}

// holdsRun reports whether the normalised words of part are a contiguous run of
// whole's.
func holdsRun(whole, part *text) bool {
	n := len(part.toks)
	if n == 0 {
		return false
	}
	for s := 0; s+n <= len(whole.toks); s++ {
		k := 0
		for k < n && whole.toks[s+k].Word == part.toks[k].Word {
			k++
		}
		if k == n {
			return true
		}
	}
	return false
}

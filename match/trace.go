package match

// Trace: grouping a run's quotations into passages.
//
// Problem: given every quotation of a run, put the renderings of one passage — copies,
// fragments, truncations, translations — into one cluster, without comparing all
// pairs and without chaining two different passages through a phrase they share
// ("what it’s going to take to get a peace deal done" is in two Witkoff remarks).
//
// Approach, in four steps:
//  1. Adjacency. Consecutive quotations in one document with the same known speaker,
//     separated only by a short stretch of reporter's glue (MaxGlue bytes, within one
//     paragraph or across a line ending in a colon), are pieces of one utterance
//     ("QUOTE1," he said, "QUOTE2"): they are joined first. This is how one-word
//     fragments ("exactly,") that no text comparison could place find their passage.
//     So are the paragraphs of a quotation continued over several paragraphs (left
//     open at each paragraph end, reopened on the next) and a quotation introduced
//     by "He went on:" after its speaker's quote (continued.go).
//  2. Attachment, longest first (the phrase graph of MemeTracker). Quotes are visited
//     in decreasing weight of words. Each looks up, in an inverted index of content
//     stems, the representatives of the clusters formed so far (every rendering that
//     is not a copy, up to MaxReps per cluster, heaviest first), reading only its
//     CandidateStems rarest stems (PostingBudget entries at most) and relating at
//     most MaxCandidates representatives that share the most stems (same document
//     first among equals). It joins the one it relates to best — for a fragment, the
//     one that contains most of it — and only that one, so a shared phrase cannot
//     chain two passages; otherwise it founds a cluster. Short fragments need speaker
//     evidence (enoughEvidence). Only a second close translation (StrongOverlap, not
//     a contained phrase) merges two clusters. A piece of a split quotation with
//     fewer than MinFragmentContent content words, already placed by step 1, is not
//     indexed and joins a rendering only if its whole split quotation lies in it
//     (shortpieces.go).
//  3. Terms. A term (a quotation extraction reports as nobody's words) of
//     MinTermWords or more whose words run, in order and contiguous, inside the
//     renderings of exactly one cluster joins it as a fragment (terms.go).
//  4. Description. Each cluster gets its reference, each member its relation,
//     similarity and drift, and the cluster its first appearance and credited origin
//     (provenance.go); a member given to someone else than the reference's speaker
//     is flagged, descriptors of one body ("the ministry", "the ministry’s
//     statement") being one speaker (speaker.go). A member that shares no wording with the reference (a piece
//     of a split quotation) is described against the reference's whole passage
//     (pieces.go).
//
// Example: "as close as possible" (003) is visited after Dmitriev's long turn (000),
// finds it through the stems "close" and "possibl", is a fragment of it (Containment
// 1), and joins its cluster; "exactly," joined "our position" and "as close to it as
// possible." by adjacency in 003's sentence.
//
// Cost: tokenizing is linear in the text; each quote reads at most PostingBudget
// posting entries and relates at most MaxCandidates representatives (a bag-of-words
// bound, hopeless, skips most of them before the O(n·m) in-order scores), so Trace
// is linear in the number of quotes for bounded quote lengths. Tokenizing and the
// description (drift) run on all cores. BenchmarkTrace: 1k, 10k and 100k synthetic
// quotes.
//
// Known failures: a free translation sharing few content words with every other
// rendering ("is common" for "standard negotiation", "between us", "the American
// plan." for "authored by the U.S.") stays alone. Anchoring such a quote by its
// neighbours was measured and dropped (round 5): pairing two quotes of one speaker
// in two documents whose previous and next quotes of that speaker lie pairwise in
// the same clusters finds no candidate pair on the seeds or PolNeAR; counting a
// document's start or end as an anchor finds 7 seed pairs, none true; one anchor
// (previous only) 12 seed pairs, one true ("the American plan."), which shares no
// stem with its partner. Two short renderings given to two different known
// speakers never join (enoughEvidence): 003's "hybrid warfare" (attributed to
// "Moscow") and "hybrid war" (Ryabkov) stay apart; letting one document's quotes
// credited to the same outlet join across speakers gains that pair (seeds tp +1,
// PolNeAR unchanged, where outlets are rarely credited) but would join two officials
// quoted from one wire story, so the fix belongs to attribution. A long quote that
// spans two passages joins only the one it relates to best (the other joins it only
// through its own fragments). A trimmed fragment with one content word ("not a
// permit at all": "permit") needs the same known speaker as its passage; given to
// "High Court" against the judge's name it stays alone. Counting a verbatim run of
// 5+ words as two content words for descriptor or unknown speakers was measured
// (round 7) and changed nothing on the seeds, held-out sets or PolNeAR: the gate
// that blocks it is the two names, which only attribution can reconcile. A second
// translation sharing one content stem with the first ("to close schools at
// present" / "School closures are not planned at this stage") stays alone: nothing
// but guessing would join it.

import (
	"cmp"
	"runtime"
	"slices"
	"sync"

	"github.com/quotecheck/quotecheck/match/similar"
	"github.com/quotecheck/quotecheck/quotes"
)

// Clustering limits. MaxReps, CandidateStems and MaxCandidates were measured on the
// seed gold (TestTraceGold) and a 3000-quote synthetic corpus (TestTraceSynthetic):
// doubling all three changed neither F1 (0.907 seeds, 0.985 synthetic) and costs
// time; halving them dropped the seeds to 0.865.
const (
	// MaxGlue is the longest reporter's text, in bytes, between two pieces of one
	// split quotation. Gold split quotes with a known speaker are glued by 7–74 bytes
	// ("” Witkoff added, “"); two longer ones (87, 157 bytes) are missed, and five
	// pairs of different utterances glued by 11–41 bytes ("” and says it’s **“") are
	// wrongly joined.
	MaxGlue = 80
	// MaxReps caps the renderings of one cluster kept in the index.
	MaxReps = 6
	// CandidateStems is how many of a quote's rarest content stems are looked up.
	CandidateStems = 8
	// MaxCandidates is how many representatives are compared in full per quote.
	MaxCandidates = 6
	// MinFragmentContent: a fragment with fewer content words than this ("exactly",
	// "K") needs the same known speaker as the rendering it joins.
	MinFragmentContent = 2
	// ShortFragmentContent: a fragment with fewer content words than this ("to
	// achieve peace", Cheung) may not join a rendering given to someone else: two
	// common words inside a long quote are weak evidence.
	ShortFragmentContent = 3
	// StrongOverlap and StrongShared: a quote that is this close a variant of a second
	// cluster's rendering (besides its best parent) merges the two clusters. On the
	// seeds, translations of one turn score Overlap 0.55–0.8 with 4+ shared content
	// words; the closest different-passage pair 0.43 (two Witkoff 20-point remarks).
	// Neither fragments nor texts contained in the other rendering merge clusters: a
	// phrase may sit in two passages ("to explore what it’s going to take to get a
	// peace deal done" lies, 0.8 contained, in both Witkoff remarks).
	StrongOverlap = 0.55
	StrongShared  = 4
)

// Trace clusters the quotes that report someone's words (Kind.IsWords): every such
// quote is in exactly one cluster. A term joins a cluster only as a fragment whose
// words run inside a rendering (terms.go); other terms are in no cluster. Clusters
// are ordered by size, largest first, then by their earliest quote in input order;
// IDs are "c1", "c2", … in that order.
//
// The quotes are sorted once: someone's words first (indices 0..nWords-1, the only
// ones steps 1 and 2 see), then the terms long enough to join (MinTermWords); pos
// keeps each one's input position, the order members are listed in.
func Trace(qs []*quotes.Quote) []Cluster {
	var all, terms []*quotes.Quote
	var pos, termPos []int
	for k, q := range qs {
		switch {
		case q == nil:
		case q.Kind.IsWords():
			all, pos = append(all, q), append(pos, k)
		default:
			terms, termPos = append(terms, q), append(termPos, k)
		}
	}
	nWords := len(all)
	in := similar.NewInterner()
	texts := prepareAll(all, in)
	for k, t := range prepareTerms(terms, in) {
		if t != nil {
			all, pos, texts = append(all, terms[k]), append(pos, termPos[k]), append(texts, t)
		}
	}
	words := all[:nWords]
	adj := newUnionFind(len(all)) // the pieces of split quotations only
	joinAdjacent(words, adj)
	uf := adj.clone()
	attach(words, texts[:nWords], uf, newShortPieces(words, texts[:nWords], adj, in))
	joinTerms(all, texts, nWords, uf)
	return describe(all, texts, pos, nWords, uf, adj, in)
}

// prepareAll tokenizes every quote with one Interner, on all cores.
func prepareAll(qs []*quotes.Quote, in *similar.Interner) []*text {
	out := make([]*text, len(qs))
	parallel(len(qs), func(i int) { out[i] = prepare(qs[i].Text, in) })
	return out
}

// prepareTerms is prepareAll for terms: a term with fewer than MinTermWords spoken
// words, which never joins a passage, is only tokenized and gets nil.
func prepareTerms(qs []*quotes.Quote, in *similar.Interner) []*text {
	out := make([]*text, len(qs))
	parallel(len(qs), func(i int) {
		if ts := spokenTokens(qs[i].Text); len(ts) >= MinTermWords {
			out[i] = newText(qs[i].Text, ts, in)
		}
	})
	return out
}

// parallel runs f(0..n-1) on all cores.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, 256)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// attach visits quotes (someone's words: terms join later, and only as fragments,
// terms.go) heaviest first and joins each to the best related
// representative found through the inverted index, or makes it a representative.
func attach(qs []*quotes.Quote, texts []*text, uf *unionFind, short *shortPieces) {
	order := make([]int, len(qs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(texts[b].sim.Total, texts[a].sim.Total)
	})
	ix := newPostings()
	cnt := newCounter(len(qs))
	reps := make(map[int]int) // cluster root → representatives indexed
	for _, i := range order {
		t := texts[i]
		best, bestScore, bestRel := -1, 0.0, RelUnrelated
		var strong []int
		sameDoc := func(c int) bool { return qs[c].Doc == qs[i].Doc }
		for _, c := range ix.candidates(t, CandidateStems, MaxCandidates, sameDoc, cnt) {
			if hopeless(texts[c], t) {
				continue
			}
			rel, sim, s := relate(texts[c], t)
			if rel == RelUnrelated || !enoughEvidence(qs[c], qs[i], t) ||
				!strongEnough(qs[c], qs[i], rel, s) || !short.fits(i, c) {
				continue
			}
			if rel == RelVariant && s.containment < FragmentContainment &&
				s.overlap >= StrongOverlap && sharedContent(texts[c], t) >= StrongShared {
				strong = append(strong, c)
			}
			if rel == RelFragment {
				// A fragment's parent is the rendering that contains the most of it
				// ("20-point plan for peace": 1.0 inside "… 20 points for peace", 0.95
				// inside "… 20-point plan to peace"); ties go to the candidate ranked
				// first (more shared stems, then the same document).
				sim = s.containment
			}
			if sim > bestScore {
				best, bestScore, bestRel = c, sim, rel
			}
		}
		for _, c := range strong { // a second close translation: the same passage
			if c != best {
				merge(uf, reps, c, i)
			}
		}
		if best >= 0 {
			merge(uf, reps, best, i)
			if bestRel == RelVerbatim || bestRel == RelNormalized || reps[uf.find(i)] >= MaxReps {
				continue // a copy adds no wording; a full cluster adds no representative
			}
		}
		if short.placed[i] {
			continue // a short piece of a split quotation: never a representative
		}
		ix.add(i, t)
		reps[uf.find(i)]++
	}
}

// merge unions a and b, adding up their clusters' representative counts.
func merge(uf *unionFind, reps map[int]int, a, b int) {
	ra, rb := uf.find(a), uf.find(b)
	if ra == rb {
		return
	}
	n := reps[ra] + reps[rb]
	uf.union(a, b)
	reps[uf.find(a)] = n
}

// strongEnough reports whether a text relation between rep and q is strong enough to
// join their clusters. A loose variant — admitted only by VariantContainment, its
// words scattered in order through a long text, Overlap under VariantOverlap — is
// not, between two different known speakers: "Of course, I pay federal taxes" lies
// at Containment 0.75, in order, inside another politician's long sentence on
// "avoid paying federal income taxes" (similarity 0.22), and carried the pieces of
// two speakers' passages into one cluster. On the seeds no such link is true.
// (Requiring more of every link across documents that merges two clusters of 2+
// members was tried: at one content word it cost the seeds 10 false pairs, at
// ShortFragmentContent 21 true ones — "as close to it as possible." carries 003's
// split quote to Dmitriev's turn.)
//
// A variant only by altered words (altered.go) needs speakers that agree
// (sameSpeaker): the same template sentence from two people is two statements.
func strongEnough(rep, q *quotes.Quote, rel Relation, s scores) bool {
	if s.altered && !sameSpeaker(rep.Speaker, q.Speaker) {
		return false
	}
	loose := rel == RelVariant && s.containment < FragmentContainment && s.overlap < VariantOverlap
	return !loose || !knownApart(rep, q)
}

// enoughEvidence reports whether a quote with text t may join rep's cluster on top of
// their text relation: a one-word fragment needs the same known speaker, a two-word
// one must not have a different known speaker.
func enoughEvidence(rep, q *quotes.Quote, t *text) bool {
	content := t.sim.Content()
	switch {
	case content < MinFragmentContent:
		return rep.Speaker != "" && rep.Speaker == q.Speaker
	case content < ShortFragmentContent:
		return !knownApart(rep, q)
	}
	return true
}

// unionFind is a disjoint-set forest with path halving.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

// clone returns an independent copy with the same sets.
func (u *unionFind) clone() *unionFind { return &unionFind{slices.Clone(u.parent)} }

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of a and b; the smaller index becomes the root.
func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}

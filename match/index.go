package match

// Index: finding the corpus quotations that render a given text, for `check`.
//
// Problem: a draft quotation must be held against every quotation of a reference
// corpus; comparing it with all of them costs O(corpus) alignments per draft quote.
//
// Approach: the same inverted index of content stems that Trace uses, but over every
// corpus quote (no representatives: check wants the best evidence, not one per
// passage). A lookup reads the posting lists of the query's LookupStems rarest stems,
// ranks the quotes by how many of them they share, relates the best LookupCandidates
// in full (relation, similarity) and returns the related ones, most similar first,
// each with the drift that turns the corpus text into the query.
//
// Example: Lookup("He’s going to sell Ukraine to Russia", 3) reads the lists of
// "ukrain", "russia", "sell", relates the quotes that share them, and returns 000's
// and 003's Trump quotes, of which the query is a fragment; 003's drift carries the
// modality flag (got to → going to).
//
// Cost: NewIndex is linear in the corpus's words. A lookup reads at most LookupStems
// posting lists and aligns at most LookupCandidates quotes. An Index is read-only
// after NewIndex and safe for concurrent lookups.
//
// Known failures: a query made only of very common words reads long posting lists; a
// free translation that shares fewer than VariantMinShared content words (or, when
// short, under half of them in place) is not found.

import (
	"cmp"
	"slices"
	"sync"

	"github.com/quotecheck/quotecheck/match/similar"
	"github.com/quotecheck/quotecheck/quotes"
)

// Lookup limits. Quotes rendering the same passage share their rare stems, so the
// right ones rank at the top of a few posting lists. With these values every seed
// quote looked up finds itself first (TestIndexFindsEveryGoldQuote), and a lookup in
// 100k synthetic quotes takes about 0.5 ms (BenchmarkLookup).
const (
	// LookupStems is how many of the query's rarest stems are read.
	LookupStems = 12
	// LookupCandidates is how many quotes per lookup are related in full (at least
	// limit×LookupFactor when the caller asks for many).
	LookupCandidates = 40
	// LookupFactor widens the candidates for large limits.
	LookupFactor = 4
)

// Index finds the corpus quotes that match a text. Build it once with NewIndex.
type Index struct {
	qs    []*quotes.Quote
	texts []*text
	post  postings
	in    *similar.Interner // shared by corpus and queries; grows by each query's new words

	counters sync.Pool // *counter sized for qs, reused across lookups
}

// NewIndex indexes the quotes that report someone's words (Kind.IsWords).
func NewIndex(qs []*quotes.Quote) *Index {
	ix := &Index{post: newPostings()}
	for _, q := range qs {
		if q != nil && q.Kind.IsWords() {
			ix.qs = append(ix.qs, q)
		}
	}
	ix.in = similar.NewInterner()
	ix.texts = prepareAll(ix.qs, ix.in)
	for i, t := range ix.texts {
		ix.post.add(i, t)
	}
	return ix
}

// Len is the number of quotes indexed.
func (ix *Index) Len() int { return len(ix.qs) }

// rank orders relations from closest to loosest, to break similarity ties.
var rank = map[Relation]int{RelVerbatim: 0, RelNormalized: 1, RelFragment: 2, RelVariant: 3}

// Lookup returns up to limit corpus quotes related to text (never RelUnrelated), most
// similar first (ties: the closer relation, then corpus order). Each Hit's Drift turns the corpus quote's text
// into text. limit <= 0 means no limit beyond the candidates examined.
func (ix *Index) Lookup(text string, limit int) []Hit {
	if ix == nil || len(ix.qs) == 0 {
		return nil
	}
	q := prepare(text, ix.in)
	if len(q.sim.Words) == 0 {
		return nil
	}
	n := LookupCandidates
	if limit > 0 {
		n = max(n, limit*LookupFactor)
	}
	var hits []Hit
	cnt, _ := ix.counters.Get().(*counter)
	if cnt == nil {
		cnt = newCounter(len(ix.qs))
	}
	defer ix.counters.Put(cnt)
	for _, c := range ix.post.candidates(q, LookupStems, n, func(int) bool { return false }, cnt) {
		if hopeless(ix.texts[c], q) {
			continue
		}
		rel, sim, _ := relate(ix.texts[c], q)
		if rel == RelUnrelated {
			continue
		}
		hits = append(hits, Hit{Quote: ix.qs[c], Similarity: round(sim), Relation: rel, Drift: drift(ix.texts[c], q)})
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		if d := cmp.Compare(b.Similarity, a.Similarity); d != 0 {
			return d
		}
		return cmp.Compare(rank[a.Relation], rank[b.Relation])
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

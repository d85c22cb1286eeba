package match

// Short pieces of a split quotation: when their one word may place them elsewhere.
//
// Problem: adjacency (adjacent.go) places a one-word piece of a split quotation
// (“My hope,” she said, “is that…”) beside its neighbour. Attachment then also
// links it by its text, alone: with one content word, any rendering of the same
// speaker that uses the word (or only its stem) contains it. So "My hope," and, a
// page later, “Hopefully,” he said, “the new library…” — or a long speech that
// mentions "hope" — chain two or three passages of one speaker into one cluster
// (PolNeAR: Obama's Midway and museum remarks; "criminal" beside "only experience
// in cybersecurity" joining "protecting the criminals").
//
// Approach: a piece with fewer than MinFragmentContent content words whose adjacency
// set has other pieces is "placed". A placed piece is never indexed (no other quote
// attaches to it by its one word), and it joins a rendering by its text only when
// its whole split quotation — the pieces of its set in document order — lies in
// that rendering: at least FragmentContainment of the set's weight, in order, in the
// rendering's words with its asides kept. The one word is then not the only
// evidence: its neighbours are there too.
//
// Example: a tweet “Did she help awful (see bad tape and past) Jo …” and, later,
// He called her “awful” and her “bad tape.” — the set "awful … bad tape." lies
// wholly in the tweet (its aside counted): "awful" joins it. "Hopefully … the new
// school library opens…" does not lie in "My hope … is that the old lighthouse…":
// the two stay apart.
//
// Cost: one tokenization per placed piece that meets a candidate, one in-order
// score per such candidate (MaxCandidates at most).
//
// Known failures: a one-word piece that truly renders a word of another passage
// while its neighbour is the reporter's own term ("manufactured" beside "Islamic
// terrorism") stays with its neighbour.

import (
	"cmp"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/match/similar"
	"github.com/quotecheck/quotecheck/quotes"
)

// shortPieces knows which quotes are placed short pieces and their sets' texts.
type shortPieces struct {
	placed []bool
	qs     []*quotes.Quote
	adj    *unionFind
	in     *similar.Interner
	pieces map[int][]int // adjacency root of a placed piece → its set, in input order
	sets   map[int]*text // adjacency root → the set's pieces joined, built on demand
	spoken map[int]*text // candidate → its text with asides kept, built on demand
	texts  []*text
}

// newShortPieces marks the placed pieces among qs: adjacency sets of two or more,
// fewer than MinFragmentContent content words.
func newShortPieces(qs []*quotes.Quote, texts []*text, adj *unionFind, in *similar.Interner) *shortPieces {
	size := make(map[int]int)
	for i := range qs {
		size[adj.find(i)]++
	}
	p := &shortPieces{placed: make([]bool, len(qs)), qs: qs, adj: adj, in: in,
		pieces: map[int][]int{}, sets: map[int]*text{}, spoken: map[int]*text{}, texts: texts}
	for i, t := range texts {
		if size[adj.find(i)] > 1 && t.sim.Content() < MinFragmentContent {
			p.placed[i] = true
			p.pieces[adj.find(i)] = nil
		}
	}
	for i := range qs {
		if ps, ok := p.pieces[adj.find(i)]; ok {
			p.pieces[adj.find(i)] = append(ps, i)
		}
	}
	return p
}

// fits reports whether quote i may join the rendering c by its text: always, unless
// i is a placed piece, whose whole set must lie in c (see the file comment).
func (p *shortPieces) fits(i, c int) bool {
	if !p.placed[i] {
		return true
	}
	set := p.set(i)
	if set.sim.Total == 0 {
		return false
	}
	sp, ok := p.spoken[c]
	if !ok {
		sp = prepareAsides(p.texts[c].raw, p.in)
		p.spoken[c] = sp
	}
	return similar.LCSWeight(set.sim, sp.sim)/set.sim.Total >= FragmentContainment
}

// set returns the text of i's adjacency set: its pieces in document order.
func (p *shortPieces) set(i int) *text {
	root := p.adj.find(i)
	if t, ok := p.sets[root]; ok {
		return t
	}
	parts := slices.Clone(p.pieces[root])
	slices.SortFunc(parts, func(a, b int) int { return cmp.Compare(p.qs[a].Span.Start, p.qs[b].Span.Start) })
	raw := make([]string, len(parts))
	for k, j := range parts {
		raw[k] = p.qs[j].Text
	}
	t := prepare(strings.Join(raw, passageJoin), p.in)
	p.sets[root] = t
	return t
}

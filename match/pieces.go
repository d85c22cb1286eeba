package match

// Pieces of a split quotation: how a member that shares no wording with the reference
// relates to it.
//
// Problem: Trace joins the pieces of a split quotation by adjacency (“What I think
// would be terrific,” Witkoff added, “is that maybe he’d say…”), not by their words.
// Such a piece, or a piece of another rendering, may share no words with the cluster's
// reference: relation, similarity and edits measured against the reference alone would
// say "fragment, similarity 0.06", which reads as a weak match of the words when the
// truth is that the piece lies beside them.
//
// Approach: such a member is described against the reference's passage: the
// reference together with the pieces glued to it in its own document (its adjacency
// set), in document order, joined by " … ".
//   - A piece of that passage is a fragment with similarity 1 and no edits: its words
//     are the passage's own, as written.
//   - Any other member that relates to the passage by its words gets that relation,
//     its similarity to the passage and the edits that turn the stretch of the
//     passage it fits into it.
//   - A member that still does not relate is a fragment (variant when it is not
//     markedly shorter than the passage) whose similarity is its Containment in the
//     passage — the share of its word weight found there in order, asides of the
//     passage counted (a tweet's own "(check out … tape)"), 0 when none — and
//     has no edits: its words do not align, so no edit list would be true. It joined
//     through a neighbouring piece in its own document, or through another member.
// So for every member, similarity is how much of it the reference's passage carries.
//
// Example: Witkoff's 20-point remark, reference 001 “is that maybe he’d say to
// President Trump…”, glued to “What I think would be terrific,” (“…,” Witkoff added,
// “…”). That piece: fragment 1, no edits. 000's “Here’s what I think would be
// amazing,” (glued to 000's rendering) relates to neither by its words alone: 0.42 of
// its weight ("what I think would be") lies in the passage, so fragment 0.42, no
// edits.
//
// Cost: one extra tokenization per cluster that has such a member, one relation and
// drift per such member.
//
// Known failures: a piece of another rendering that translates its neighbour freely
// ("is common" for "standard negotiation") shares nothing with the passage and shows
// similarity 0 with no edits, though it is the same words in another language. A short
// member whose words are scattered through a long passage ("a standard thing": "a",
// "standard", "thing" far apart) is a fragment by Containment and is placed on the
// window that fits it best, which can be the wrong one ("dealmaker does" → "standard
// thing") — the same limit as for any short fragment (relation.go).

import (
	"cmp"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/match/similar"
	"github.com/quotecheck/quotecheck/quotes"
)

// passageJoin separates the pieces of a passage: an ellipsis, which tokenizing drops,
// so the edits read like the cut text they come from.
const passageJoin = " … "

// passage is a cluster reference with the pieces of its split quotation.
type passage struct {
	pieces map[int]bool // indices of the reference's pieces (the reference included)
	text   *text
	spoken *text // text with its asides kept: "(check out sex tape and past)" in a tweet
	texts  []*text
}

// newPassage builds the passage of reference ref among the cluster's members idx.
func newPassage(qs []*quotes.Quote, texts []*text, idx []int, ref int, adj *unionFind, in *similar.Interner) *passage {
	p := &passage{pieces: map[int]bool{}, texts: texts}
	var parts []int
	for _, i := range idx {
		if adj.find(i) == adj.find(ref) {
			p.pieces[i] = true
			parts = append(parts, i)
		}
	}
	slices.SortFunc(parts, func(a, b int) int { return cmp.Compare(qs[a].Span.Start, qs[b].Span.Start) })
	raw := make([]string, len(parts))
	for k, i := range parts {
		raw[k] = qs[i].Text
	}
	p.text = prepare(strings.Join(raw, passageJoin), in)
	p.spoken = prepareAsides(p.text.raw, in)
	return p
}

// describe returns member i's relation, similarity and drift against the passage.
func (p *passage) describe(i int) (Relation, float64, Drift) {
	if p.pieces[i] {
		return RelFragment, 1, Drift{Edits: []Edit{}, Flags: []Flag{}}
	}
	t := p.texts[i]
	rel, sim, s := relate(p.text, t)
	switch rel {
	case RelFragment, RelVariant:
		return rel, round(sim), drift(p.text, t)
	case RelVerbatim, RelNormalized:
		return RelFragment, 1, Drift{Edits: []Edit{}, Flags: []Flag{}}
	}
	rel = RelFragment
	if !isShorter(t, p.text) {
		rel = RelVariant
	}
	// The words a member shares with the passage may sit in an aside that tokenizing
	// dropped: a tweet's own parenthesis is words the speaker wrote.
	c := max(s.containment, similar.Containment(p.spoken.sim, t.sim))
	return rel, round(c), Drift{Score: round(1 - c), Edits: []Edit{}, Flags: []Flag{}}
}

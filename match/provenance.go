package match

// Describing a cluster: its reference, each member's relation and drift, its speakers,
// its first appearance and the origin its members credit.
//
// Reference: the earliest, most complete rendering. "Most complete" is the heaviest
// text (package similar's word weights); every member whose weight is at least
// CompleteShare of the heaviest counts as complete, and among those the earliest
// published wins (then the heaviest, then input order). So a slightly longer copy
// published a day later does not displace the first full rendering, while a fragment
// never becomes the reference. Nor does a term (terms.go): it joined as a fragment.
//
// First appearance: dates are compared only as precisely as both allow. Two dates of
// which one is known to the day only are equal when they fall on the same calendar day
// (each read in its own time zone); two dates known to the second compare as instants.
// First is the earliest member (input order among ties); FirstTied lists the other
// members at that same earliest time. Members without a date never come first; when no
// member has one, First is nil.
//
// Origin: the CitedSource named by the most members; ties go to the source credited
// first in input order; "" when no member credits one.

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/quotecheck/quotecheck/match/similar"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// CompleteShare: renderings with at least this share of the heaviest rendering's word
// weight are "complete" for choosing the reference. On the seeds it keeps Dmitriev's
// two full turns (weights 25.2, 22.2) and drops 002's partial translation (12.6);
// for Witkoff's 20-point remark it keeps 001, 004 and 000 (28.4, 27.0, 24.6) and drops
// 002 (17.8). Fragments (1–9) are never candidates.
const CompleteShare = 0.75

// describe turns the union-find sets into ordered, described clusters.
// adj holds the pieces of split quotations (adjacency unions only); in is the
// Interner of texts.
func describe(qs []*quotes.Quote, texts []*text, uf, adj *unionFind, in *similar.Interner) []Cluster {
	groups := map[int][]int{}
	var roots []int
	words := map[int]bool{} // roots of sets with someone's words: a term alone is no cluster
	for i, q := range qs {
		if q.Kind.IsWords() {
			words[uf.find(i)] = true
		}
	}
	for i := range qs {
		r := uf.find(i)
		if !words[r] {
			continue
		}
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	slices.SortStableFunc(roots, func(a, b int) int {
		if d := cmp.Compare(len(groups[b]), len(groups[a])); d != 0 {
			return d
		}
		return cmp.Compare(groups[a][0], groups[b][0])
	})
	out := make([]Cluster, len(roots))
	parallel(len(roots), func(k int) {
		out[k] = cluster(qs, texts, groups[roots[k]], adj, in)
		out[k].ID = fmt.Sprintf("c%d", k+1)
	})
	return out
}

// cluster describes one set of quotes (indices in input order).
func cluster(qs []*quotes.Quote, texts []*text, idx []int, adj *unionFind, in *similar.Interner) Cluster {
	ref := reference(qs, texts, idx)
	c := Cluster{Reference: qs[ref], Speakers: speakers(qs, idx), Origin: origin(qs, idx)}
	c.First, c.FirstTied = first(qs, idx)
	var p *passage // built when a member needs it
	for _, i := range idx {
		m := Member{Quote: qs[i]}
		if i == ref {
			m.Relation, m.Similarity = RelReference, 1
			m.Drift = Drift{Edits: []Edit{}, Flags: []Flag{}}
		} else {
			rel, sim, _ := relate(texts[ref], texts[i])
			m.Relation, m.Similarity = rel, round(sim)
			if rel == RelUnrelated {
				// Joined as a piece of a split quotation, or through another member:
				// described against the reference's whole passage (pieces.go).
				if p == nil {
					p = newPassage(qs, texts, idx, ref, adj, in)
				}
				m.Relation, m.Similarity, m.Drift = p.describe(i)
			} else {
				m.Drift = drift(texts[ref], texts[i])
			}
			if sameKnown := qs[i].Speaker != "" && qs[ref].Speaker != ""; sameKnown && qs[i].Speaker != qs[ref].Speaker {
				m.Drift.Flags = append(m.Drift.Flags, FlagSpeaker)
			}
		}
		c.Members = append(c.Members, m)
	}
	return c
}

// reference picks the earliest of the most complete renderings.
func reference(qs []*quotes.Quote, texts []*text, idx []int) int {
	heaviest := 0.0
	for _, i := range idx {
		if qs[i].Kind.IsWords() {
			heaviest = max(heaviest, texts[i].sim.Total)
		}
	}
	best := -1
	for _, i := range idx {
		if texts[i].sim.Total < CompleteShare*heaviest || !qs[i].Kind.IsWords() {
			continue
		}
		if best < 0 {
			best = i
			continue
		}
		switch d := compareDates(date(qs[i]), date(qs[best])); {
		case d < 0:
			best = i
		case d == 0 && texts[i].sim.Total > texts[best].sim.Total:
			best = i
		}
	}
	return best
}

func date(q *quotes.Quote) document.Date {
	if q.Doc == nil {
		return document.Date{}
	}
	return q.Doc.Meta.Published
}

// compareDates orders two dates as precisely as both allow; an unknown date comes
// after every known one.
func compareDates(a, b document.Date) int {
	switch {
	case !a.Known() && !b.Known():
		return 0
	case !a.Known():
		return 1
	case !b.Known():
		return -1
	case a.Precision == document.PrecisionSecond && b.Precision == document.PrecisionSecond:
		return a.Time.Compare(b.Time)
	}
	return cmp.Compare(day(a.Time), day(b.Time))
}

// day is a time's calendar date in its own zone, as yyyymmdd.
func day(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// first returns the earliest dated member and the others at the same time.
func first(qs []*quotes.Quote, idx []int) (*quotes.Quote, []*quotes.Quote) {
	best := -1
	for _, i := range idx {
		if !date(qs[i]).Known() {
			continue
		}
		if best < 0 || compareDates(date(qs[i]), date(qs[best])) < 0 {
			best = i
		}
	}
	if best < 0 {
		return nil, nil
	}
	var tied []*quotes.Quote
	for _, i := range idx {
		if i != best && date(qs[i]).Known() && compareDates(date(qs[i]), date(qs[best])) == 0 {
			tied = append(tied, qs[i])
		}
	}
	return qs[best], tied
}

// speakers lists distinct known speakers, most frequent first, then by first
// appearance.
func speakers(qs []*quotes.Quote, idx []int) []string {
	return byCount(qs, idx, func(q *quotes.Quote) string { return q.Speaker })
}

// origin is the source most members credit, "" when none.
func origin(qs []*quotes.Quote, idx []int) string {
	if s := byCount(qs, idx, func(q *quotes.Quote) string { return q.CitedSource }); len(s) > 0 {
		return s[0]
	}
	return ""
}

// byCount lists the distinct non-empty values of key, most frequent first, ties in
// order of first appearance.
func byCount(qs []*quotes.Quote, idx []int, key func(*quotes.Quote) string) []string {
	count := map[string]int{}
	var order []string
	for _, i := range idx {
		k := key(qs[i])
		if k == "" {
			continue
		}
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(count[b], count[a]) })
	return order
}

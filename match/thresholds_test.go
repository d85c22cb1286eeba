package match

import (
	"sort"
	"testing"

	"github.com/quotecheck/quotecheck/match/similar"
)

// TestRelationThresholds prints, for every pair of seed gold quotes that share a
// content word, the scores the relation thresholds are chosen on, labelled same or
// different passage (run with -v). It fails if a threshold no longer separates the
// pairs it was chosen to separate.
func TestRelationThresholds(t *testing.T) {
	qs, gold := loadGold(t)
	type row struct {
		same                 bool
		ov, co               float64
		shared, contentShort float64
		a, b                 string
	}
	var rows []row
	texts := prepareAll(qs, similar.NewInterner())
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if gold[i] == "" || gold[j] == "" || !qs[i].Kind.IsWords() || !qs[j].Kind.IsWords() {
				continue
			}
			s := score(texts[i], texts[j])
			sh := sharedContent(texts[i], texts[j])
			if sh == 0 {
				continue
			}
			rows = append(rows, row{gold[i] == gold[j], s.overlap, s.containment, sh,
				min(texts[i].sim.Content(), texts[j].sim.Content()), short(qs[i].Text), short(qs[j].Text)})
		}
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].co > rows[b].co })
	related := map[bool]int{}
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			if gold[i] == "" || gold[j] == "" || !qs[i].Kind.IsWords() || !qs[j].Kind.IsWords() {
				continue
			}
			if rel, _, _ := relate(texts[i], texts[j]); rel != RelUnrelated {
				related[gold[i] == gold[j]]++
			}
		}
	}
	t.Logf("pairs judged related by text alone: %d same-passage, %d different-passage", related[true], related[false])
	// Measured when the thresholds were set: 59 and 18 (different-passage pairs are
	// mostly one-word fragments such as "exactly," that Trace only joins with the
	// same speaker). A change that loosens or tightens them moves these counts.
	if related[true] < 55 || related[false] > 22 {
		t.Errorf("thresholds no longer separate the gold pairs: %v", related)
	}
	for _, r := range rows {
		if r.co < 0.4 && r.ov < 0.3 {
			continue
		}
		t.Logf("same=%-5v ov=%.2f co=%.2f shared=%.0f minContent=%.0f  %q ~ %q", r.same, r.ov, r.co, r.shared, r.contentShort, r.a, r.b)
	}
}

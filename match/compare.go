package match

import "github.com/quotecheck/quotecheck/match/similar"

// Compare scores two quotation texts: A is taken as the reference, B as the member.
func Compare(a, b string) Comparison {
	in := similar.NewInterner()
	ta, tb := prepare(a, in), prepare(b, in)
	rel, sim, s := relate(ta, tb)
	wa, wb := ta.sim.Words, tb.sim.Words
	return Comparison{
		Similarity: round(sim),
		Relation:   rel,
		Drift:      drift(ta, tb),
		Scores: map[string]float64{
			"overlap":              round(s.overlap),
			"containment":          round(s.containment),
			"levenshtein":          round(s.levenshtein),
			"smith_waterman_gotoh": round(similar.SmithWatermanGotoh(wa, wb)),
			"sorensen_dice":        round(similar.SorensenDice(wa, wb)),
			"jaro_winkler":         round(similar.JaroWinkler(wa, wb)),
		},
	}
}

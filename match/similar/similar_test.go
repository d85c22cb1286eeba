package similar

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestScores(t *testing.T) {
	tests := []struct {
		name, a, b         string
		overlap, contained float64 // expected, ±0.01
	}{
		{"same", "as close as possible", "as close as possible", 1, 1},
		{"fragment", "at least it will be as close to it as possible", "as close as possible", 0.69, 1},
		{"disjoint", "hybrid war", "standard negotiation", 0, 0},
		{"contraction folded", "it’ll be fine", "it will be fine", 1, 1},
		{"order ignored by overlap", "sell Ukraine to Russia", "sell Russia to Ukraine", 1, 0.62},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Of(tt.a), Of(tt.b)
			assert.InDelta(t, tt.overlap, Overlap(a, b), 0.01)
			assert.InDelta(t, tt.contained, Containment(a, b), 0.01)
			assert.InDelta(t, Overlap(a, b), Overlap(b, a), 1e-9, "symmetric")
		})
	}
}

func TestEmptyNeverNaN(t *testing.T) {
	e, x := Of(""), Of("word")
	for _, v := range []float64{
		Overlap(e, e), Overlap(e, x), Containment(e, x), Containment(e, e), Aligned(e, x),
		Levenshtein(nil, nil), Levenshtein(nil, x.Words),
		SmithWatermanGotoh(nil, x.Words), SorensenDice(x.Words, nil), JaroWinkler(nil, nil),
		SorensenDice(x.Words, x.Words),
	} {
		assert.False(t, math.IsNaN(v))
		assert.GreaterOrEqual(t, v, 0.0)
		assert.LessOrEqual(t, v, 1.0)
	}
	assert.Equal(t, 1.0, Overlap(e, e), "two empty texts are the same")
	assert.Equal(t, 0.0, Containment(e, x))
}

func TestWordMetricsRange(t *testing.T) {
	a, b := Of("he got to sell this to Ukraine").Words, Of("he is going to sell Ukraine").Words
	for name, v := range map[string]float64{
		"levenshtein": Levenshtein(a, b), "swg": SmithWatermanGotoh(a, b),
		"dice": SorensenDice(a, b), "jw": JaroWinkler(a, b),
	} {
		assert.Greater(t, v, 0.0, name)
		assert.Less(t, v, 1.0, name)
	}
	assert.Equal(t, 1.0, Levenshtein(a, a))
}

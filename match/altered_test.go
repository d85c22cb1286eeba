package match

import (
	"testing"

	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/stretchr/testify/assert"
)

func TestAlteredOnly(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"number", "Let us do all twelve of them, one by one,", "Let us do all fifteen of them, one by one,", true},
		{"negation and modal", "The ferry will run on Sunday", "The ferry may not run on Sunday", true},
		{"dropped negation", "We did not close the harbour gates", "We did close the harbour gates", true},
		{"content word swapped", "We will check all twelve permits", "We will check all twelve licences", false},
		{"too little kept", "twelve of them", "fifteen of them", false},
		{"identical", "the ferry will run", "the ferry will run", false},
		{"three changes", "Five boats will sail on 3 May and 4 June", "Six boats may sail on 7 May and 8 June", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, alteredOnly(prepare(tt.a, nil), prepare(tt.b, nil)))
		})
	}
}

// TestTraceJoinsAnAlteredNumber: two short renderings of one speaker that differ in a
// number are one passage, the change flagged; given to two different people they
// stay apart.
func TestTraceJoinsAnAlteredNumber(t *testing.T) {
	a := doc("a", "A", "2025-03-01", document.PrecisionDay, "Lea Holm", "Let us do all twelve of them, one by one,")
	b := doc("b", "B", "2025-03-02", document.PrecisionDay, "Lea Holm", "Let us do all fifteen of them, one by one,")
	c := doc("c", "C", "2025-03-02", document.PrecisionDay, "Ivo Brandl", "Let us do all twenty of them, one by one,")
	cs := Trace(append(append(a, b...), c...))
	assert.Equal(t, clusterOf(cs, a[0]), clusterOf(cs, b[0]))
	assert.NotEqual(t, clusterOf(cs, a[0]), clusterOf(cs, c[0]), "another speaker")
	var got *Member
	for _, cl := range cs {
		for k, m := range cl.Members {
			if m.Quote == b[0] {
				got = &cl.Members[k]
			}
		}
	}
	if assert.NotNil(t, got) {
		assert.Equal(t, RelVariant, got.Relation)
		assert.Contains(t, got.Drift.Flags, FlagNumber)
	}
}

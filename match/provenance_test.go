package match

import (
	"testing"

	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// memberOf returns the member of c holding the quote with text s.
func memberOf(t *testing.T, c Cluster, s string) Member {
	t.Helper()
	for _, m := range c.Members {
		if m.Quote.Text == s {
			return m
		}
	}
	require.Failf(t, "no member", "%q", s)
	return Member{}
}

// TestReferenceIsTheEarlierSplitRendering: an earlier outlet's split quotation,
// complete as a whole though each piece is short, is the reference, not a later,
// longer altered rendering; the alteration then shows as a negation on the later one.
func TestReferenceIsTheEarlierSplitRendering(t *testing.T) {
	early := &document.Document{ID: "early", Text: "“Our harbour fees have tripled,” the mayor said, “and the ledgers prove every cent of it.”"}
	early.Meta.Published = parseDate("2026-01-05")
	split := placeSpoken(t, early, speak{"Our harbour fees have tripled,", "Ann Lee"}, speak{"and the ledgers prove every cent of it.", "Ann Lee"})
	late := doc("late", "L", "2026-01-06", document.PrecisionDay, "Ann Lee",
		"Our harbour fees have not tripled, but they have risen in every single season since then.")
	cs := Trace(append(split, late...))
	require.Len(t, cs, 1)
	assert.Same(t, split[0], cs[0].Reference, "the earlier rendering; its piece the later one quotes")
	m := memberOf(t, cs[0], late[0].Text)
	assert.Contains(t, m.Drift.Flags, FlagNegation)
}

// TestReferenceCarriedByMoreDocuments: among complete renderings published the same
// day, the wording two outlets carry beats a slightly longer one only one carries.
func TestReferenceCarriedByMoreDocuments(t *testing.T) {
	same := "The new ferry will run again from early spring, weather permitting."
	longer := doc("b", "B", "2026-01-05", document.PrecisionDay, "Nils Aune", "The new ferry will surely run again from early spring, weather permitting.")
	a := doc("a", "A", "2026-01-05", document.PrecisionDay, "Nils Aune", same)
	c := doc("c", "C", "2026-01-05", document.PrecisionDay, "Nils Aune", same)
	cs := Trace(append(append(longer, a...), c...))
	require.Len(t, cs, 1)
	assert.Equal(t, same, cs[0].Reference.Text)
	assert.Equal(t, RelVariant, memberOf(t, cs[0], longer[0].Text).Relation)
}

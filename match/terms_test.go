package match

import (
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// term makes a term quote in q's document (its span is not read by Trace).
func term(q *quotes.Quote, s string) *quotes.Quote {
	return &quotes.Quote{Doc: q.Doc, Text: s, Kind: quotes.KindTerm}
}

func TestTraceTermsJoinAsFragments(t *testing.T) {
	a := doc("a", "A", "", 0, "Kirill Dmitriev",
		"I don’t think they’ll take our version exactly, but at least something as close as possible.")
	b := doc("b", "B", "", 0, "Kirill Dmitriev",
		"I don’t think they’ll take exactly our version, but at least it’ll be as close to it as possible.")
	other := doc("c", "C", "", 0, "Steve Witkoff", "We put together a peace plan for the people of Ukraine.")
	tests := []struct {
		name string
		text string
		want *quotes.Quote // the quote whose cluster the term joins; nil = none
	}{
		{"a run of a rendering's words", "as close as possible", a[0]},
		{"case and marks folded", "As Close As Possible.", a[0]},
		{"two words are a label", "peace plan", nil},
		{"words in no quote", "deal at any cost", nil},
		{"words not contiguous", "take our exactly", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tm := term(a[0], tc.text)
			cs := Trace([]*quotes.Quote{a[0], tm, b[0], other[0]})
			require.Equal(t, clusterOf(cs, a[0]), clusterOf(cs, b[0]), "the two renderings")
			if tc.want == nil {
				assert.Empty(t, clusterOf(cs, tm), "a term that repeats nobody's words is in no cluster")
				return
			}
			assert.Equal(t, clusterOf(cs, tc.want), clusterOf(cs, tm))
			for _, c := range cs {
				assert.NotSame(t, tm, c.Reference, "a term is never a reference")
				for _, m := range c.Members {
					if m.Quote == tm {
						assert.Equal(t, RelFragment, m.Relation)
					}
				}
			}
			assert.Equal(t, quotes.KindTerm, tm.Kind, "the term's kind is extraction's")
			assert.Empty(t, tm.Speaker, "the term's speaker is extraction's")
		})
	}
}

func TestTraceTermNeverJoinsTwoClusters(t *testing.T) {
	a := doc("a", "A", "", 0, "Steve Witkoff", "We need to get a peace deal done before the winter comes to Ukraine.")
	b := doc("b", "B", "", 0, "Marco Rubio", "Nobody should get a peace deal done by surrendering territory to Moscow.")
	tm := term(a[0], "get a peace deal done")
	cs := Trace([]*quotes.Quote{a[0], b[0], tm})
	assert.NotEqual(t, clusterOf(cs, a[0]), clusterOf(cs, b[0]))
	assert.Empty(t, clusterOf(cs, tm), "a phrase held by two passages names neither")
	assert.Len(t, cs, 2)
}

func TestTraceTermIsNoSeed(t *testing.T) {
	qs := doc("a", "A", "", 0, "", "as close as possible")
	qs[0].Kind = quotes.KindTerm
	later := term(qs[0], "as close as possible")
	assert.Empty(t, Trace([]*quotes.Quote{qs[0], later}), "terms never found a cluster, nor join each other")
}

func TestHoldsRun(t *testing.T) {
	whole := prepare("at least something as close as possible.", nil)
	tests := []struct {
		part string
		want bool
	}{
		{"as close as possible", true},
		{"AS CLOSE as possible!", true},
		{"something as close", true},
		{"as close to it as possible", false},
		{"close possible", false},
		{"", false},
		{"at least something as close as possible. really", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, holdsRun(whole, prepare(tc.part, nil)), tc.part)
	}
}

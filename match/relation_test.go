package match

import (
	"testing"

	"github.com/quotecheck/quotecheck/match/similar"

	"github.com/stretchr/testify/assert"
)

func TestCompareRelations(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       Relation
	}{
		{"verbatim", "Fake.", "Fake.", RelVerbatim},
		{"normalized: marks, case, ellipsis, brackets", "Steve [Witkoff] and Yuri… discussed it", "steve and yuri discussed it.", RelNormalized},
		{"normalized: contraction", "it’ll be as close as possible", "it will be as close as possible", RelNormalized},
		{"fragment", "I don’t think they’ll take exactly our version, but at least it’ll be as close to it as possible.", "as close to it as possible", RelFragment},
		{"fragment with a dropped word", "at least it’ll be as close to it as possible", "as close as possible", RelFragment},
		{"variant: modal changed", "He’s got to sell Ukraine to Russia.", "He’s going to sell Ukraine to Russia.", RelVariant},
		{"variant: translation",
			"They might not take it and say that it was agreed with us. That’s what I’m afraid of",
			"Well, that’s the thing, they might not take it, but they’ll say it was agreed upon with us. That’s what I’m afraid of.",
			RelVariant},
		{"variant: short paraphrase, one word changed", "They might twist it later, that’s all.", "They might change it later, that’s all.", RelVariant},
		{"variant: short translation", "as close to it as possible", "as similar as possible", RelVariant},
		{"variant: two words, one shared in place", "hybrid warfare", "hybrid war", RelVariant},
		{"unrelated: short, shared word out of place", "man of peace", "to achieve peace", RelUnrelated},
		{"unrelated: short, shared words out of place", "tentatively agreed in principle", "agreed in principle on most aspects of the plan", RelUnrelated},
		{"unrelated: shared phrase, different passages",
			"You know, Steve and Yuri discussed a very similar 20-point plan to peace and that could be something that we think might move the needle a little bit, we’re open to those sorts of things — to explore what it’s going to take to get a peace deal done.",
			"I know what it’s going to take to get a peace deal done: Donetsk and maybe a land swap somewhere.",
			RelUnrelated},
		{"unrelated: two shared words", "written in Russian to begin with", "appear to have been originally written in Russian.", RelUnrelated},
		{"unrelated: nothing shared", "hybrid war", "standard negotiation", RelUnrelated},
		{"unrelated: empty", "", "Fake.", RelUnrelated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Compare(tt.a, tt.b)
			assert.Equal(t, tt.want, c.Relation, "scores %v", c.Scores)
			assert.GreaterOrEqual(t, c.Similarity, 0.0)
			assert.LessOrEqual(t, c.Similarity, 1.0)
			for k, v := range c.Scores {
				assert.True(t, v >= 0 && v <= 1, "%s = %v", k, v)
			}
		})
	}
}

// TestHopelessNeverRejectsARelatedPair checks the cheap pre-filter against relate on
// every pair of seed gold quotes.
func TestHopelessNeverRejectsARelatedPair(t *testing.T) {
	qs, _ := loadGold(t)
	texts := prepareAll(qs, similar.NewInterner())
	rejected := 0
	for i := range texts {
		for j := range texts {
			if i == j || !hopeless(texts[i], texts[j]) {
				continue
			}
			rejected++
			rel, _, _ := relate(texts[i], texts[j])
			assert.Equal(t, RelUnrelated, rel, "%q / %q", qs[i].Text, qs[j].Text)
		}
	}
	assert.Greater(t, rejected, len(texts)*len(texts)/2, "the filter should reject most pairs")
}

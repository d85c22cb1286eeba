package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-six rules: the remaining general speaker errors found on PolNeAR dev, each
// with its own synthetic sentences (never corpus text) and a negative case.

func TestRoundSixSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// a woven quotation's closing period ends its sentence
		{"woven quote ends its sentence", "Norway accused the minister of “gross negligence.” Canada insisted that Oslo “act at once.”", "gross", "Norway"},
		{"woven quote, next sentence", "Norway accused the minister of “gross negligence.” Canada insisted that Oslo “act at once.”", "act at", "Canada"},
		{"stance verb before a woven quote", "Chile branded the agency a “rogue outfit in the region.” Peru insisted that Lima “stop the raids.”", "rogue", "Chile"},
		{"negative: an opening quote keeps its trailing verb", "“We are done.” Smith said nothing more.", "We are", "Smith"},
		// a speech-verb word after a possessive is a noun
		{"possessive noun is no verb", "Chancellor Anna Berg said the minister's fragile state is “beyond repair.”", "beyond", "Anna Berg"},
		{"negative: a noun before the verb is its subject", "Mayor Anna Berg met the press. The mayor stated the plan is “beyond repair.”", "beyond", "Anna Berg"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

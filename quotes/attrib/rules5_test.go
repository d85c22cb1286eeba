package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-five rules: "they" as the subject of a speech verb, statements, subjects with a
// prepositional phrase, hyphenated given names. Each rule has a positive case and a
// negative one.

func TestRoundFiveSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"they is the last plural subject", "Democrats met in Philadelphia on Monday. They said the plan was “a disaster for the country.”", "a disaster", "Democrats"},
		{"they is the campaign", "The campaign released its schedule. “We will win Ohio,” they said.", "We will", "the campaign"},
		{"negative: they is never a singular person", "Hillary Clinton spoke in Ohio. “We will win Ohio,” they said.", "We will", ""},
		{"they is officials", "Officials at the agency met on Monday. They said the program was “a fraud.”", "a fraud", "Officials"},
		{"negative: they is not an object group", "Critics of the plan sent a letter to Senate leaders. “It should expire,” they wrote.", "It should", "Critics"},
		{"hyphenated given name", "South Korean President Park Geun-hye said Kim's mental state is “spiraling out of control.”", "spiraling", "Park Geun-hye"},
		{"negative: a compound is no name", "Anti-Trump protesters marched. “We will win,” said Obama-era official Jane Smith.", "We will", "Jane Smith"},
		{"hyphenated first name", "European Commission President Jean-Claude Juncker said the vote was “a shame.”", "a shame", "Jean-Claude Juncker"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

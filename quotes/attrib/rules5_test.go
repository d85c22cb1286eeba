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
		{"a statement from X", "A statement from the White House called the test “a clear violation” of the rules.", "a clear", "White House"},
		{"a spokesman for X, unnamed", "“We will not comment,” a spokesman for the agency said.", "We will", "a spokesman for the agency"},
		{"a spokesman for X, named", "“We will not comment,” said John Doe, a spokesman for the agency.", "We will", "John Doe"},
		{"a narrator in the ad", "The spot opens with a shot of a girl. A narrator in the Clinton ad asks, “What example will we set?”", "What example", "a narrator in the Clinton ad"},
		{"negative: a source in X stays anonymous", "Smith spoke on Monday. A source in the White House said “it is over” for him.", "it is", ""},
		{"negative: a phrase before a verb that is no speech verb", "Smith spoke on Monday. A man in the crowd waved, and Smith went on: “We are done.”", "We are", "Smith"},
		{"negative: a relative clause ends the phrase", "Gary Johnson spoke. He released a letter from his doctor on Friday that says he has “extraordinarily good health” for his age.", "extraordinarily", "Gary Johnson"},
		{"X’s statement", "Jane Smith testified on Monday. Smith’s statement called the test “a clear violation” of the rules.", "a clear", "Jane Smith"},
		{"X’s campaign said", "Donald Trump spoke in Ohio. Trump’s campaign said the report was “a hit piece by people who hate him and hate us.”", "a hit", "Trump’s campaign"},
		{"negative: X’s plan is no speaker", "Donald Trump spoke in Ohio. Trump’s plan is “a disaster,” Smith said.", "a disaster", "Smith"},
		{"X said in a statement", "The Kremlin said in a statement that the test was “a clear violation” of the rules.", "a clear", "Kremlin"},
		{"negative: X’s statement was judged", "Politifact did a check on Donald Trump’s claim. On Tuesday they announced that Trump’s statement was “true.”", "true", "Politifact"},
		{"the head of X, Name, said", "The head of the agency, John Doe, said the program was “a fraud on investors and on the public.”", "a fraud", "John Doe"},
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

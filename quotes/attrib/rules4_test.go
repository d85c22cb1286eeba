package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-four rules: the grammatical subject of a speech verb, "as X put it", documents
// that "read", labels inside quotation marks, a cue in the sentence before. Each rule
// has a positive case and a negative one that must keep working.

func TestRoundFourSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"object of said opens a clause", "Only 52 percent agreed, while 73 percent said the same of Trump. However, 63 percent said Clinton was “justified” in keeping it private.", "justified", ""},
		{"negative: inverted subject before a quotation", "Smith spoke first, and then said Caddell, “It is over for them now.”", "It is", "Caddell"},
		{"name after the is a subject", "Following a meeting, the Security Council issued a statement calling the test “a clear violation” of the resolutions.", "a clear", "the Security Council"},
		{"negative: an object after the stays an object", "Trump attacked the Federal Reserve, saying it was “very political” now.", "very", "Trump"},
		{"participle after of names its speaker", "The spot concludes with footage of Trump saying during the debate, “That makes me smart,” when Clinton blasted him.", "That makes", "Trump"},
		{"negative: participle after a comma takes the subject", "Trump attacked Clinton, saying, “She has no stamina at all.”", "She has", "Trump"},
		{"as X put it", "The requirement is a “lawful source of investment income,” as a Homeland Security memo put it.", "lawful", "a Homeland Security memo"},
		{"as X put it, a person", "Mike Pence met Tim Kaine. The plan was, as Pence put it, “a disaster for the country.”", "a disaster", "Mike Pence"},
		{"in X's words", "Mike Pence met Tim Kaine. The plan was, in Pence’s words, “a disaster for the country.”", "a disaster", "Mike Pence"},
		{"negative: as X said is the verb's", "The plan was, as Smith said, “a disaster for the country.”", "a disaster", "Smith"},
		{"a document reads", "They sent a letter to the board. “We see charter schools offering hope to our children,” the letter reads.", "We see", "the letter"},
		{"negative: a person reads no words", "Smith met Jones. “We see charter schools offering hope to our children,” Smith reads aloud.", "We see", ""},
		{"a label inside the quotation marks", "Mike Pence and Chris Wallace spoke on Sunday.\n\n\"PENCE: Well, look, this is serious business for the country.\"", "PENCE", "Mike Pence"},
		{"a label with no full name", "\"WALLACE: But, Governor, I have got to ask you about this.\"\n\n\"PENCE: Well, look, this is serious business.\"", "WALLACE", "Wallace"},
		{"negative: a shouted word is no label", "\"STOP: this is not a drill for anyone here,\" the sign read.", "STOP", ""},
		{"cue in the sentence before", "Rep. Adam Schiff spoke.\n\nThe administration may be reluctant to act while John Kerry negotiates, Schiff said. \"The other factor is the appearance of it all.\"", "The other", "Adam Schiff"},
		{"negative: no cue in the sentence before", "Schiff and Pelosi met.\n\nThe administration may be reluctant to act while John Kerry negotiates with Schiff. \"The other factor is the appearance of it all.\"", "The other", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

func TestRoundFourMore(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		{"said before is stays the verb", "Rep. Adam Schiff spoke on Russia and its meddling, which the California congressman said is designed to “sow discord” here.", "sow", "Adam Schiff"},
		{"one questioner is described", "At a forum on Monday, one questioner claimed that “the forces of political correctness” were to blame.", "the forces", "one questioner"},
		{"negative: a source stays anonymous", "At a forum on Monday, one source claimed that “the forces of political correctness” were to blame.", "the forces", ""},
		{"proposed words are the proposer's", "Witkoff coaches Ushakov on how to frame the plan, suggesting Putin say that “Steve and Yuri” discussed a plan.", "Steve and", "Witkoff"},
		{"negative: Putin says them himself", "Witkoff met Ushakov. Putin said that “Steve and Yuri” discussed a plan.", "Steve and", "Putin"},
		{"a friend is described", "While having a debate, a friend commented: “For you, immigration is the most important reason.”", "For you", "a friend"},
		{"a spokesman of a named person", "Hillary Clinton spoke. Clinton's spokesman said “she would sign this legislation” if it came.", "she would", "Hillary Clinton"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-three rules: junk speakers (abbreviations, headline fragments) and wrong
// people. Each rule has a positive case and a negative one that must keep working.

func TestRoundThreeSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker, mention string
	}{
		{"military titles before a name", "Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right” about it.\n“He's absolutely right,” he said.", "He's", "Michael Flynn", "he"},
		{"title abbreviation inside a run", "Former Pennsylvania Gov. Ed Rendell agreed.\n“There is absolutely no chance of that,” he said in a phone interview.", "There is", "Ed Rendell", "he"},
		{"state and title before a name", "New Jersey Gov. Chris Christie called her a “disgrace” on Tuesday.", "disgrace", "Chris Christie", "Chris Christie"},
		{"negative: an initial still joins the name", "“There's some thought that without him it fails,” said Charles B. Rangel, a Democrat.", "There's", "Charles B Rangel", "Charles B. Rangel"},
		{"a month abbreviation is nobody", "Clinton collapsed at the Sept. 11 memorial.\nShe said the chair could call a “special meeting” to vote.", "special", "Clinton", "She"},
		{"honorific keeps a title-word surname", "Charlie King spoke first.\n“It's all about creating some enthusiasm,” Mr. King added.", "It's all", "Charlie King", "King"},
		{"negative: a title alone names nobody", "“It's all about creating some enthusiasm,” the King added.", "It's all", "", ""},
		{"New opens a place name", "The New York Post reports that her team wanted to “keep the details under wraps.”", "keep", "New York Post", "New York Post"},
		{"negative: New alone starts a sentence", "New polls show a tie. “We are gaining every day,” Smith said.", "We are", "Smith", "Smith"},
		{"capitalised place inside a role phrase", "“We need change in this country,” the New York businessman said.", "We need", "the New York businessman", "the New York businessman"},
		{"hyphenated role words lead the subject", "Republican vice-presidential nominee Gov. Mike Pence (R-IN) said the tweet was only “to mock” Clinton.", "to mock", "Mike Pence", "Mike Pence"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
			assert.Equal(t, c.mention, q.SpeakerMention)
		})
	}
}

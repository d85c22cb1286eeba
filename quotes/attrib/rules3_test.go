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
		{"negative: an initial still joins the name", "“There's some thought that without him it fails,” said Charles B. Rangel, a Democrat.", "There's", "Charles B. Rangel", "Charles B. Rangel"},
		{"a month abbreviation is nobody", "Clinton collapsed at the Sept. 11 memorial.\nShe said the chair could call a “special meeting” to vote.", "special", "Clinton", "She"},
		{"honorific keeps a title-word surname", "Charlie King spoke first.\n“It's all about creating some enthusiasm,” Mr. King added.", "It's all", "Charlie King", "King"},
		{"negative: a title alone names nobody", "“It's all about creating some enthusiasm,” the King added.", "It's all", "", ""},
		{"New opens a place name", "The New York Post reports that her team wanted to “keep the details under wraps.”", "keep", "New York Post", "New York Post"},
		{"negative: New alone starts a sentence", "New polls show a tie. “We are gaining every day,” Smith said.", "We are", "Smith", "Smith"},
		{"capitalised place inside a role phrase", "“We need change in this country,” the New York businessman said.", "We need", "the New York businessman", "the New York businessman"},
		{"hyphenated role words lead the subject", "Republican vice-presidential nominee Gov. Mike Pence (R-IN) said the tweet was only “to mock” Clinton.", "to mock", "Mike Pence", "Mike Pence"},
		{"capitals headline is no speaker", "CONGRESS HAS INVESTIGATED HIM — Oz’s advice earned him a hearing, where he was asked about saying that coffee was a “magic weight loss cure for every body.”", "magic", "Oz", "he"},
		{"dateline is no speaker", "WASHINGTON -- President Obama, dedicating the museum, said it would tell of “suffering and delight, one of fear, but also of hope.”", "suffering", "Obama", "Obama"},
		{"negative: an acronym is an organisation", "“We see no link to anything at all,” NYPD said.", "We see", "NYPD", "NYPD"},
		{"title-cased heading is no speaker", "War and Peace.\n\nVeto Power Impedes Peace Efforts: Eliminating “the scourge of war” is a goal.", "the scourge", "", ""},
		{"negative: a long name with a title stays a name, the title its role", "“It is reckless and dangerous,” said Australian Prime Minister Malcolm Turnbull.", "It is", "Malcolm Turnbull", "Malcolm Turnbull"},
		{"a name after a possessive is a thing", "His Harvard degree and his MBA have not insulated him from being seen, as one critic put it, as “the operator.”", "the operator", "", ""},
		{"adjective role words lead the subject", "Democratic presidential nominee Hillary Clinton chimed in, saying that Charlotte officials should release the videos “without delay.”", "without", "Hillary Clinton", "Hillary Clinton"},
		{"capitalised modifiers inside a role phrase", "Indiana Gov. Mike Pence met donors. The Indiana governor said Trump was “a man of action” then.", "a man", "Mike Pence", "The Indiana governor"},
		{"negative: an outlet after The stays a name", "The New York Post reports that her team wanted to “keep the details under wraps.”", "keep", "New York Post", "New York Post"},
		{"apostrophe surname", "“The exact cause has not been determined,” said O'Neill, on his first day.", "The exact", "O'Neill", "O'Neill"},
		{"negative: a contraction is no name", "It's late. “We will see,” Smith said.", "We will", "Smith", "Smith"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
			assert.Equal(t, c.mention, q.SpeakerMention)
		})
	}
}

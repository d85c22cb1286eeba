package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-eleven rules: title phrases before or around a name, outlets that carry a
// quotation, named reports, a post-verb name as a later pronoun's subject, relatives
// by role. Each cause has its own new sentences (never held-out or corpus text) and a
// negative case.

func TestRoundElevenSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// a possessor after a preposition is what the sentence is about, not its pronoun's referent
		{"negative: Of X's employer, she writes that he", "Mira Dalton writes with care. Of Tobin’s employer, the mill’s owner, she writes that he “weighed flour like gold”.", "weighed flour", "Mira Dalton"},
		// title phrases
		{"ORG title NAME denied … he said:", "Pellmore Rovers chairman Anton Greaves rejected the claim. Asked about it later, he said: “We have never sold a captain in May.”", "We have never", "Anton Greaves"},
		{"negative: a person subject before an org modifier", "Anton Greaves, the Pellmore Rovers chairman, rejected the claim. Asked about it later, he said: “We have never sold a captain in May.”", "We have never", "Anton Greaves"},
		{"The Title of Place, the Very Rev NAME, … he said", "The Dean of Wexcombe, the Very Rev Simon Thorne, opened the doors. “We rang them at last,” he said.", "We rang", "Simon Thorne"},
		{"ORG title NAME said", "Harlow Freight chief executive Dana Whitlow said the strike was “avoidable”.", "avoidable", "Dana Whitlow"},
		{"The Title of Place, the Rt Rev NAME, said", "The Bishop of Wexcombe, the Rt Rev Simon Thorne, said the bells had been “silent for too long”.", "silent", "Simon Thorne"},
		{"The title of the Place Isles, NAME, called", "The harbour master of the Ferrow Isles, Agnes Tull, called the storm “the worst in living memory”. “We lost three boats,” she said.", "We lost", "Agnes Tull"},
		{"said its director, NAME", "The museum reopened on Sunday. “We are glad to be back,” said its director, Paula Venn.", "We are glad", "Paula Venn"},
		{"negative: a title with no name", "The Bishop of Wexcombe said the bells had been “silent for too long”.", "silent", "Bishop of Wexcombe"},
		{"a place after the article is no second person", "Iona Renn grew up on Fennick. The harbour master of the Fennick Isles, Callum Dray, praised her. “She wrote about us,” he said.", "She wrote", "Callum Dray"},
		{"a noun before a pronoun's aside", "Odile Marsan checked the vats. Costs, she says, will rise “a little, not a lot”.", "a little", "Odile Marsan"},
		{"negative: a known name before a pronoun's aside stays a name", "Odile Marsan met Petra Lind. Lind, she says, was “a little late”.", "a little", "Petra Lind"},
		// a post-verb name is a subject for later pronouns
		{"said NAME … He said", "“The road is closed,” said Karim Odunsi, a county engineer. The crews worked all night. He said: “It will reopen on Friday.”", "It will reopen", "Karim Odunsi"},
		{"negative: a name after told is its object", "“The road is closed,” Lena Marsh told Karim Odunsi, a county engineer. The crews worked all night. She said: “It will reopen on Friday.”", "It will reopen", "Lena Marsh"},
		{"a possessor in the pronoun's own subjectless sentence", "Ruth Kell spoke first. “We need more,” said Ruth Kell. Omar Pike’s plan earned him a hearing, where he called it “a fair start”.", "a fair start", "Omar Pike"},
		{"negative: the sentence has its own subject", "Ruth Kell spoke first. Lena Marsh praised Omar Pike’s plan, and she called it “a fair start”.", "a fair start", "Lena Marsh"},
		// relatives by role
		{"her son, NAME, … her son said", "Her son, the sculptor Tobias Renn, thanked the nurses. “She was never afraid,” her son said.", "She was never", "Tobias Renn"},
		{"her daughter, the painter NAME, said", "Ada Renn died on Friday. Her daughter, the painter Iona Renn, said the family had been “flooded with letters”.", "flooded", "Iona Renn"},
		{"her husband NAME … her son, NAME … her son said", "Her husband Edwin Renn died in 2011. Her son, Tobias Renn, thanked the nurses. “She was never afraid,” her son said.", "She was never", "Tobias Renn"},
		{"negative: a relation never named", "Ada Renn died on Friday. “She was never afraid,” her son said.", "She was never", "her son"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

func TestRoundElevenCarriers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker, credit string
	}{
		{"OUTLET ran the quote as", "Farmers wept. “We lost half,” Ana Ruiz said. The Daily Crop ran the quote as “We lost half the crop.”", "We lost half the", "Ana Ruiz", "The Daily Crop"},
		{"OUTLET carried it as", "“We lost half,” Ana Ruiz said.\n\nHarvest Weekly carried it as “We lost most of it,” and cut the rest.", "We lost most", "Ana Ruiz", "Harvest Weekly"},
		{"negative: nobody said it before", "Harvest Weekly printed the line “We lost most of it” on Monday.", "We lost most", "", "Harvest Weekly"},
		{"negative: a verb whose object is no quotation", "Ana Ruiz ran the farm for forty years. “We lost half,” she said.", "We lost half", "Ana Ruiz", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
			assert.Equal(t, c.credit, q.CitedSource)
		})
	}
}

// TestBlankLinesAreNoSentences: blank lines between paragraphs do not count as
// sentences, so a pronoun after a long quotation still reaches its antecedent.
func TestBlankLinesAreNoSentences(t *testing.T) {
	text := "Mira Holt spoke to the paper by phone.\n\n\n\n“We walked for hours.\n\n\n\n“Nobody came.\n\n\n\n“The radio was dead.”\n\n\n\nShe said the guide was “the best there is”.\n"
	assert.Equal(t, "Mira Holt", find(t, attributeText(t, text), "the best there is").Speaker)
}

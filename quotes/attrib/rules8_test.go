package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-eight rules: honest speakers on unseen text. Each cause has its own new
// sentences (never held-out or corpus text) and a negative case.

func TestRoundEightSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// a pronoun never resolves to a team or place set off after a common noun
		{"pronoun skips a team in apposition", "Coach Ivo Brandl was calm. Asked whether his side could beat the champions, Westhaven, in the cup, he said: “We can, if we press high.”", "We can", "Ivo Brandl"},
		{"negative: a surname subject still takes the pronoun", "Coach Ivo Brandl left early. Marek Tomsa spoke next. Tomsa told the paper that the plan had changed. “We press high now,” he said.", "We press", "Marek Tomsa"},
		// titles before a name are stripped, after a quotation as before it
		{"title before a name after the quotation", "The club met on Friday. “Nothing is decided yet,” Manager Ivo Brandl said.", "Nothing", "Ivo Brandl"},
		{"coach title before a name", "Coach Ivo Brandl took questions. “We go again on Sunday,” Brandl said.", "We go", "Ivo Brandl"},
		// an honorific leading a name in apposition: the person, not the descriptor
		{"apposition name with Dr.", "The agency's chief scientist, Dr. Lotte Varn, called the spill “entirely avoidable”.", "entirely", "Lotte Varn"},
		{"negative: no name in the apposition", "The agency's director called the spill “entirely avoidable”.", "entirely", "the agency’s director"},
		// a judge's title names a judge; an organisation's head noun names it
		{"the judge after Justice X", "Justice Mara Quell gave the firm 30 days. “A permit is not a promise,” the judge said as she read the ruling.", "A permit", "Mara Quell"},
		{"negative: the judge with no judge named", "Mara Quell was in court. Tom Hale, a farmer, spoke too. “A permit is not a promise,” the judge said.", "A permit", "the judge"},
		{"the institute after its full name", "The Brenmoor Institute for Soil Research published figures. “Yields fell by a third,” the institute said.", "Yields", "Brenmoor Institute for Soil Research"},
		{"negative: an institute never named", "Tom Hale published figures. “Yields fell by a third,” the institute said.", "Yields", "the institute"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
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
		// a sentence that marks its source anonymous names nobody
		{"anonymity in the sentence", "Rail staff were told to stop. A driver in Oststadt, speaking on condition of anonymity, described depots “full of broken trains”.", "full of", ""},
		{"asked not to be named", "Karl Wend runs the depot. A driver who asked not to be named said the fleet was “falling apart”.", "falling", ""},
		{"negative: a named speaker in the next sentence", "A driver who asked not to be named said the fleet was “falling apart”. Karl Wend said, “That is not true.”", "That is", "Karl Wend"},
		// "the NOUN said" with no one to tie it to is that descriptor
		{"the engineer said, nobody named", "The lights failed at noon. “Everyone knew the update was rushed,” the engineer said.", "Everyone", "the engineer"},
		{"negative: the paragraph's one person still wins", "Nora Siek checked the logs. “Everyone knew the update was rushed,” the engineer said.", "Everyone", "Nora Siek"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

// The publishing outlet never receives others' words through the paragraph rule.
func TestOutletIsNoSpeaker(t *testing.T) {
	text := "By the Fenwick Courier staff\n\nAccording to a memo seen by the Courier, staff were warned. “Nobody wanted to say it,” the engineer said.\n"
	d := &document.Document{ID: "t.txt", Text: text, Masked: text, Format: document.FormatText, Meta: document.Meta{Outlet: "The Fenwick Courier"}}
	q := find(t, Attribute(d, scan.Scan(d.Text, d.Masked)), "Nobody")
	assert.Equal(t, "the engineer", q.Speaker)
	// negative: without the outlet known, the one name in the paragraph is taken
	d.Meta.Outlet = ""
	q = find(t, Attribute(d, scan.Scan(d.Text, d.Masked)), "Nobody")
	assert.Equal(t, "Fenwick Courier", q.Speaker)
}

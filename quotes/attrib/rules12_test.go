package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-twelve rules: organisation names kept whole, a person introducing words with a
// colon after an organisation's quotation, outlets that "used" a version, documents'
// authors. Each cause has its own new sentences (never held-out or corpus text) and a
// negative case.

func TestRoundTwelveSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// an organisation's name is not split at a word seen alone before
		{"The PLACE-ADJ Org Forum after a lone ADJ", "Southern ports busier than forecast, Tally finds\n\nTraders were wary. The Southern Freight Forum, which speaks for hauliers, said the plan was “a slow tax”.", "a slow tax", "Southern Freight Forum"},
		{"of PLACE Police after in PLACE", "The shop in Marlow was emptied overnight. Sergeant Ivo Brandt of Marlow Police said it was “a tidy job”. Police later called it “a tidy, quick job”.", "a tidy job", "Ivo Brandt"},
		{"PLACE Police as subject after in PLACE", "The shop in Marlow was emptied overnight. Marlow Police said it was “a tidy job”.", "a tidy job", "Marlow Police"},
		{"negative: two people side by side still split", "Odile Marsan met Petra Lind on Friday. She tells Lind Marsan should “wait a week”.", "wait a week", "Odile Marsan"},
		// a person named in a colon intro after an organisation's quotation
		{"Its spokesperson, NAME, went further:", "The Guild of Ferrymen, which represents forty crews, said in a statement that the plan “ends the winter service”. Its spokesperson, Ama Kettle, went further: “We will sail anyway. The river is ours.”", "We will sail", "Ama Kettle"},
		{"negative: an organisation's colon intro keeps the continuation", "Ama Kettle said the plan “ends the winter service”. The Guild of Ferrymen went further: “We will sail anyway.”", "We will sail", "Ama Kettle"},
		// an outlet that used a version of someone's words
		{"OUTLET used a shorter version:", "“We lost half the crop this year,” Ana Ruiz said. The Tallow Courier used a shorter version: “We lost half the crop.”", "We lost half the crop.", "Ana Ruiz"},
		{"negative: used with no quotation object", "The Tallow Courier used a drone: “We saw the whole valley,” said Ana Ruiz.", "We saw", "Ana Ruiz"},
		// a document's words go to its author
		{"the agency said, then the agency's report, then the report", "The Corran Water Agency fined the mill on Monday. In a statement, the agency said the fine was “long overdue”. According to the agency’s annual report, the river “recovered within a month”. The report also noted “three earlier spills”.", "three earlier spills", "Corran Water Agency"},
		{"the agency's annual report", "The Corran Water Agency fined the mill on Monday. In a statement, the agency said the fine was “long overdue”. According to the agency’s annual report, the river “recovered within a month”.", "recovered within", "Corran Water Agency"},
		{"the agency said after an agency named", "The Corran Water Agency fined the mill on Monday. In a statement, the agency said the fine was “long overdue”.", "long overdue", "Corran Water Agency"},
		{"negative: the party's bylaws are no words of the party", "The Corran Party met on Monday. The party said the vote was “final”. Proxies are barred when voting “to fill a seat”, per the party’s bylaws.", "to fill a seat", "the party’s bylaws"},
		{"negative: the agency after a news agency", "The Corran Water Agency fined the mill. Reuters reported the fine first. The agency said the mill was “a repeat offender”.", "a repeat offender", "Reuters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

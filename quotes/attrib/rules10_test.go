package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-ten rules: a statement or letter speaks for its named issuer, organisation
// descriptors ("the ministry", "the hospital", "the company") resolve to the
// organisation named earlier. Each cause has its own new sentences (never held-out or
// corpus text) and a negative case.

func TestRoundTenSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// a statement or letter speaks for its issuer
		{"X said in a statement:", "Harlow Freight said in a statement: “We regret the delay to every customer.”", "We regret", "Harlow Freight"},
		{"the statement said after X in a statement", "The port operator, Harlow Freight, called the walkout “reckless” in a statement. “We have met the drivers nine times since June,” the statement said.", "We have met", "Harlow Freight"},
		{"the statement read after X said in a statement that", "Harlow Freight said in a statement that it “deeply regrets” the delay. “Every lorry will be rebooked by Friday,” the statement read.", "Every lorry", "Harlow Freight"},
		{"the statement, issued by X", "The statement, issued by Harlow Freight on Monday, said the drivers were “well paid by any standard”.", "well paid", "Harlow Freight"},
		{"negative: a statement nobody issued", "The walkout began at dawn. “We have met the drivers nine times since June,” the statement said.", "We have met", "the statement"},
		{"negative: a person who issued nothing", "Tomas Holm criticised the walkout on Monday. “We have met the drivers nine times since June,” the statement said.", "We have met", "the statement"},
		{"the letter after the organisation ended the paragraph before", "Lindqvist Memorial Hospital found the breach. The hospital did not respond to questions.\n\nAccording to a letter sent to patients, the data is lost. The letter advises patients to stay “alert to odd calls”.\n", "alert", "Lindqvist Memorial Hospital"},
		{"negative: the organisation two sentences before the paragraph", "The hospital did not respond to questions. Lindqvist Memorial Hospital found the breach months ago. Patients are angry.\n\nAccording to a letter sent to patients, the data is lost. The letter advises patients to stay “alert to odd calls”.\n", "alert", "the letter"},
		// organisation descriptors
		{"in a statement, the company said", "Harlow Freight lost two contracts in May. In a statement, the company said it was “confident of a quick recovery”.", "confident", "Harlow Freight"},
		{"in a letter, the bank said", "Pellmore Bank closed six branches this year. In a letter to customers, the bank said the change was “long overdue”.", "long overdue", "Pellmore Bank"},
		{"the Ministry of X said", "Farmers marched on Tuesday. In a written statement, the Ministry of Fisheries said: “Quotas will not change this year.”", "Quotas", "Ministry of Fisheries"},
		{"the ministry after the Ministry of X", "The Ministry of Fisheries set the quotas in March. Farmers marched on Tuesday. “Quotas will not change this year,” the ministry said.", "Quotas", "Ministry of Fisheries"},
		{"the hospital after its name", "Lindqvist Memorial Hospital found the breach in October. Patients were told a month later. “We are sorry it took so long,” the hospital said.", "We are sorry", "Lindqvist Memorial Hospital"},
		{"negative: the hospital never named", "Patients were told a month later. “We are sorry it took so long,” the hospital said.", "We are sorry", "the hospital"},
		{"the company after a named subject", "Harlow Freight lost two contracts in May. Its rival Brise Haulage won both. Harlow Freight cut its forecast on Monday. “Demand will recover,” the company said.", "Demand", "Harlow Freight"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-thirteen rules: possessed documents speak for their possessor; a hearing's
// role labels are the person holding the role. Each cause has
// its own new sentences (never held-out or corpus text) and a negative case.

func TestRoundThirteenSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// a possessed document's words are the possessor's
		{"her letter said", "Ines Halder resigned from the board on Friday. Her letter said: “I could not stay while the audit is hidden.”", "I could not stay", "Ines Halder"},
		{"his memo added", "Tomas Wrede, the finance director, wrote to staff on Monday. His memo added: “No bonuses will be paid this year.”", "No bonuses", "Tomas Wrede"},
		{"its statement after an organisation subject", "The Corran Water Agency fined the mill on Monday. Its statement read: “The river will take a year to recover.”", "The river will", "Corran Water Agency"},
		{"negative: its statement with no organisation stays the document", "Ines Halder left the hall early. Its statement read: “The river will take a year to recover.”", "The river will", "its statement"},
		// a hearing's role label is the person the text gives that role
		{"COUNSEL: counsel to the inquiry, NAME", "Tomas Holm was questioned for an hour by counsel to the inquiry, Hanne Borg.\n\nCOUNSEL: Where were you at noon?\nHOLM: On the quay, checking the ropes.\n", "Where were you", "Hanne Borg"},
		{"JUDGE: the one person titled judge", "Judge Ola Brunvik heard the case in Tarrow. Tomas Holm gave evidence for the port.\n\nJUDGE: You may sit down.\nHOLM: Thank you, sir.\n", "You may sit", "Ola Brunvik"},
		{"negative: PROSECUTOR: with no prosecutor named", "Tomas Holm gave evidence for the port.\n\nPROSECUTOR: Where were you at noon?\nHOLM: On the quay, checking the ropes.\n", "Where were you", ""},
		{"negative: the judge ruled that NAME is no apposition", "The judge ruled that Tomas Holm may give evidence.\n\nJUDGE: You may sit down.\nHOLM: Thank you, sir.\n", "You may sit", ""},
		{"negative: their letter is no one's guess", "Ines Halder and Tomas Wrede met the board. Their letter said: “We want the audit published.”", "We want the audit", "their letter"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

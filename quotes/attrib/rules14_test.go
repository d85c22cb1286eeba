package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-fourteen rules: post-name titles and honours are not part of a speaker's
// name. Each cause has its own new sentences (never held-out or corpus text) and a
// negative case.

func TestRoundFourteenSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// post-name titles and honours are dropped from the name
		{"KC after the name", "“The ruling cannot stand,” said Hanne Borg KC, who acts for the port.", "The ruling cannot", "Hanne Borg"},
		{"QC subject before said", "Tom Hale QC said: “We will appeal within the week.”", "We will appeal", "Tom Hale"},
		{"MP in apposition", "“The budget is a fiction,” Ada Lin MP told the chamber.", "The budget is", "Ada Lin"},
		{"Jr. after the name", "“I never saw the ledger,” said Jo Park Jr. on Tuesday.", "I never saw", "Jo Park"},
		{"comma PhD", "“The samples were clean,” said Mira Sand, PhD, the lab's head.", "The samples were", "Mira Sand"},
		{"negative: a generational numeral stays in the name", "“The quay will close,” said Ola Kay III on Monday.", "The quay will", "Ola Kay III"},
		{"negative: a lower-case mp after a name is no honour", "“The quay will close,” said Ola Kay mp on Monday.", "The quay will", "Ola Kay"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

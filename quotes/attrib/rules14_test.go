package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-fourteen rules: post-name titles and honours are not part of a speaker's
// name; "the office" or "the bureau" is the organisation named with that head word; a vessel's name
// is a thing, never a speaker; an
// unspaced en dash joins two capitalised words into one organisation; a letter set out
// below its introduction is its author's; the object of "accused" is not its speaker. Each cause has its own new sentences (never held-out or corpus text) and a
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
		// "the office" is the organisation named earlier with that head word
		{"in a statement, the office said", "The Kaldmark Statistics Office published the figures on Monday. In a statement, the office said: “Prices rose faster than wages.”", "Prices rose", "Kaldmark Statistics Office"},
		{"the office said in a statement", "The Tarrow Weather Office issued a warning. “Gusts will reach a hundred kilometres an hour,” the office said in a statement.", "Gusts will reach", "Tarrow Weather Office"},
		{"the bureau said", "The Holm Census Bureau counted fewer farms this year. “The decline is steepest in the north,” the bureau said.", "The decline is", "Holm Census Bureau"},
		{"negative: her office speaks for her, not the last Office", "The Tarrow Weather Office issued a warning. The mayor, Ines Halder, was asked about the closures. Her office said: “The mayor will decide on Friday.”", "The mayor will decide", "Ines Halder"},
		// a vessel's name is a thing: never a speaker, never a surname for a later name
		{"the dredger NAME lends no surname", "The dredger Holm Vester sank in the harbour. Vester Marine Works, which built it, said: “The hull was sound when it left us.”", "The hull was sound", "Vester Marine Works"},
		{"a passenger after the ferry NAME", "The ferry Saint Brevna ran aground off Tarrow on Sunday. “We heard a crack and then the lights went out,” a passenger said.", "We heard a crack", "a passenger"},
		{"the dredger, NAME, in apposition", "Crews raised the dredger, Holm Vester, on Monday. Vester Marine Works, which built it, said: “The hull was sound.”", "The hull was sound", "Vester Marine Works"},
		{"negative: a clause after a boat and a comma is a person", "They left on the last boat, Ola Kay told reporters: “Nobody was hurt.” Kay Marine Works, which ran the boat, said: “We are sorry.”", "Nobody was hurt", "Ola Kay"},
		{"negative: a person after the ferry's role word stays a person", "The ferry's captain, Ola Kay, stayed on the bridge. “Nobody was hurt,” said Ola Kay.", "Nobody was hurt", "Ola Kay"},
		// an unspaced en dash joins capitalised words into one organisation
		{"its statement after an en-dash team", "Hollin–Marsk finished fifth in the team race. Its statement read: “Our riders gave everything.”", "Our riders gave", "Hollin–Marsk"},
		{"said after an en-dash firm", "“We will appeal the award,” said Dunmere–Ross, the firm acting for the club.", "We will appeal", "Dunmere–Ross"},
		{"negative: a spaced dash keeps the names apart", "Ines Halder – Tomas Wrede's deputy – spoke first. “The audit is late,” said Halder.", "The audit is late", "Ines Halder"},
		{"negative: a hyphenated surname stays a person", "Ada Holm-Berg chairs the panel. “The audit is late,” said Holm-Berg.", "The audit is late", "Ada Holm-Berg"},
		// a letter set out below gives its author the quoted paragraphs
		{"a letter from NAME, It reads:", "Ines Halder resigned on Friday. A letter from Tomas Wrede was read to the board. It reads:\n\n“I could not stay while the audit is hidden.\n\n“No one asked me why.”\n\nThe board met again on Monday.", "I could not stay", "Tomas Wrede"},
		{"a letter's continuation paragraph", "Ines Halder resigned on Friday. A letter from Tomas Wrede was read to the board. It reads:\n\n“I could not stay while the audit is hidden.\n\n“No one asked me why.”\n\nThe board met again on Monday.", "No one asked", "Tomas Wrede"},
		{"NAME wrote in a letter, reproduced in full below", "Tomas Wrede wrote in a letter to the board, reproduced in full below.\n\n“I could not stay while the audit is hidden.”", "I could not stay", "Tomas Wrede"},
		{"NAME's letter is reproduced below", "Tomas Wrede quit on Friday. Wrede's letter is reproduced below.\n\n“I could not stay while the audit is hidden.”", "I could not stay", "Tomas Wrede"},
		{"his letter after another person", "Tomas Wrede quit on Friday, a day after Ines Halder. The body of his letter is reproduced in full below.\n\n“I could not stay while the audit is hidden.”", "I could not stay", "Tomas Wrede"},
		{"negative: a report set out below has no author", "The board met on Friday. The auditors' summary is reproduced below.\n\n“The accounts are incomplete.”", "The accounts are", ""},
		// the object of "accused" is not its speaker
		{"a letter that accused X of “…”", "Tomas Wrede resigned in a letter to the board that accused the council of “hiding the audit” for a year.", "hiding the audit", "Tomas Wrede"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

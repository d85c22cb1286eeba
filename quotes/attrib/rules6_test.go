package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-six rules: the remaining general speaker errors found on PolNeAR dev, each
// with its own synthetic sentences (never corpus text) and a negative case.

func TestRoundSixSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// a woven quotation's closing period ends its sentence
		{"woven quote ends its sentence", "Norway accused the minister of “gross negligence.” Canada insisted that Oslo “act at once.”", "gross", "Norway"},
		{"woven quote, next sentence", "Norway accused the minister of “gross negligence.” Canada insisted that Oslo “act at once.”", "act at", "Canada"},
		{"stance verb before a woven quote", "Chile branded the agency a “rogue outfit in the region.” Peru insisted that Lima “stop the raids.”", "rogue", "Chile"},
		{"negative: an opening quote keeps its trailing verb", "“We are done.” Smith said nothing more.", "We are", "Smith"},
		// a speech-verb word after a possessive is a noun
		{"possessive noun is no verb", "Chancellor Anna Berg said the minister's fragile state is “beyond repair.”", "beyond", "Anna Berg"},
		{"negative: a noun before the verb is its subject", "Mayor Anna Berg met the press. The mayor stated the plan is “beyond repair.”", "beyond", "Anna Berg"},
		// a place after "of" is not part of a person's name
		{"title, initial, place tail", "“The vote is close,” said Representative John Q. Adler of New York. “We will see.”", "The vote", "John Q. Adler"},
		{"continuation after a place tail", "“The vote is close,” said Representative John Q. Adler of New York. “We will see.”", "We will", "John Q. Adler"},
		{"negative: of inside a title stays", "“The talks are over,” said Secretary of State John Kerry.", "The talks", "John Kerry"},
		// according to, with a descriptor before the name
		{"according to a described person", "Ann Jones unveiled the plan on Monday. According to veteran radio host Mark Levin, the plan reeks of “panic” and fear.", "panic", "Mark Levin"},
		{"according to a body's officer", "Smith was greeted with chants of “Bobby!” at a conference, according to Ohio AFL-CIO President Jane Okafor.", "Bobby", "Jane Okafor"},
		{"negative: according to an outlet", "According to the New York Times, the plan reeks of “panic” and fear.", "panic", "New York Times"},
		// phrasal speech cues and fragments coordinated under one cue
		{"went on about", "“Ready?” she asked, but Ann was tired, and as Smith went on about “the rigged system,” and “lost jobs” and “our own people,” Ann said yes.", "the rigged", "Smith"},
		{"coordinated fragment", "“Ready?” she asked, but Ann was tired, and as Smith went on about “the rigged system,” and “lost jobs” and “our own people,” Ann said yes.", "lost jobs", "Smith"},
		{"coordinated fragment before a later verb", "“Ready?” she asked, but Ann was tired, and as Smith went on about “the rigged system,” and “lost jobs” and “our own people,” Ann said yes.", "our own", "Smith"},
		{"railed against", "Ann Jones spoke first. Later, Bob Smith railed against “coastal elites” in Ohio.", "coastal", "Bob Smith"},
		{"negative: a list with its verb after it", "Bob Smith spoke. “We won,” and “we will win again,” Ann Jones said.", "we will", "Ann Jones"},
		{"negative: talked to is no cue", "Bob Smith talked to Ann Jones, who called it “a farce.”", "a farce", "Ann Jones"},
		// a quoted nickname inside a name; a possessive subject's appositive name
		{"nickname inside a name", "“Vote for Bobby!” Smith's niece, state Del. Marta \"Tia\" Ortez (D-Norfolk), shouted to the crowd.", "Vote for", "Marta Ortez"},
		{"negative: a long quotation is no nickname", "Ann Jones spoke. Then Smith \"will win this race easily\" Jones said.", "will win", "Ann Jones"},
		{"negative: a name in the apposition of a plain subject", "Bob Jones spoke. “We are ready,” Jones, a friend of Ann Lee, said.", "We are", "Bob Jones"},
		// a title belongs to the person it was attached to; gender from honorifics and first names
		{"Mr. keeps a man apart from a woman of his surname", "Governor Adler opened the session: “We begin.” “We are ready,” Mr. Adler said. Later Maria Adler spoke. “It is about me,” the governor said.", "It is about", "Adler"},
		{"Mrs. finds the woman", "Governor Adler opened the session. Later Maria Adler spoke. “We go high,” Mrs. Adler said.", "We go", "Maria Adler"},
		{"negative: a surname alone still merges with the full name", "Governor Adler opened the session. Later Governor Tom Adler spoke. “We go high,” the governor said.", "We go", "Tom Adler"},
		{"she skips a man named by first name", "Hillary Clinton spoke in Ohio. Ronald Reagan had changed the party. If she won, the chair would call a “special meeting” of the board.", "special", "Hillary Clinton"},
		// possessive speech nouns
		{"X's claim that", "Bob Smith spoke on Monday. The Gazette seized on Smith’s claim that there have been “thousands of thefts” this year.", "thousands", "Bob Smith"},
		{"X's repeated promise to", "Ann Jones spoke. Bob Smith mocked Jones's repeated promise to build “a big beautiful bridge” on the river.", "a big", "Ann Jones"},
		{"negative: a judged statement", "Bob Smith spoke on Monday. The Gazette ruled that Smith’s statement about thefts is “true,” and Ann Jones agreed.", "true", "Gazette"},
		{"negative: remarks as another verb's object", "Ann Jones spoke. Bob Smith called Jones's remarks on Saturday “a wake-up call” for voters.", "a wake-up", "Bob Smith"},
		// a quotation its verb introduced ends its sentence; ", saying, “…”" is the clause subject's
		{"participle after an introduced quotation", "When Ann Jones noted that Bob Smith paid no tax, Smith boasted, “That makes me smart.” Smith was defensive when pressed about a builder he never paid, saying, “Maybe he did a bad job.” The shift from Jones pleased Democrats.", "Maybe he", "Bob Smith"},
		{"negative: a quotation after a plain comma keeps its verb", "After a long pause, “We are done.” Smith said nothing more.", "We are", "Smith"},
		// descriptor speakers: "my father", "the article read"
		{"my father often said", "Ann Jones grew up in Ohio. “We live in a dark land,” my father often said.", "We live", "my father"},
		{"the article read", "A Gazette piece praised Bob Smith. “Leaders honored him yesterday,” the article read.", "Leaders", "the article"},
		{"negative: read as a plain verb", "Ann Jones spoke. “We are done,” Jones said, and read the letter aloud.", "We are", "Ann Jones"},
		// places and titles of works are not persons
		{"a place before a role subject", "Mayor Bill de Blasio visited the site. At a press conference in Chelsea, the mayor also spoke. “We see no link,” the mayor said.", "We see", "Bill de Blasio"},
		{"a book title is no person", "Hillary Clinton had a clot. In her 2003 book, Living History, Clinton noted the clot. Later she was “whisked off to the hospital” for tests.", "whisked", "Hillary Clinton"},
		{"negative: a known person after a work noun", "Ann Jones wrote a memoir. In the book, Jones recalls that she was “whisked off to the hospital” at once.", "whisked", "Ann Jones"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

// TestUsedAsNoun: a speech-verb word after a determiner or possessive heads a noun.
func TestUsedAsNoun(t *testing.T) {
	cases := []struct {
		text, word string
		noun       bool
	}{
		{"Park said Kim's mental state is bad", "state", true},
		{"Smith posted a cryptic tweet on Monday", "tweet", true},
		{"the report was long", "report", true},
		{"negative: Smith stated it", "stated", false},
		{"negative: the president said it", "said", false},
		{"negative: Trump's campaign claims it", "claims", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			toks := tokenize(c.text, nil)
			for i, tk := range toks {
				if tk.lower == c.word {
					assert.Equal(t, c.noun, usedAsNoun(toks, i))
					return
				}
			}
			t.Fatalf("no %q", c.word)
		})
	}
}

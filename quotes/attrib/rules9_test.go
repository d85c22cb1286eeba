package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Round-nine rules: transcript labels, roles tied to named people, adjectives and
// organisations that must not beat the person, credits, same-surname people and
// scare-quoted terms. Each cause has its own new sentences (never held-out or corpus
// text) and a negative case.

func TestRoundNineSpeakers(t *testing.T) {
	cases := []struct {
		name, text, quote, speaker string
	}{
		// transcript labels: a full name is its own speaker; a function label is nobody
		{"full-name label with affiliation", "The call lasted an hour.\n\nOperator: The first question is from the line of Ivo Marsh at Pell Capital.\nIvo Marsh (Pell Capital): Thanks. How firm is the guidance now?\nRita Olsen: Quite firm, for this year.\n", "Thanks. How", "Ivo Marsh"},
		{"full-name label never mentioned elsewhere", "The call lasted an hour.\n\nOperator: The first question is from the line of Ivo Marsh at Pell Capital.\nIvo Marsh (Pell Capital): Thanks. How firm is the guidance now?\nRita Olsen: Quite firm, for this year.\n", "Quite firm", "Rita Olsen"},
		{"negative: an operator label is nobody", "The call lasted an hour.\n\nOperator: The first question is from the line of Ivo Marsh at Pell Capital.\nIvo Marsh (Pell Capital): Thanks. How firm is the guidance now?\nRita Olsen: Quite firm, for this year.\n", "The first question", ""},
		{"chair label: the person chairing", "Runa Vell chaired the hearing, and Tomas Holm gave evidence for the port.\n\nCHAIR: The witness may begin.\nHOLM: Thank you. The port lost money for three years.\nCHAIR: Thank you, that will do.\n", "The witness", "Runa Vell"},
		{"chair label: chaired by the role, name", "The session was chaired by the deputy speaker, Runa Vell. Tomas Holm gave evidence for the port.\n\nCHAIR: The witness may begin.\nHOLM: Thank you. The port lost money for three years.\n", "The witness", "Runa Vell"},
		{"moderator label: moderated by, not hosted by", "The debate was hosted by Pellmore Community Radio and moderated by the station’s editor, Runa Vell.\n\nMODERATOR: The first question is on housing.\nHOLM: Thank you. Rents rose again.\nMODERATOR: Thank you, that will do.\n", "The first question", "Runa Vell"},
		{"negative: chair label with nobody chairing", "Tomas Holm gave evidence for the port.\n\nCHAIR: The witness may begin.\nHOLM: Thank you. The port lost money for three years.\n", "The witness", ""},
		// a role before a name in apposition is that person's role
		{"role, name, then the role said", "The chief executive, Tilde Marsh, told investors that costs had peaked. Marsh said the fleet would shrink. “We will not buy growth,” the chief executive said.", "We will not", "Tilde Marsh"},
		{"negative: a different role stays unresolved", "The chief executive, Tilde Marsh, told investors that costs had peaked. “We will not buy growth,” the finance director said.", "We will not", "the finance director"},
		// a nationality adjective before a role is no speaker
		{"nationality adjective, role, name", "The Ostrian foreign minister, Vera Kallin, read a statement at noon. The key passage reads:\n\n“We will share every reading with our neighbours.”\n", "We will share", "Vera Kallin"},
		{"nationality adjective, the minister said", "The Ostrian foreign minister, Vera Kallin, spoke first. “Nobody will be surprised again,” the Ostrian minister said.", "Nobody", "Vera Kallin"},
		{"negative: a nationality word as a plain subject", "Vera Kallin spoke in Ostrian. “Nobody will be surprised again,” she said.", "Nobody", "Vera Kallin"},
		// a possessed speech noun with a role as possessor
		{"the role's warning that", "Ines Varga, the dam inspector, spoke at noon. A radio station first quoted the dam inspector’s warning that the wall was “weaker than anyone thought”.", "weaker", "Ines Varga"},
		{"negative: a role nobody carries", "Ines Varga and Tomas Holm spoke at noon. A radio station first quoted the dam inspector’s warning that the wall was “weaker than anyone thought”.", "weaker", ""},
		// "quoted her as saying": the object is the speaker
		{"quoted her as saying", "Vera Kallin spoke in Ostrian. The state agency OPA quoted her as saying: “Nobody will be surprised again.”", "Nobody", "Vera Kallin"},
		{"negative: quoted a name as saying", "Vera Kallin spoke in Ostrian. The state agency OPA quoted Tomas Holm as saying: “Nobody will be surprised again.”", "Nobody", "Tomas Holm"},
		{"quoted her as saying after a nationality adjective", "Vera Kallin spoke in Ostrian. The Ostrian state news agency OPA quoted her as saying: “Nobody will be surprised again.”", "Nobody", "Vera Kallin"},
		// the outlet reporting a promise is not its speaker
		{"reported that the minister had promised", "The Ostrian foreign minister, Vera Kallin, spoke first. The broadcaster KTV reported that the minister had promised data from “all thirty gauges” by May.", "all thirty", "Vera Kallin"},
		// an answer label is the interviewee
		{"answer label", "Tove Lund won the sprint on Sunday. We spoke to her after the race.\n\nQ: How did it feel?\nA: Like flying, honestly.\n", "Like flying", "Tove Lund"},
		{"negative: the question label is nobody", "Tove Lund won the sprint on Sunday. We spoke to her after the race.\n\nQ: How did it feel?\nA: Like flying, honestly.\n", "How did", ""},
		{"answer label: the interviewer named last is not the interviewee", "By Nils Aune\n\nTove Lund won the sprint on Sunday. She spoke to Nils Aune the morning after.\n\nQ: How did it feel?\nA: Like flying, honestly.\n", "Like flying", "Tove Lund"},
		{"question label: the interviewer named by a byline", "By Nils Aune\n\nTove Lund won the sprint on Sunday. She spoke to Nils Aune the morning after.\n\nQ: How did it feel?\nA: Like flying, honestly.\n", "How did", "Nils Aune"},
		{"question label: interviewed by", "Tove Lund won the sprint on Sunday and was interviewed by Nils Aune.\n\nQ: How did it feel?\nA: Like flying, honestly.\n", "How did", "Nils Aune"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q := find(t, attributeText(t, c.text), c.quote)
			assert.Equal(t, c.speaker, q.Speaker)
		})
	}
}

package attrib

// Speech frames that are not a plain speech verb next to the quotation: phrasal cues
// ("went on about “…”", "railed against “…”"), fragments coordinated under one earlier
// cue ("went on about “A,” and “B”"), and possessed speech nouns ("Trump’s claim that
// “…”"). Each returns the speaker's mention or the earlier quotation's result; the sieve
// decides the method and confidence. Cost: a look at the few words around the
// quotation. Known failures: a frame split by a parenthesis or a long adverbial is
// missed.

// phrasalVerbs are verbs that report speech only with a preposition after them ("went
// on about “how the system is rigged”", "railed against “elites”", "talked about"):
// alone they are no cue ("went home", "talked to reporters").
var phrasalVerbs = set(`talk talks talked talking speak speaks spoke speaking rail rails
railed railing rant rants ranted ranting rave raves raved raving muse mused muses
joke joked jokes complain complained complains`)

// goesOnVerbs take "on about" ("went on about", "goes on about").
var goesOnVerbs = set(`go goes going went keep keeps kept`)

// phrasalCue returns the verb of a phrasal speech cue whose preposition is toks[i]
// ("about" in "Trump went on about", "against" in "Sanders railed against"), or -1.
func phrasalCue(toks []token, i int) int {
	if i < 1 || toks[i].kind != tokWord || toks[i].lower != "about" && toks[i].lower != "against" && toks[i].lower != "of" {
		return -1
	}
	p := toks[i-1]
	if p.kind == tokWord && phrasalVerbs[p.lower] && (toks[i].lower != "of" || p.lower == "spoke" || p.lower == "speaks" || p.lower == "speak" || p.lower == "speaking") {
		return i - 1
	}
	if toks[i].lower == "about" && p.lower == "on" && i >= 2 && toks[i-2].kind == tokWord && goesOnVerbs[toks[i-2].lower] {
		return i - 2
	}
	return -1
}

// coordinated gives a fragment joined by "and"/"or" to the previous quotation of its
// sentence ("went on about “A,” and “B” and “C,” Melanie said yes") that quotation's
// speaker, when a cue before it named them: the list shares its verb, and a verb after
// the list ("Melanie said yes") is another clause's.
func (s *sieve) coordinated(qi, k, a int) (result, bool) {
	if qi == 0 || s.qtok[qi-1] < a {
		return result{}, false
	}
	j := k - 1
	if j < a || s.toks[j].lower != "and" && s.toks[j].lower != "or" {
		return result{}, false
	}
	for j--; j >= a && s.toks[j].kind == tokPunct && s.toks[j].text == ","; j-- {
	}
	if j < a || j != s.qtok[qi-1] {
		return result{}, false
	}
	r := s.res[qi-1]
	return r, r.before && r.speaker != ""
}

// isPersonName reports whether mention index m is a name resolved to a person (see
// people.isPerson).
func (s *sieve) isPersonName(m int) bool { return s.people.isPerson(s.people.mentions[m]) }

// speechNouns are nouns of saying whose possessor is the speaker of a quotation that
// follows them ("Trump’s claim that there have been “…”", "Jones's repeated promise to
// build “…”").
var speechNouns = set(`claim claims statement statements remark remarks comment comments
words promise promises vow vows warning warnings assertion assertions pledge pledges
insistence suggestion allegation allegations boast boasts contention argument
description prediction admission accusation accusations`)

// possessorName returns the possessor of a speech noun whose possessive token is j
// (see speechNounPossessive: "Trump’s claim that", "Jones's repeated promise to"):
// the mention index of a person's name ending at j; -1 otherwise.
func (s *sieve) possessorName(j int) int {
	if m := s.mentionEndingAt(j); m >= 0 && s.isPersonName(m) {
		return m
	}
	return -1
}

// maxPossessedRoleWords bounds the words of a possessed role phrase ("the incident
// commander’s warning" has 2 after the article).
const maxPossessedRoleWords = 4

// possessorRole is possessorName for a role in the possessive at j, within the
// sentence from a ("the incident commander’s warning that the fire was “…”"): the
// person the document gave that role, or -1 (with the phrase that named them).
func (s *sieve) possessorRole(j, a int) (int, string) {
	if s.toks[j].cap || !s.toks[j].is(lRole) || s.mentionEndingAt(j) >= 0 {
		return -1, ""
	}
	words := []string{s.toks[j].lower}
	for d := j - 1; d >= a && d >= j-maxPossessedRoleWords; d-- {
		t := s.toks[d]
		if t.kind != tokWord || t.poss {
			return -1, ""
		}
		if t.lower == "the" {
			return s.people.resolveRole(words), phraseText(s.toks, d, j+1)
		}
		words = append(words, t.lower)
	}
	return -1, ""
}

// speechNounPossessive returns the possessive token before the speech noun at i when
// the noun opens the quotation at k (see possessorName), else -1.
func (s *sieve) speechNounPossessive(i, a, k int) int {
	t := s.toks[i]
	if t.kind != tokWord || !t.is(lSpeechNoun) || i+1 >= len(s.toks) {
		return -1
	}
	// the noun must open its content: "claim that", "promise to", "words:", or the
	// quotation itself; "Trump’s statement was “true”" judges the words, "Obama's
	// remarks on Saturday" are the object of another verb
	switch n := s.toks[i+1]; {
	case i+1 == k, n.text == ",", n.text == ":":
	case n.kind == tokWord && (n.lower == "that" || n.lower == "to" || n.lower == "about"):
		for j := i + 2; j < k; j++ {
			u := s.toks[j]
			if u.kind == tokQuote || n.lower != "that" && (u.kind != tokWord || u.is(lAux) || isStrong(u) || isWeak(u)) {
				return -1 // "Trump’s statement about “…” in Chicago is “true”": another clause
			}
		}
	default:
		return -1
	}
	j := i - 1
	if j > a && s.toks[j].kind == tokWord && !s.toks[j].cap && !s.toks[j].poss && adjectiveEnding(s.toks[j].lower) {
		j--
	}
	if j < a || !s.toks[j].poss {
		return -1
	}
	return j
}

package attrib

import "strings"

// Whether a speech-verb word is used as a verb. Many speech verbs are also nouns
// ("state", "claims", "remarks", "report"): after a determiner or a possessive they
// head a noun phrase and govern nothing. Example: in "Park said Kim's mental state is
// “spiraling”" the nearest verb-like word before the fragment is "state", a noun; the
// cue is "said". Cost: a look at the two words before the verb. Known failures: an
// adjective without a typical ending ("Kim's odd state") is not recognised.

// usedAsNoun reports whether the speech-verb word at toks[i] heads a noun phrase: it
// follows a determiner or a possessive ("the report", "his claims", "Kim's state"), or
// an adjective after one ("Kim's mental state").
func usedAsNoun(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if p.kind != tokWord {
		return false
	}
	if p.poss || p.lower == "the" || isDeterminer(p.lower) || p.lower == "this" {
		return true
	}
	if i < 2 || p.cap || p.is(lRole) || !adjectiveEnding(p.lower) {
		return false
	}
	pp := toks[i-2]
	return pp.kind == tokWord && (pp.poss || pp.lower == "the" || isDeterminer(pp.lower))
}

// adjectiveEnding reports words ending as most adjectives do ("mental", "famous",
// "repeated"): enough to tell "Kim's mental state" from "Trump's campaign said".
func adjectiveEnding(w string) bool {
	for _, suf := range []string{"al", "ous", "ive", "ic", "ful", "less", "ed", "est", "able", "ible"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// maxDescriptorWords bounds the descriptor read before the name in "according to
// conservative talk radio host Rush Limbaugh" (5 words there; the longest seen on
// PolNeAR dev).
const maxDescriptorWords = 6

// accordingSubject finds who "according to" at token at names: the phrase right
// after it, or a person's name after a descriptor ("conservative talk radio host Rush
// Limbaugh", "Virginia AFL-CIO President Doris Crouse-Mays": the person, not the place
// or body that qualifies them). The descriptor ends at punctuation or at a word that
// opens another phrase ("of", "that", a verb); -1 when nobody is named.
func (s *sieve) accordingSubject(at, b int) int {
	m := s.subjectAfter(at, b)
	if m >= 0 {
		mm := s.people.mentions[m]
		if mm.kind != mName || mm.person < 0 || !s.people.list[mm.person].org && s.people.list[mm.person].first != "" {
			return m
		}
	}
	for j := at; j <= b && j < at+maxDescriptorWords+2; j++ {
		t := s.toks[j]
		if t.kind != tokWord {
			if t.text == "-" || t.text == "." {
				continue
			}
			break
		}
		if n, ok := s.people.at(j); ok && n != m {
			nn := s.people.mentions[n]
			if nn.kind == mName && nn.person >= 0 && !nn.org && s.people.list[nn.person].first != "" && !s.toks[nn.t1-1].poss {
				return n
			}
		}
		if !t.cap && (isStrong(t) || isWeak(t) || t.lower == "of" || t.lower == "that" || t.lower == "who" || t.lower == "in" || t.is(lAux)) {
			break
		}
	}
	return m
}

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

// isPersonName reports whether mention m is a name resolved to a person, not an
// organisation or place.
func (s *sieve) isPersonName(m int) bool {
	mm := s.people.mentions[m]
	return mm.kind == mName && !mm.org && mm.person >= 0 && !s.people.list[mm.person].org
}

// speechNouns are nouns of saying whose possessor is the speaker of a quotation that
// follows them ("Trump’s claim that there have been “…”", "Jones's repeated promise to
// build “…”").
var speechNouns = set(`claim claims statement statements remark remarks comment comments
words promise promises vow vows warning warnings assertion assertions pledge pledges
insistence suggestion allegation allegations boast boasts contention argument
description prediction admission accusation accusations`)

// possessedSpeechNoun reports the possessor of a speech noun at toks[i] whose content
// is the quotation at k ("Trump’s claim that", "Jones's repeated promise to"): the mention index of a person's name in the possessive
// right before it, an adjective ending allowed between; -1 otherwise.
func (s *sieve) possessedSpeechNoun(i, a, k int) int {
	t := s.toks[i]
	if t.kind != tokWord || !speechNouns[t.lower] || i+1 >= len(s.toks) {
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
	if m := s.mentionEndingAt(j); m >= 0 && s.isPersonName(m) {
		return m
	}
	return -1
}

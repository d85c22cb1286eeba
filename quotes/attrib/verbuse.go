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

package attrib

// Finding the subject of a reporting verb: the phrase before it ("Witkoff later
// said"), after it ("said Caddell"), the sentence's first subject for a participle, and
// whether a verb opens a "that" clause. sieve.go's rules call these.

// subjectAt parses a speaker phrase ending at token i (reading backwards, skipping up
// to maxSubjectGap adverbs and a parenthetical); it returns the mention index or -1.
func (s *sieve) subjectBefore(i, sentStart int) int {
	gap := 0
	for i >= sentStart && i >= 0 {
		t := s.toks[i]
		if t.kind == tokPunct && t.text == ")" {
			for i >= sentStart && s.toks[i].text != "(" {
				i--
			}
			i--
			continue
		}
		if m := s.mentionEndingAt(i); m >= 0 {
			mm := s.people.mentions[m]
			if (gap == 0 && !s.toks[mm.t1-1].poss && !afterPreposition(s.toks, mm.t0)) || mm.subject {
				return m
			}
			return -1
		}
		if t.kind == tokPunct && t.text == "," && gap == 0 {
			// a name set off by commas after its description: "The head of the
			// agency, John Doe, said" is John Doe's
			if m := s.mentionEndingAt(i - 1); m >= 0 {
				if mm := s.people.mentions[m]; mm.kind == mName && !mm.org && s.commaBeforeName(mm.t0, sentStart) && !s.toks[mm.t1-1].poss {
					return m
				}
			}
			// an apposition ("Andriy Yermak, Zelensky’s chief of staff, confirmed")
			for j := i - 1; j >= sentStart && j >= i-maxAppositionWords; j-- {
				if s.toks[j].text == "," {
					if m := s.mentionEndingAt(j - 1); m >= 0 {
						return m
					}
					break
				}
			}
			return -1
		}
		if t.kind == tokWord && t.lower == "who" && i > sentStart && s.toks[i-1].text == "," {
			return s.mentionEndingAt(i - 2) // "Trump, who told reporters"
		}
		if t.kind != tokWord || gap >= maxSubjectGap || t.cap {
			return -1
		}
		if t.is(lStrong) || t.is(lWeak) || t.lower == "that" {
			return -1
		}
		gap++
		i--
	}
	return -1
}

// mentionEndingAt returns the mention whose last token is i, or -1.
func (s *sieve) mentionEndingAt(i int) int {
	for back := 0; back <= maxNameWords+4 && i-back >= 0; back++ {
		if m, ok := s.people.at(i - back); ok && s.people.mentions[m].t1 == i+1 {
			return m
		}
	}
	return -1
}

// subjectAfter parses a speaker phrase starting at token i ("said Caddell").
func (s *sieve) subjectAfter(i, sentEnd int) int {
	if i > sentEnd || i >= len(s.toks) {
		return -1
	}
	for j := i; j < sentEnd && j < i+5 && (s.toks[j].is(lTitle) || isParticle(s.toks[j].lower) || s.toks[j].text == "."); j++ {
		if _, ok := s.people.at(j + 1); ok {
			i = j + 1
			break
		}
	}
	if m, ok := s.people.at(i); ok {
		if s.toks[s.people.mentions[m].t1-1].poss {
			return -1
		}
		return m
	}
	// "the" may open a role phrase indexed at the determiner, or a name run after it
	if s.toks[i].lower == "the" && i+1 <= sentEnd {
		if m, ok := s.people.at(i + 1); ok {
			return m
		}
	}
	return -1
}

// sentenceSubject returns the first mention of the sentence standing before token i.
func (s *sieve) sentenceSubject(sentStart, i int) int {
	for k := sentStart; k < i; k++ {
		if m, ok := s.people.at(k); ok && s.people.mentions[m].subject {
			if mm := s.people.mentions[m]; mm.kind == mDoc && !s.isBody(mm) {
				continue
			}
			return m // an anonymous subject ("a source") names nobody: no speaker
		}
	}
	return -1
}

// maxThatGap is how far "that" may follow a reporting verb and still open its clause
// ("reported on November 24 that" is 4).
const maxThatGap = 5

// thatClauseFollows reports whether the verb at j opens a "that" clause before token
// i: "that" within maxThatGap tokens, with no other verb or punctuation between.
func (s *sieve) thatClauseFollows(j, i int) bool {
	for n := j + 1; n < i && n <= j+maxThatGap; n++ {
		t := s.toks[n]
		if t.lower == "that" {
			return n+1 < i
		}
		if t.kind != tokWord || isStrong(t) || isWeak(t) {
			return false
		}
	}
	return false
}

// isBody reports whether a document-or-organisation mention names a body that speaks
// ("the Security Council", "several environmental groups", "the campaign"), not a
// document ("the 28-point plan"): a body stands as a sentence's subject.
func (s *sieve) isBody(mm mention) bool {
	h := s.toks[mm.t1-1]
	return h.is(lOrgHead) && !h.is(lDocNoun)
}

// commaBeforeName reports whether a comma opens the name starting at token t0, past
// its stripped style ("…, the Very Rev Martin Hale, said"; "…, Martin Hale, said").
func (s *sieve) commaBeforeName(t0, sentStart int) bool {
	i := t0 - 1
	for i > sentStart && s.toks[i].kind == tokWord && (s.toks[i].is(lTitle) || personStyles[s.toks[i].lower]) {
		i--
	}
	if i > sentStart && i < t0-1 && s.toks[i].lower == "the" {
		i-- // "the" leads a style, never a bare name
	}
	if i > sentStart && s.toks[i].text == "," {
		return true
	}
	c := kinStart(s.toks, t0) // "Her daughter, the painter Mairi Brask, said"
	return c > sentStart && kinBeforeComma(s.toks, t0) != ""
}

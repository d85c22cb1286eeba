package attrib

// Who "according to" names. The phrase after "according to" is usually the source
// ("according to Bloomberg"), but a descriptor often stands before a person's name
// ("according to conservative talk radio host Rush Limbaugh"): the person is the
// speaker, not the descriptor's place or body. Cost: a look at a few words after the
// phrase. Known failures: a descriptor longer than maxDescriptorWords hides the name.

// maxDescriptorWords bounds the descriptor read before the name in "according to
// conservative talk radio host Rush Limbaugh" (5 words there; the longest seen on
// PolNeAR dev).
const maxDescriptorWords = 6

// accordingSubject finds who "according to" at token at names: the phrase right
// after it, or a person's name after a descriptor ("conservative talk radio host Rush
// Limbaugh", "Virginia AFL-CIO President Doris Crouse-Mays": the person, not the place
// or body that qualifies them; "the commuter group Pendla": a body's name after a
// descriptor that names nobody itself). The descriptor ends at punctuation or at a word that
// opens another phrase ("of", "that", a verb); -1 when nobody is named.
func (s *sieve) accordingSubject(at, b int) int {
	m := s.subjectAfter(at, b)
	if m >= 0 {
		mm := s.people.mentions[m]
		if mm.kind != mName || mm.person < 0 || s.people.isPerson(mm) && s.people.list[mm.person].first != "" {
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
			if s.people.isPerson(nn) && s.people.list[nn.person].first != "" && !s.toks[nn.t1-1].poss {
				return n
			}
			if m < 0 && nn.kind == mName && nn.person >= 0 && !s.toks[nn.t1-1].poss && j > at {
				// "according to the commuter group Pendla": nothing nameable right
				// after "according to", so the name the descriptor leads to is the source
				return n
			}
		}
		if !t.cap && (isStrong(t) || isWeak(t) || t.lower == "of" || t.lower == "that" || t.lower == "who" || t.lower == "in" || t.is(lAux)) {
			break
		}
	}
	return m
}

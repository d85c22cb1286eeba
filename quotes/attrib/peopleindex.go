package attrib

// Look-ups over the per-document people index (people.go): the mention starting at a
// token, persons by surname, and scratch space reused across look-ups. They keep the
// mention pass linear: a surname is found by one map look-up, not by walking the list.

// at returns the mention whose first token is k, if any.
func (p *people) at(k int) (int, bool) {
	if k < 0 || k >= len(p.byTok) || p.byTok[k] == 0 {
		return 0, false
	}
	return int(p.byTok[k]) - 1, true
}

// bySurname returns the most recently created non-organisation person with that
// surname, else the first organisation with it, or -1.
func (p *people) bySurname(surname string) int {
	same := p.surnames[surname]
	for n := len(same) - 1; n >= 0; n-- {
		if !p.list[same[n]].org {
			return same[n]
		}
	}
	if len(same) > 0 {
		return same[0]
	}
	return -1
}

// addPerson appends q to the list and indexes its surname.
func (p *people) addPerson(q person) {
	p.surnames[q.surname] = append(p.surnames[q.surname], len(p.list))
	p.list = append(p.list, q)
}

// seenScratch returns a cleared per-person flag slice, reused across calls.
func (p *people) seenScratch() []bool {
	if cap(p.seen) < len(p.list) {
		p.seen = make([]bool, len(p.list), 2*len(p.list))
	}
	p.seen = p.seen[:len(p.list)]
	clear(p.seen)
	return p.seen
}

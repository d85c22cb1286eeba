package attrib

// Possessed documents: "his letter", "her memo", "its statement" speak for the
// possessor.
//
// Problem: "Ines Halder resigned on Friday. Her letter said: “I could not stay.”"
// credited "her letter", a document, although the reader knows whose letter it is; the
// same for "Its statement was posted online: …" after an organisation.
//
// Approach: a phrase "his/her/its DOC" whose head is an authored document
// (authoredDocs: statement, letter, memo …) resolves its possessive as the pronoun
// would: "his"/"her" through resolvePronoun with the pronoun's gender; "its" to the
// nearest organisation standing as a subject (a name, not an outlet) in the phrase's
// paragraph or the one before. "their" and any possessor the text does not settle
// leave the document as before (its own descriptor, never a guess).
//
// Example: "The Corran Rowing Club lost its grant. Its statement read: “We will
// appeal.”" → Corran Rowing Club.
//
// Cost: one walk back over the mentions of at most two paragraphs (or the pronoun
// window) per such phrase. Known failures: "its" after an organisation named only as
// an object ("a grant to the club") or in apposition stays the document.

// possessedDocOwner returns the person the possessive at k ("his", "her", "its")
// stands for when the phrase's head at j is an authored document, or -1.
func (p *people) possessedDocOwner(toks []token, k, j int) int {
	if j != k+1 || !authoredDocs[toks[j].lower] {
		return -1
	}
	switch toks[k].lower {
	case "his", "her":
		who := p.resolvePronoun(toks, possessivePronounGender[toks[k].lower], k)
		if who >= 0 && p.list[who].org {
			return -1
		}
		return who
	case "its":
		return p.subjectOrg(toks, k)
	}
	return -1
}

// subjectOrg returns the nearest organisation (not an outlet) standing as a subject
// before token k in k's paragraph or the one before, or -1.
func (p *people) subjectOrg(toks []token, k int) int {
	// an organisation's name may be read as a modifier after "the" ("The Corran Water
	// Agency fined"); only a subject counts
	return p.paragraphSubject(toks, k, func(m mention) bool {
		return m.person >= 0 && m.subject && (m.kind == mName || m.kind == mRole) &&
			p.list[m.person].org && !p.isNewsOutlet(m.person)
	})
}

// paragraphSubject returns the person of the latest mention before token k, in k's
// paragraph or the one before, that keep accepts; -1 when none.
func (p *people) paragraphSubject(toks []token, k int, keep func(m mention) bool) int {
	para := toks[k].para
	for i := len(p.mentions) - 1; i >= 0; i-- {
		m := p.mentions[i]
		if m.t0 >= k {
			continue
		}
		if toks[m.t0].para < para-1 {
			break
		}
		if keep(m) {
			return m.person
		}
	}
	return -1
}

// isNewsOutlet reports whether person i is a news outlet: a name that looks like one,
// or exactly the document's own outlet.
func (p *people) isNewsOutlet(i int) bool {
	n := p.list[i].name
	return isOutlet(n) || n == p.outlet
}

package attrib

// Issuers: a statement, a letter or an organisation descriptor speaks for the body
// that the text has already named.
//
// Problem: "DunMove called the strike “unnecessary” in a statement. “We have met the
// association eleven times,” the statement said." credits "the statement", and "In a
// statement, the company said …" credits "the company", although the text named who
// issued both. The reader (and the gold) credits the issuer.
//
// Approach, when a definite phrase headed by a document or organisation noun is read:
//   - "the statement" / "the letter" (authoredDocs): the nearest subject, within the
//     phrase's paragraph and the sentence before it, of a sentence that mentions the
//     same noun ("X said in a statement", "X sent a letter") is the issuer; failing
//     that, the nearest subject organisation in that window ("The hospital did not
//     respond. … The letter advises …"). A person who never issued anything is not
//     taken: "Holm criticised it. “…,” the statement said" keeps the statement.
//   - "The statement, issued by X," takes X once X's name is read (issuedBy).
//   - "the company", "the firm" (genericOrgHeads) whose head no name holds: the nearest
//     subject organisation, not an outlet, in the phrase's paragraph or the one before.
//   - a document with a possessor ("the agency’s assessment report") is the
//     possessor's, and a later "the report" is the author of the last report whose
//     author the text gave (docAuthor).
//   - "the Ministry of Agriculture": a capitalised head followed by "of" and a
//     capitalised word is a name, left to the name reader (rolePhrase returns 0).
//
// Example: "Harlow Freight lost two contracts. In a statement, the company said it was
// “confident”." → the company → Harlow Freight.
//
// Cost: each phrase walks back over its own paragraph's tokens and the mentions before
// it, stopping at the window's start: linear in the paragraph.
//
// Known failures: an issuer named only as an object ("a statement from the board of
// X") or further back than the window stays "the statement"; a company named only in
// an earlier paragraph's middle is out of reach; a place name tagged as an organisation
// standing as subject can be taken for "the company".

// genericOrgHeads are organisation nouns that stand for the body last named even when
// its name does not hold the noun ("DunMove … the company").
var genericOrgHeads = set(`company firm`)

// issuedByVerbs introduce a document's issuer after a comma ("The statement, issued by
// X,").
var issuedByVerbs = set(`issued released sent signed published written`)

// docIssuer returns the issuer of the definite document phrase at k headed by noun at
// j ("the statement"), or -1 when the text names none.
func (p *people) docIssuer(toks []token, k, j int) int {
	if !authoredDocs[toks[j].lower] || toks[k].lower != "the" {
		return -1
	}
	noun := toks[j].lower
	first := windowStart(toks, k)
	org := -1
	// candidates come newest first, several often in one sentence: each sentence
	// (a contiguous run of one sent id) is scanned for the noun once
	seenSent, has := int32(-1), false
	for i := len(p.mentions) - 1; i >= 0; i-- {
		m := p.mentions[i]
		if m.t0 >= k {
			continue
		}
		if m.t0 < first {
			break
		}
		if m.person < 0 || !m.subject || m.modifier || (m.kind != mName && m.kind != mRole) {
			continue
		}
		if s := toks[m.t0].sent; s != seenSent {
			seenSent, has = s, sentenceOfHas(toks, m.t0, noun)
		}
		if has {
			return m.person // "X said in a statement", "In a letter, the hospital said"
		}
		if org < 0 && p.list[m.person].org && !p.isNewsOutlet(m.person) {
			org = m.person
		}
	}
	return org
}

// genericOrg returns the organisation "the company" at k stands for: the nearest
// subject organisation that is not an outlet, in k's paragraph or the one before; -1
// when none.
func (p *people) genericOrg(toks []token, k, j int) int {
	if toks[k].lower != "the" || j != k+1 || !genericOrgHeads[toks[j].lower] {
		return -1
	}
	return p.paragraphSubject(toks, k, func(m mention) bool {
		return m.kind == mName && m.person >= 0 && m.subject && !m.modifier && p.maybeOrg(m.person) && !p.isNewsOutlet(m.person)
	})
}

// maybeOrg reports whether person i may be an organisation: flagged as one, or a name
// the text never marks as a person's (no known first name, no gender, no role):
// "Harlow Freight", "DunMove".
func (p *people) maybeOrg(i int) bool {
	q := p.list[i]
	return q.org || q.gender == "" && firstNames[q.first] == "" && !q.hasRoles()
}

// windowStart returns the first token of the last sentence before k's paragraph (0
// when the paragraph opens the document).
func windowStart(toks []token, k int) int {
	i := k
	for i > 0 && toks[i-1].para == toks[k].para {
		i--
	}
	for i > 0 && toks[i-1].kind == tokBreak {
		i-- // the line ends between the paragraphs
	}
	if i == 0 {
		return 0
	}
	s := toks[i-1].sent
	for i > 0 && toks[i-1].sent == s {
		i--
	}
	return i
}

// sentenceOfHas reports whether the sentence holding token at has a word whose lower
// form is w (sieve.sentenceHas asks the same of a token range).
func sentenceOfHas(toks []token, at int, w string) bool {
	s := toks[at].sent
	for i := at; i >= 0 && toks[i].sent == s; i-- {
		if toks[i].lower == w {
			return true
		}
	}
	for i := at + 1; i < len(toks) && toks[i].sent == s; i++ {
		if toks[i].lower == w {
			return true
		}
	}
	return false
}

// issuedBy gives the name just read at k (mention index mi) to the document phrase it
// issued: "The statement, issued by Harlow Freight, said …". The document mention
// becomes a role mention of the issuer.
func (p *people) issuedBy(toks []token, k, mi int) {
	if k < 4 || mi < 1 || toks[k-1].lower != "by" || !issuedByVerbs[toks[k-2].lower] || toks[k-3].text != "," {
		return
	}
	d := &p.mentions[mi-1]
	if d.kind != mDoc || d.t1 != k-3 || !authoredDocs[toks[d.t1-1].lower] || p.mentions[mi].person < 0 {
		return
	}
	d.kind, d.person = mRole, p.mentions[mi].person
	p.indexMention(toks, mi-1)
}

// writtenFindings are documents in which a body reports its own findings, whose words
// are its author's ("the agency’s assessment report"); rules and plans ("bylaws",
// "bill") are not among them.
var writtenFindings = set(`report study assessment review findings`)

// docAuthor returns the author of the document phrase at k headed by the document
// noun at j: an organisation possessor inside the phrase ("the agency’s assessment
// report" → whom "the agency" stood for when last written), else, for a bare "the report", the author of the
// last mention of a report whose author the text gave. -1 when the text names none.
func (p *people) docAuthor(toks []token, k, j int) int {
	if !authoredDocs[toks[j].lower] && !writtenFindings[toks[j].lower] {
		return -1 // "the party’s bylaws" are rules, not the party's words
	}
	if j >= k+2 && toks[k].lower == "the" && toks[k+1].poss && toks[k+1].is(lOrgHead) {
		return p.lastResolved(toks, k, toks[k+1].lower)
	}
	if j != k+1 || toks[k].lower != "the" {
		return -1
	}
	noun := toks[j].lower
	latest, ok := p.latest.roleByLast[noun]
	if !ok {
		return -1
	}
	for i := latest; i >= 0; i-- { // no later mention is a resolved role ending in noun
		m := p.mentions[i]
		if m.t0 < k && m.kind == mRole && m.person >= 0 && toks[m.t1-1].lower == noun {
			return m.person
		}
	}
	return -1
}

// lastResolved returns whom the phrase "the HEAD" stood for when the text last used it
// before token k ("the agency said" resolved to the Aldmark Medicines Agency), or -1:
// a possessor "the agency’s" is taken only as the text itself already resolved it,
// never guessed from any name holding the word ("the party’s bylaws" is not the Tea
// Party's).
func (p *people) lastResolved(toks []token, k int, head string) int {
	latest, ok := p.latest.roleByHead[head]
	if !ok {
		return -1
	}
	for i := latest; i >= 0; i-- { // no later mention is a resolved "the HEAD"
		m := p.mentions[i]
		if m.t0 < k && m.kind == mRole && m.person >= 0 && m.t1 == m.t0+2 && toks[m.t0].lower == "the" && toks[m.t0+1].lower == head {
			return m.person
		}
	}
	return -1
}

package attrib

import "strings"

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

// isPerson reports whether mention m is a name resolved to a person, not an
// organisation: neither the mention (a run ending in an organisation's head word,
// "Brackenford Police") nor the person it resolved to (an organisation, the outlet) is
// one. Pronouns and roles are not names and fail.
func (p *people) isPerson(m mention) bool {
	return m.kind == mName && !m.org && m.person >= 0 && !p.list[m.person].org
}

// bySurname returns the most recently created non-organisation person with that
// surname, else the first organisation with it, or -1.
func (p *people) bySurname(surname string) int {
	first := -1
	for i := p.lastWithSurname(surname); i >= 0; i = p.list[i].sameSurname {
		if !p.list[i].org {
			return i
		}
		first = i
	}
	return first
}

// lastWithSurname returns the last person created with that surname, or -1.
func (p *people) lastWithSurname(surname string) int {
	if i, ok := p.surnames[surname]; ok {
		return i
	}
	return -1
}

// addPerson appends q to the list and indexes its surname.
//
// The publishing outlet is always an organisation: it reports others' words, so the
// paragraph and pronoun rules must never hand them to it ("seen by the Bytepost"); a
// speech verb with the outlet as its subject still names it.
func (p *people) addPerson(q person) {
	if p.isOutletName(q.name) {
		q.org = true
	}
	if q.org {
		q.heads = orgHeadWords(q.name)
	}
	q.sameSurname = p.lastWithSurname(q.surname)
	p.surnames[q.surname] = len(p.list)
	p.list = append(p.list, q)
}

// reset empties p for a document of n tokens, keeping its buffers.
func (p *people) reset(n int) {
	if cap(p.byTok) < n {
		p.byTok = make([]int32, n)
	}
	p.byTok = p.byTok[:n]
	clear(p.byTok)
	if p.surnames == nil {
		p.surnames = map[string]int{}
	}
	clear(p.surnames)
	if p.mentions == nil {
		p.mentions = make([]mention, 0, n/tokensPerMention+1)
	}
	p.mentions = p.mentions[:0]
	p.list = p.list[:0]
	p.latest.reset()
}

// mentionIndex maps a word to the latest mention of a kind that holds it, kept as
// mentions are added, so that a look-back costs one map look-up.
type mentionIndex struct {
	// orgByWord: an orgHeads word (lower case) → the organisation most recently
	// mentioned by a name holding it ("institute" → "Kestland Institute for Public
	// Health"); see orgByHead.
	orgByWord map[string]int
	// roleByLast: the last word of a resolved role mention → that mention's index
	// (the latest); see docAuthor.
	roleByLast map[string]int
	// roleByHead: HEAD of a resolved two-word role mention "the HEAD" → that
	// mention's index (the latest); see lastResolved.
	roleByHead map[string]int
}

// reset empties the index for a new document, keeping its maps.
func (x *mentionIndex) reset() {
	if x.orgByWord == nil {
		x.orgByWord, x.roleByLast, x.roleByHead = map[string]int{}, map[string]int{}, map[string]int{}
	}
	clear(x.orgByWord)
	clear(x.roleByLast)
	clear(x.roleByHead)
}

// indexMention records mention i, just added or just turned into a role (issuedBy),
// as the latest of its kind. Mentions only ever change that way, and an
// organisation's name never changes once it is created (resolveName renames persons
// only), so the index always holds the latest mention matching each key.
func (p *people) indexMention(toks []token, i int) {
	m := p.mentions[i]
	if m.person < 0 {
		return
	}
	switch m.kind {
	case mName:
		if !p.list[m.person].org {
			return
		}
		for _, w := range p.list[m.person].heads {
			p.latest.orgByWord[w] = m.person
		}
	case mRole:
		p.latest.roleByLast[toks[m.t1-1].lower] = i
		if m.t1 == m.t0+2 && toks[m.t0].lower == "the" {
			p.latest.roleByHead[toks[m.t0+1].lower] = i
		}
	}
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

// orgHeadWords returns the orgHeads words among the space-separated words of an
// organisation's name, lower case ("Kestland Institute for Public Health" →
// [institute]). orgHeads words are ASCII, so matching one ignoring case is ASCII
// case-folding: a name word with other bytes never matches.
func orgHeadWords(name string) []string {
	var out []string
	for w := range strings.SplitSeq(name, " ") {
		if isASCII(w) {
			if lw := strings.ToLower(w); orgHeads[lw] {
				out = append(out, lw)
			}
		}
	}
	return out
}

// isOutletName reports whether name is the publishing outlet's (p.outlet, already
// bare: see setOutlet).
func (p *people) isOutletName(name string) bool {
	return p.outlet != "" && len(name) == len(p.outlet) && strings.EqualFold(name, p.outlet)
}

// setOutlet records the document's outlet without a leading "The" or a parenthesised
// note ("Kestlander Tagesblatt (English service)" → "Kestlander Tagesblatt"), the form
// a name run reads.
func (p *people) setOutlet(outlet string) {
	bare := strings.TrimPrefix(strings.TrimSpace(outlet), "The ")
	if i := strings.Index(bare, " ("); i > 0 {
		bare = bare[:i]
	}
	p.outlet = bare
}

package attrib

// Relatives by role: "her daughter, the painter Mairi Brask," then "her daughter said".
//
// Problem: an obituary names a relative once, with the relation, and later quotes
// "her daughter"; the relation stayed a descriptor, and in a family sharing a surname
// the surname alone cannot tell the relatives apart.
//
// Approach: a relation noun after his/her/their and a comma, then the name (possibly
// after "the" and a short description), gives the person that relation as a role; the
// phrase itself is then no mention, so the name is the subject of what follows. A later
// "her daughter" resolves like any role phrase to the most recent person with that
// role; never named, it stays the descriptor "her daughter".
//
// Example: "Her son, the sculptor Tobias Renn, thanked the nurses. “She was never
// afraid,” her son said." gives the quotation to Tobias Renn.
//
// Cost: a few token reads per name run and per relation phrase. Known failures: "her
// daughter Mairi" without a comma is read by the name run as before (no role); whose
// daughter is not checked ("his son" resolves to any son).

// kinNouns are the family relations a possessive makes into a role: "her daughter,
// Mairi Brask," makes a later "her daughter" Mairi Brask, while another Brask keeps her
// own first name.
var kinNouns = set(`son daughter father mother brother sister husband wife widow
widower grandson granddaughter niece nephew`)

// maxKinStyleWords bounds the lower-case description between a kin noun's comma and the
// name ("her son, the sculptor Tobias Renn," has 2).
const maxKinStyleWords = 3

// isThirdPossessive reports his, her and their: the possessives of a relation by role.
func isThirdPossessive(lower string) bool {
	return lower == "his" || lower == "her" || lower == "their"
}

// kinStart returns the index of the comma that sets off the name at k from a relation
// before it (", the sculptor " or a bare ", "), or -1.
func kinStart(toks []token, k int) int {
	i := k - 1
	for n := 0; i > 0 && n < maxKinStyleWords && toks[i].kind == tokWord && !toks[i].cap; n++ {
		if toks[i].lower == "the" {
			i--
			break
		}
		i--
	}
	if i < 0 || toks[i].text != "," || i != k-1 && toks[i+1].lower != "the" {
		return -1
	}
	return i
}

// kinBeforeComma returns the relation noun of "her son, [the sculptor] NAME" standing
// before the name at k, or "".
func kinBeforeComma(toks []token, k int) string {
	c := kinStart(toks, k)
	if c < 2 || !kinNouns[toks[c-1].lower] || !isThirdPossessive(toks[c-2].lower) {
		return ""
	}
	return toks[c-1].lower
}

// kinNamed reports whether a relation noun ending before token i is followed by the
// person's name set off by a comma, possibly after a description (", the painter
// Mairi Brask").
func kinNamed(toks []token, i int) bool {
	if i >= len(toks) || toks[i].text != "," {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+1+maxKinStyleWords; j++ {
		t := toks[j]
		if t.kind != tokWord {
			return false
		}
		if t.cap {
			return !t.is(lNotName) && kinStart(toks, j) == i
		}
	}
	return false
}

// kinPhrase reads a relation phrase "his/her/their NOUN" at k (the noun at j): when the
// person's name follows it returns (0, true), leaving the name to the name run; when a
// person already bears the relation it records a role mention and returns its length;
// otherwise (0, false), and the phrase stays a descriptor.
func (p *people) kinPhrase(toks []token, k, j int) (int, bool) {
	if j != k+1 || !kinNouns[toks[j].lower] || !isThirdPossessive(toks[k].lower) {
		return 0, false
	}
	if kinNamed(toks, j+1) {
		return 0, true
	}
	who := p.resolveRole([]string{toks[j].lower})
	if who < 0 {
		return 0, false
	}
	p.add(toks, mention{kind: mRole, t0: k, t1: j + 1, text: joinTokens(toks, k, j+1), person: who}, k)
	return j + 1 - k, true
}

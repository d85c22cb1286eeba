package attrib

import (
	"strings"
	"unicode"
)

// The shape of a name in context: what may stand inside a capitalised run (particles),
// what stands around it (titles before, an apposition after), and whether the run is a
// name at all or a sentence's capitalised first word, a modifier of a common noun or an
// organisation qualifying the person named after it. people.go calls these while it
// reads name runs.

// isParticle reports name particles that may sit inside a capitalised run.
func isParticle(lower string) bool {
	switch lower {
	case "von", "van", "der", "de", "del", "da", "di", "bin", "al", "el", "la", "le", "of":
		return true
	}
	return false
}

// personSoFar reports whether the run toks[k:end] already holds a known first name: an
// "of" after it opens a place ("Charles Rangel of New York"), while after a title or an
// organisation word it is part of the name ("Secretary of State John Kerry", "Bank of
// America"). Two plain words after a title are a person too, first name known or not
// ("Sergeant Ivo Brandt of Marlow Police"); one is not ("Minister Ivo of", rare, and
// "Secretary of State" has none).
func personSoFar(toks []token, k, end int) bool {
	plain := -1 // plain words since the last title; -1: no title yet
	for i := k; i < end; i++ {
		t := &toks[i]
		switch {
		case t.is(lFirst):
			return true
		case t.is(lTitle):
			plain = 0
		case plain >= 0 && t.kind == tokWord && !t.is(lOrg|lOrgHead|lNotName):
			plain++
		}
	}
	return plain >= 2
}

// maxNickname is the longest quoted nickname, marks included, read inside a name
// (`Marcia "Cia" Price` is 5 bytes; `William "Bill" Smith` 6; longer quotations are speech).
const maxNickname = 16

// isNickname reports whether toks[i] is a short quotation between two capitalised
// words of the run started at k: a nickname (Marcia "Cia" Price).
func isNickname(toks []token, k, i int) bool {
	t := &toks[i]
	return t.kind == tokQuote && i > k && toks[i-1].kind == tokWord && toks[i-1].cap && t.end-t.start <= maxNickname &&
		i+1 < len(toks) && toks[i+1].kind == tokWord && toks[i+1].cap
}

// afterPlacePreposition reports whether the run at k follows a preposition of place
// ("in Chelsea", "at Hofstra"): a place, whose following ", the mayor said" is the
// sentence's subject, not an apposition describing it.
func afterPlacePreposition(toks []token, k int) bool {
	if k == 0 || toks[k-1].kind != tokWord {
		return false
	}
	switch toks[k-1].lower {
	case "in", "at", "near", "from", "outside", "inside", "across", "throughout":
		return true
	}
	return false
}

// namesAWork reports whether the run at k is the title of a work: right after a work
// noun (terms.go's workNouns), or after one and a comma ("In her 2003 book, Living
// History, Clinton noted"). The caller keeps a run that holds a first name or a known
// surname ("In the book, Clinton writes").
func namesAWork(toks []token, k int) bool {
	j := k - 1
	if j >= 0 && toks[j].text == "," {
		j--
	}
	return j >= 0 && toks[j].kind == tokWord && workNouns[toks[j].lower]
}

// precedingRoles collects the role words just before a name ("Russian negotiator",
// "longtime Democratic pollster"), up to four words.
func precedingRoles(toks []token, k int) []string {
	var out []string
	for i := k - 1; i >= 0 && i >= k-5; i-- {
		t := toks[i]
		if t.text == "." && i > 0 && toks[i-1].is(lAbbrev) {
			continue // "Sen. Bernie Sanders"
		}
		if t.kind != tokWord || !(t.is(lRole) || t.is(lTitle)) {
			break
		}
		out = append(out, t.lower)
	}
	if len(out) == 0 {
		out = rolesBeforeComma(toks, k)
	}
	if kin := kinBeforeComma(toks, k); kin != "" {
		out = append(out, kin)
	}
	return out
}

// maxRoleBeforeComma bounds the words of a role phrase set before a name by a comma
// ("The Ostrian foreign minister, Vera Kallin," has 4 after the article).
const maxRoleBeforeComma = 5

// rolesBeforeComma collects the words of a definite role phrase that stands before the
// name at k, set off by a comma ("The chief executive, Tilde Marsh, told …"): the
// phrase is that person's role, so a later "the chief executive said" is them. The
// phrase must end in a role noun and start with "the"; nil otherwise. Only the head,
// title words and capitalised words are kept: a PolNeAR "The state’s campaign
// chairman, X," otherwise made X the owner of a later "Clinton’s campaign".
func rolesBeforeComma(toks []token, k int) []string {
	if k < 3 || toks[k-1].text != "," {
		return nil
	}
	head := toks[k-2]
	if head.kind != tokWord || head.cap || !head.is(lRole) {
		return nil
	}
	var out []string
	for i := k - 2; i >= 0 && i >= k-2-maxRoleBeforeComma; i-- {
		t := toks[i]
		if t.kind != tokWord {
			return nil
		}
		if t.lower == "the" {
			return out
		}
		if i == k-2 || t.is(lTitle) || t.cap {
			// the head, titles and nationalities; not other role nouns used as
			// modifiers ("the state's campaign chairman" is no "campaign")
			out = append(out, t.lower)
		}
	}
	return nil
}

// apposition collects the words of ", the head of Russia’s sovereign wealth fund," after
// a name ending at token end (at most 10 words, up to the next punctuation).
func apposition(toks []token, end int) []string {
	if end >= len(toks) || toks[end].text != "," {
		return nil
	}
	var out []string
	for i := end + 1; i < len(toks) && i <= end+10; i++ {
		t := toks[i]
		if t.kind != tokWord {
			break
		}
		if i == end+1 && !(t.lower == "the" || t.lower == "a" || t.lower == "an" || t.is(lRole) || t.is(lTitle)) {
			return nil
		}
		out = append(out, t.lower)
	}
	return out
}

// notNameStart reports capitalised words that open a sentence or list item without
// being names: adverbs ("Crucially"), participles ("Suggesting") and imperatives
// ("Frame").
func notNameStart(t *token) bool {
	if t.is(lFirst) {
		return false
	}
	lower := t.lower
	return (len(lower) > 5 && strings.HasSuffix(lower, "ly")) || (len(lower) > 5 && strings.HasSuffix(lower, "ing")) ||
		t.is(lStrong|lWeak)
}

// sentenceInitial reports whether token k is the first word of its sentence.
func sentenceInitial(toks []token, k int) bool {
	for i := k - 1; i >= 0; i-- {
		t := toks[i]
		if t.sentEnd || t.kind == tokBreak {
			return true
		}
		if t.kind == tokPunct && strings.ContainsAny(t.text, "*>-•#(\"“") {
			continue
		}
		return false
	}
	return true
}

// looksLikeNoun reports whether the word after a sentence-initial capitalised word
// suggests the capitalised word is a common noun ("Conversations involving"): a
// lower-case word that is neither a known verb nor shaped like one (-s, -ed, -ly).
func looksLikeNoun(toks []token, i int) bool {
	if i >= len(toks) || toks[i].kind != tokWord {
		return false
	}
	t := toks[i]
	if t.cap || t.is(lStrong) || t.is(lWeak) || t.is(lAux) {
		return false
	}
	return !(strings.HasSuffix(t.lower, "s") || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ly"))
}

// maxModifierRoles bounds the role words between an organisation and the person it
// qualifies ("White House communications director Steven Cheung" has 2).
const maxModifierRoles = 3

// modifiesName reports whether the organisation name ending before token end only
// qualifies a person named after a few role words ("White House communications
// director Steven Cheung", "MSNBC host Chris Matthews"): the person, not the
// organisation, is then the subject.
func modifiesName(toks []token, end int) bool {
	for i := end; i < len(toks) && i <= end+maxModifierRoles; i++ {
		t := toks[i]
		if t.kind != tokWord {
			return false
		}
		if t.cap {
			return i > end
		}
		if !t.is(lRole) && !t.is(lTitle) && !t.is(lModifier) {
			return false
		}
	}
	return false
}

// modifierWords are lower-case words that may sit inside a role phrase before a name
// without being role nouns themselves ("communications director", "press secretary").
var modifierWords = set(`communications press policy campaign national foreign deputy
political senior chief executive legal media digital presidential vice-presidential
gubernatorial congressional republican democratic`)

// modifiesNoun reports whether the name ending before token end qualifies a common
// noun ("the Trump 28-point plan", "the Trump administration"): it is then not an
// organisation for being after "the".
func modifiesNoun(toks []token, end int) bool {
	if end >= len(toks) || toks[end].kind != tokWord || toks[end].cap {
		return false
	}
	t := toks[end]
	return !t.is(lStrong) && !t.is(lWeak) && !t.is(lAux) && !t.is(lSubjOpener) && !t.is(lPrep)
}

// isTitleAbbrev reports whether a word is an abbreviated title that a period follows
// before the name it qualifies ("Gov.", "Sen.", "Lt.", "Mr.").
func isTitleAbbrev(t *token) bool {
	return t.kind == tokWord && t.cap && t.is(lAbbrev) && t.is(lTitle)
}

// honorifics stand before a surname and never form a name of their own: after
// "Mr." even a title word is the surname ("Mr. King", "Mrs. Bishop").
var honorifics = set(`mr mrs ms miss dr`)

// hasHonorific reports whether the run toks[k:end] holds an honorific.
func hasHonorific(toks []token, k, end int) bool {
	for i := k; i < end; i++ {
		if toks[i].kind == tokWord && honorifics[toks[i].lower] {
			return true
		}
	}
	return false
}

// keepsPlaceWord reports whether the not-a-name word at s opens a place name that
// continues in the run ("New York", "New Jersey"): it is then part of the name.
func keepsPlaceWord(toks []token, s, end int) bool {
	return toks[s].lower == "new" && s+1 < end && toks[s+1].kind == tokWord
}

// isDeterminer reports the determiners (a, an and the possessive ones) that, before a
// name qualifying a noun, make it a modifier ("a Trump supporter"), as "the" does.
// A switch, not a map: it runs on the word before every name run.
func isDeterminer(lower string) bool {
	return lower == "a" || lower == "an" || isPossessiveDeterminer(lower)
}

// isPossessiveDeterminer reports the determiners that, before a name, make it a thing
// the person has ("His Harvard degree", "his MBA and …", "her Senate seat"), never a
// person who speaks.
func isPossessiveDeterminer(lower string) bool {
	switch lower {
	case "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}

// maxAcronym is the longest all-capitals word read as a name (an acronym: "CNN",
// "NYPD", "NATO"); longer ones are datelines, headings or transcript labels
// ("WASHINGTON --", "CHARLOTTE", "PENCE:"), and none of the seeds' or PolNeAR's
// organisations written in capitals has more than 4 letters.
const maxAcronym = 4

// isShouted reports whether the run toks[s:end] is written in capitals as a heading
// or dateline is ("CONGRESS HAS INVESTIGATED HIM", "WASHINGTON"): every word without
// a lower-case letter, and more than one word or one longer than an acronym.
func isShouted(toks []token, s, end int) bool {
	words := 0
	for i := s; i < end; i++ {
		if toks[i].kind != tokWord {
			continue
		}
		words++
		if !allCaps(toks[i].text) {
			return false
		}
	}
	return words >= 2 || words == 1 && len(toks[end-1].text) > maxAcronym
}

// allCaps reports whether w has a letter and no lower-case letter.
func allCaps(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

// minHeadlineRun is the shortest capitalised run read as a title-cased headline when
// nothing in it marks a name: PolNeAR's names of 4+ words all hold a first name, a
// title, an initial or an organisation word ("Australian Prime Minister Malcolm
// Turnbull", "Julie A. Diaz Martinez").
const minHeadlineRun = 4

// isHeadlineRun reports whether the run toks[s:end] is a title-cased phrase rather
// than a name ("Veto Power Impedes Peace Efforts"): minHeadlineRun words or more with
// no first name, title, organisation word, particle or initial among them.
func isHeadlineRun(toks []token, s, end int) bool {
	if end-s < minHeadlineRun {
		return false
	}
	for i := s; i < end; i++ {
		t := &toks[i]
		if t.kind != tokWord || len(t.text) == 1 || t.is(lFirst|lTitle|lOrg) || isParticle(t.lower) {
			return false
		}
	}
	return true
}

// capitalisedRoleAhead reports whether "the" at k opens a role phrase whose modifiers
// are capitalised ("The New York businessman", "the Indiana governor", "The
// Republican nominee"): capitalised words, then a lower-case role or described head.
// Such a phrase is a role, not the name its capitals spell.
func capitalisedRoleAhead(toks []token, k int) bool { return capitalisedRoleEnd(toks, k) > 0 }

// capitalisedRoleEnd is capitalisedRoleAhead returning the token after the role noun
// (0: no such phrase).
func capitalisedRoleEnd(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := &toks[j]
		if t.kind != tokWord || t.poss {
			return 0
		}
		if !t.cap {
			if j > k+1 && t.is(lModifier) && !t.is(lRole) {
				continue // "The Ostrian foreign minister"
			}
			if j > k+1 && t.is(lRole|lDescribed) && !t.is(lOrgRole) {
				return j + 1
			}
			return 0
		}
	}
	return 0
}

// nationalBeforeNoun reports a one-word run [s, end) shaped like a nationality
// adjective ("Ostrian", "Korean", "Japanese", "Danish") before a lower-case word ("The
// Ostrian state agency OPA"): it qualifies the noun and is no subject, even after a
// capitalised "The".
func nationalBeforeNoun(toks []token, s, end int) bool {
	return end-s == 1 && end < len(toks) && toks[end].kind == tokWord && !toks[end].cap && nationalityShape(toks[s].lower)
}

// nationalityShape reports a word shaped like a nationality adjective. Plain "-an" is
// left out: it ends too many surnames (Morgan, Duncan).
func nationalityShape(lower string) bool {
	return len(lower) > 5 && (strings.HasSuffix(lower, "ian") || strings.HasSuffix(lower, "ean") ||
		strings.HasSuffix(lower, "ese") || strings.HasSuffix(lower, "ish"))
}

// afterLowerThe reports whether the run at k (its name at s) follows a lower-case
// "the": "…, the Trump administration used" is no subject, as before the article
// began to lead subjects in isSubjectPosition; a capitalised "The Kremlin often
// refers" still is.
func afterLowerThe(toks []token, k, s int) bool {
	return k > 0 && toks[k-1].text == "the" || s > k && toks[s-1].text == "the"
}

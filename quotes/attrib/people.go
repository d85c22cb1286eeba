package attrib

import (
	"strings"
)

// Mentions of people, organisations and documents in the reporter's text, and their
// resolution to the fullest name the document gives.
//
// Problem: "Witkoff", "he", "the envoy" and "US Special Envoy Steve Witkoff" are one
// person; the sieve needs that person's full name whichever mention sits next to the
// speech verb.
//
// Approach: one forward pass over the tokens. A run of capitalised words is a name
// mention; leading titles ("US Special Envoy", "Rep.") are stripped and kept as the
// person's roles, as are the words of an apposition (", the head of Russia’s sovereign
// wealth fund,"). A run with two or more name words whose first word is a known first
// name, or that contains no organisation word, defines a person; a single word resolves
// to the person with that surname (the most recently mentioned one when several share
// it: "Trump" after "Melania Trump"). "he"/"she" resolve to the most recent compatible
// person who stood as a subject; "the president"/"the Russian" to the most recently
// mentioned person whose roles contain that head noun. A title abbreviation and its
// period join the run ("Retired Lt. Gen. Michael Flynn", "New Jersey Gov. Chris
// Christie": the name is what follows the last one); a run in capitals longer than an
// acronym ("WASHINGTON --", "CONGRESS HAS INVESTIGATED HIM") or a title-cased run with
// no mark of a name ("Veto Power Impedes Peace Efforts") is a headline, not a name; a
// name after a possessive ("his MBA") is a thing, never a subject.
//
// Example: "Kirill Dmitriev, the head of Russia’s sovereign wealth fund" records person
// Kirill Dmitriev with roles {head, russia, sovereign, wealth, fund}; a later "the
// head of the fund said" resolves to him.
//
// Cost: linear in tokens, times the number of persons sharing a surname.
// Known failures: names glued to the next word by broken extraction ("Kiril
// Dmitrievhad") are new people; a capitalised place next to a name can join it; gender
// is known only from the first-name list.

type mentionKind uint8

const (
	mName    mentionKind = iota // a proper name (person or organisation)
	mPronoun                    // he, she
	mRole                       // "the president"
	mAnon                       // "a source", "a person familiar with …": nameable by nobody
	mDoc                        // "the 28-point plan states", "the commission said": a document or organisation
	mDesc                       // "a doctor", "the announcer": an unnamed person the text only describes
)

// mention is one reference to a possible speaker.
type mention struct {
	kind    mentionKind
	t0, t1  int    // token range [t0, t1)
	text    string // surface form, titles stripped ("Witkoff", "he", "the president")
	person  int    // index into people.list; -1 when unresolved
	subject bool   // stands where a subject stands (not possessive, not after a preposition)
	org     bool   // a name that is an organisation or outlet
	// modifier: a name qualifying a common noun ("the Trump administration"); it
	// names nobody as the paragraph's only person.
	modifier bool
}

// person is one individual (or organisation) named in a document.
type person struct {
	name    string          // fullest form seen
	surname string          // folded last word
	first   string          // folded first word ("" for one-word names)
	gender  string          // "m", "f" or ""
	roles   map[string]bool // title and apposition words (nil until the first)
	org     bool
	// sameSurname is the previous person created with this surname, or -1.
	sameSurname int
	// heads are the orgHeads words (lower case) an organisation's name holds, set
	// once by addPerson: an organisation is never renamed (see indexMention).
	heads []string
}

// people is the per-document index of persons and mentions.
type people struct {
	list     []person
	mentions []mention
	// byTok maps a token index to 1 + the index of the mention starting there (0:
	// none); read it with at.
	byTok []int32
	// surnames maps a folded surname to the last person created with it; persons
	// with one surname are chained by person.sameSurname.
	surnames map[string]int
	seen     []bool // scratch for resolveRole
	// roleBuf and wordBuf are nameRun's scratch for a run's roles and words
	roleBuf, wordBuf []string
	// outlet is the document's publishing outlet ("" unknown), set before find
	outlet string
	// latest indexes mentions so that the look-backs for "the agency", "the report"
	// and "the agency’s report" take one map look-up, not a walk over every earlier
	// mention per phrase; see indexMention.
	latest mentionIndex
}

// tokensPerMention sizes the mention list: the seeds have one mention per 8.6 tokens,
// PolNeAR dev one per 11.2.
const tokensPerMention = 8

// runTitles are the head words of a person's title that may stand inside a
// capitalised run and end it ("South Korean President Park Geun-hye"); descriptive
// title words ("Security", "National") are left out: "Homeland Security
// Investigations" is an agency.
var runTitles = set(`president minister secretary general senator sen rep representative
gov governor mayor chairman chairwoman ambassador commissioner chancellor premier`)

// maxNameWords caps a capitalised run; longer runs are headlines, not names.
const maxNameWords = 5

// findPeople runs the mention pass over toks.
func findPeople(toks []token) *people {
	p := &people{}
	p.find(toks)
	return p
}

// find runs the mention pass over toks into p, reusing p's buffers.
func (p *people) find(toks []token) {
	p.reset(len(toks))
	for k := 0; k < len(toks); {
		t := &toks[k]
		if t.kind != tokWord || t.head {
			k++
			continue
		}
		if t.lower == "he" || t.lower == "she" {
			p.add(toks, mention{kind: mPronoun, t0: k, t1: k + 1, text: t.text, person: p.resolvePronoun(toks, pronounGender[t.lower], k)}, k)
			k++
			continue
		}
		if t.lower == "they" && theyBeforeVerb(toks, k) {
			if m, ok := p.resolveThey(toks, k); ok {
				p.add(toks, m, k)
			}
			k++
			continue
		}
		if !t.cap && t.lower != "the" && !t.is(lIndef) && !isNarratorPossessive(t.lower) {
			k++ // most words: a lower-case word opens neither a name run nor a role phrase
			continue
		}
		if t.lower == "the" && capitalisedRoleAhead(toks, k) {
			// a role phrase first: "The New York businessman says" is a role, not
			// the name "New York"; rolePhrase leaves names ("The White House") alone
			if n := p.rolePhrase(toks, k); n > 0 {
				k += n
				continue
			}
			if e := capitalisedRoleEnd(toks, k); namedInApposition(toks, e) {
				k = e // "The Ostrian foreign minister, Vera Kallin,": the name is the person
				continue
			}
		}
		if n := p.nameRun(toks, k); n > 0 {
			if len(p.mentions) > 0 && p.mentions[len(p.mentions)-1].t0 == k {
				p.issuedBy(toks, k, len(p.mentions)-1) // "The statement, issued by X,"
			}
			if e := p.lastEnd(); e > k && e <= k+n && e < len(toks) && p.byTok[e] == 0 {
				if m, ok := p.possessedSpeaker(toks, e); ok {
					p.add(toks, m, e) // "Trump’s campaign said"
					n = max(n, e+1-k)
				}
			}
			k += n
			continue
		}
		if n := p.rolePhrase(toks, k); n > 0 {
			k += n
			continue
		}
		k++
	}
}

// add records a mention and marks whether it stands as a subject.
func (p *people) add(toks []token, m mention, at int) {
	m.subject = isSubjectPosition(toks, m.t0, m.t1)
	p.byTok[at] = int32(len(p.mentions) + 1)
	p.mentions = append(p.mentions, m)
	p.indexMention(toks, len(p.mentions)-1)
}

// subjectOpeners are lower-case words after which a noun phrase can still be a subject.
var subjectOpeners = set(`and but then later also that when while because as so both either
after before since if although though whereas where which who meanwhile however
still even only now yet once`)

// isSubjectPosition reports whether the mention [t0,t1) is not possessive and not the
// object of a preceding verb or preposition.
func isSubjectPosition(toks []token, t0, t1 int) bool {
	if toks[t1-1].poss {
		return false
	}
	for t0 > 0 && toks[t0-1].kind == tokWord && !toks[t0-1].cap && (toks[t0-1].is(lRole) || toks[t0-1].is(lTitle) || toks[t0-1].is(lModifier) || strings.IndexByte(toks[t0-1].text, '-') > 0) {
		t0-- // "communications director Steven Cheung", "vice-presidential nominee Gov. Mike Pence": the role words lead the subject
	}
	if t0 > 0 && toks[t0-1].lower == "the" {
		t0-- // "…, the Security Council issued": the article leads the subject
	}
	if t0 == 0 {
		return true
	}
	prev := toks[t0-1]
	if prev.kind == tokWord && !prev.cap && !prev.is(lSubjOpener) {
		return false
	}
	return true
}

// nameRun reads a capitalised run at k and records it; it returns the tokens consumed
// (0 when there is no run at k).
func (p *people) nameRun(toks []token, k int) int {
	end := k
	for end < len(toks) && end-k < maxNameWords+3 {
		t := &toks[end]
		if isNickname(toks, k, end) {
			end++ // Marcia "Cia" Price: a quoted nickname inside the name
			continue
		}
		if dashJoins(toks, k, end) {
			end++ // "Solvane–Brisk": one organisation (orgdash.go)
			continue
		}
		if t.kind != tokWord && t.text != "." {
			break
		}
		if t.kind == tokPunct && t.text == "." && end > k && end+1 < len(toks) && toks[end+1].cap && toks[end+1].kind == tokWord &&
			(len(toks[end-1].text) == 1 && toks[end-1].cap || isTitleAbbrev(&toks[end-1])) {
			end++ // "Charles B. Rangel", "Lt. Gen. Michael Flynn"
			continue
		}
		if t.kind != tokWord || isPostNameHonour(toks, end) && end > k {
			break // "Hanne Borg KC": the honour is no word of the name (postnames.go)
		}
		if t.lower == "of" && personSoFar(toks, k, end) {
			break // "Charles B. Rangel of New York": the place is not the name
		}
		orgFor := t.lower == "for" && end > k && toks[end-1].is(lOrg) // "Institute for Public Health"
		if t.cap && plainWord(t.text) || (end > k && (isParticle(t.lower) || orgFor) && end+1 < len(toks) && toks[end+1].cap) {
			end++
			if t.poss {
				break
			}
			continue
		}
		break
	}
	if end == k {
		return 0
	}
	tail := honourEnd(toks, end) // the run with its post-name honours
	if namesVessel(toks, k, tail) {
		return tail - k // "the ferry Saint Brevna": a thing, no mention (vessels.go)
	}
	// strip leading titles and sentence-initial function words; roles and words are
	// scratch slices of p (a nested nameRun call below may reuse them, after which
	// this one reads neither)
	roles := p.roleBuf[:0]
	defer func() { p.roleBuf = roles[:0] }()
	s := k
	for i := k + 1; i < end-1; i++ {
		if toks[i].kind == tokPunct && isTitleAbbrev(&toks[i-1]) {
			s = i + 1 // "New Jersey Gov. Chris Christie": the name follows the title
		}
	}
	for i := k; i < s; i++ {
		if toks[i].kind == tokWord {
			roles = append(roles, toks[i].lower)
		}
	}
	for s < end && (toks[s].is(lTitle) || isVeryRev(toks, s, end) || toks[s].is(lNotName) && !keepsPlaceWord(toks, s, end) ||
		isParticle(toks[s].lower) || notNameStart(&toks[s]) || toks[s].kind == tokPunct) {
		if toks[s].kind == tokWord {
			roles = append(roles, toks[s].lower)
		}
		s++
	}
	if s == end && end-k >= 2 && toks[end-1].kind == tokWord && hasHonorific(toks, k, end) {
		s = end - 1 // "Mr. King": after an honorific, a title word is the surname
	}
	// a title inside the run ends its descriptive head ("South Korean President Park
	// Geun-hye", "Secretary General Ban Ki-moon"): the name follows the last one
	for i := end - 2; i > s; i-- {
		if toks[i].kind == tokWord && runTitles[toks[i].lower] {
			for j := s; j <= i; j++ {
				roles = append(roles, toks[j].lower)
			}
			s = i + 1
			break
		}
	}
	// a known first name inside the run starts the name ("Middle East Steve Witkoff")
	for i := s; i < end-1; i++ {
		if toks[i].is(lFirst) && i > s {
			for j := s; j < i; j++ {
				roles = append(roles, toks[j].lower)
			}
			s = i
			break
		}
	}
	if s == end {
		if end-k == 1 {
			return 0 // a lone "The": let a role or document phrase read it ("The 28-point plan")
		}
		return end - k
	}
	if end-s > maxNameWords || isShouted(toks, s, end) || isHeadlineRun(toks, s, end) || namesAWork(toks, k) && !toks[s].is(lFirst) && p.bySurname(foldWord(&toks[end-1])) < 0 {
		return end - k // a headline, dateline or heading, not a name
	}
	if end-s >= 2 && p.bySurname(foldWord(&toks[s])) >= 0 && !toks[s].is(lFirst) && !toks[s].is(lOrg) && !afterLowerThe(toks, k, s) &&
		!toks[end-1].is(lOrg|lOrgHead) && !(s > k && toks[s-1].lower == "the") {
		// two people side by side ("tells Ushakov Putin should"); never after "the" ("the
		// Skerrow Isles" after "Skerrow" alone is a place) nor before an organisation's
		// head word ("The Northern Energy Forum" after a headline's "Northern", "of
		// Brackenford Police" after "in Brackenford"): take the first alone
		p.nameRun(toks[:s+1], s)
		return s + 1 - k
	}
	if end-s == 1 && s == k && pronounAside(toks, end) && !toks[s].is(lOrg|lFirst) && sentenceInitial(toks, s) && p.bySurname(foldWord(&toks[s])) < 0 {
		return end - k // "Prices, she says, will rise": a noun before a reporting aside
	}
	if end-s == 1 && sentenceInitial(toks, s) && p.bySurname(foldWord(&toks[s])) < 0 && !toks[s].is(lOrg) && s == k && looksLikeNoun(toks, end) {
		return end - k // "Conversations involving …": a capitalised first word, not a name
	}
	words := p.wordBuf[:0]
	org := false
	for i := s; i < end; i++ {
		if toks[i].kind == tokQuote {
			continue // a nickname is no word of the name
		}
		if toks[i].kind == tokPunct {
			words[len(words)-1] += toks[i].text // an initial's period: "Charles B. Rangel"
			continue
		}
		if i > s && dashJoins(toks, s, i-1) {
			words[len(words)-1] += toks[i].text // the word after the dash joins it
			org = true
			continue
		}
		words = append(words, toks[i].text)
		if toks[i].is(lOrg) || i == end-1 && i > s && toks[i].is(lOrgHead) {
			org = true // "Brackenford Police": an organisation's head word ends the run
		}
	}
	afterThe := k > 0 && toks[k-1].lower == "the" || s > k && toks[s-1].lower == "the"
	if afterThe && !modifiesNoun(toks, end) {
		org = true
	}
	if toks[s].is(lFirst) && end-s >= 2 || personalStyle(toks, k, s) {
		org = false // a first name, or a style only a person bears ("the Rt Rev …")
	}
	roles = append(roles, precedingRoles(toks, k)...)
	if !afterPlacePreposition(toks, k) {
		roles = append(roles, apposition(toks, tail)...) // "in Chelsea, the mayor said": no apposition
	}
	afterDet := afterThe || k > 0 && isDeterminer(toks[k-1].lower) || s > k && isDeterminer(toks[s-1].lower)
	afterPossessive := k > 0 && isPossessiveDeterminer(toks[k-1].lower) || s > k && isPossessiveDeterminer(toks[s-1].lower)
	m := mention{kind: mName, t0: s, t1: tail, text: strings.Join(words, " "), org: org, modifier: afterPossessive || afterDet && modifiesNoun(toks, end)}
	p.wordBuf = words[:0]
	m.person = p.resolveName(toks, s, end, org, roles)
	p.add(toks, m, s)
	p.mentions[len(p.mentions)-1].subject = isSubjectPosition(toks, k, tail) && !modifiesName(toks, tail) && !afterPossessive && !(m.modifier && afterLowerThe(toks, k, s)) && !(afterDet && nationalBeforeNoun(toks, s, end)) ||
		invertedSubject(toks, k)
	if toks[end-1].poss {
		// "Ukraine’s deputy foreign minister": a role phrase led by a possessive
		words := []string{foldWord(&toks[end-1])}
		for j := end; j < len(toks) && j < end+4 && toks[j].kind == tokWord && !toks[j].cap; j++ {
			if toks[j].is(lRole) && isHeadEnd(toks, j+1) {
				head := append([]string{toks[j].lower}, words...)
				if who := p.resolveRole(head); who >= 0 {
					p.add(toks, mention{kind: mRole, t0: end, t1: j + 1, text: joinTokens(toks, s, j+1), person: who}, end)
				}
				return j + 1 - k
			}
			words = append(words, toks[j].lower)
		}
	}
	return tail - k
}

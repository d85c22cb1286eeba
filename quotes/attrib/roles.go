package attrib

import (
	"strings"
)

// Role phrases: "the president", "the head of the fund", "Ukraine’s deputy foreign
// minister", "a source close to Dmitriev", "the 28-point plan". (Pronouns are resolved
// in pronouns.go, transcript labels in labels.go.)
//
// A definite phrase whose head is a role noun resolves to the most recently mentioned
// person whose roles (titles before the name, words of an apposition after it) contain
// the head, preferring more matching modifiers; "the publication" resolves to the last
// outlet named. An indefinite phrase headed by "source", "official" … is anonymous: it
// stops the sieve with no speaker. A definite phrase headed by a document noun names
// the document itself as the speaker.
//
// Example: "President Donald Trump" gives Trump the role "president"; a later "the
// president said" resolves to him unless another president was mentioned since.
//
// Cost: linear in the mentions before the phrase. Known failures: roles learnt only
// from titles and appositions ("the Russian" needs a "Russian …" title or apposition);
// a role shared by two people goes to the most recent.

// documentNouns head phrases naming a document that can "say" something.
var documentNouns = set(`plan document report letter memo statement article piece
book ruling complaint study poll survey clip ad video bill resolution agreement draft
proposal transcript publication paper post tweet bylaws`)

// rolePhrase reads "the president", "the head of the fund", "a source close to …",
// "the 28-point plan", "the commission" or "a doctor" at k and records it; it returns
// the tokens consumed.
func (p *people) rolePhrase(toks []token, k int) int {
	definite := toks[k].lower == "the" || isNarratorPossessive(toks[k].lower)
	if !definite && !toks[k].is(lIndef) {
		return 0
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.kind != tokWord {
			return 0
		}
		if t.is(lNotName) && !t.cap && !(t.lower == "one" && j == k+1) {
			return 0
		}
		if t.poss && j+1 < len(toks) {
			continue // "the ad’s narrator": the head comes after the possessive
		}
		switch {
		case t.is(lAnon) && !(definite && t.is(lRole)):
			if namedInApposition(toks, j+1) {
				return 0 // "Another critic, Laurence H. Tribe, …": the name is the speaker
			}
			end := j + 1
			if e, _ := postEnd(toks, end); e > 0 {
				end = e // "a source in the White House said": the verb's subject is the source
			}
			p.add(toks, mention{kind: mAnon, t0: k, t1: end, text: joinTokens(toks, k, j+1), person: -1}, k)
			return end - k
		case definite && (t.is(lRole) || t.is(lOrgRole)) && isHeadEnd(toks, j+1):
			head := []string{t.lower}
			for i := k + 1; i < j; i++ {
				head = append(head, toks[i].lower)
			}
			end := j + 1
			if end+1 < len(toks) && toks[end].lower == "of" {
				for i := end + 1; i < len(toks) && i <= end+4 && toks[i].kind == tokWord && !toks[i].is(lStrong) && !toks[i].is(lWeak) && !toks[i].is(lAux); i++ {
					head = append(head, toks[i].lower)
					end = i + 1
				}
			}
			who := p.resolveRole(head)
			if t.is(lOrgRole) {
				who = p.lastOrg() // "the agency" after "Reuters": the news agency
				if who < 0 && t.is(lOrgHead) && j == k+1 && toks[k].lower == "the" {
					who = p.orgByHead(t.lower) // no outlet named: "the agency" after "the Aldmark Medicines Agency"
				}
			}
			if who < 0 && !t.is(lOrgRole) && namedInApposition(toks, end) {
				return 0 // "the president’s son-in-law, Jared Kushner": the name follows
			}
			if who < 0 && !t.is(lOrgRole) && j == k+1 && toks[k].lower == "the" {
				who = p.recentSubject(toks, k) // "Ann Lee spoke last. “…,” the striker said."
				if who >= 0 {
					p.addRoles(who, head[:1])
				}
			}
			if who < 0 && !t.is(lOrgRole) {
				// a role the document never ties to a name: the role is the speaker
				p.add(toks, mention{kind: mDesc, t0: k, t1: end, text: phraseText(toks, k, j+1), person: -1}, k)
				return end - k
			}
			p.add(toks, mention{kind: mRole, t0: k, t1: end, text: joinTokens(toks, k, j+1), person: who}, k)
			return end - k
		case (t.is(lDocNoun) || t.is(lOrgHead) || t.is(lDescribed)) && namesInside(toks, k+1, j):
			return 0 // "a Trump campaign": the name is a mention of its own
		case (t.is(lDocNoun) || t.is(lOrgHead) || t.is(lDescribed) || !definite && t.is(lRole)) && !isHeadEnd(toks, j+1):
			end, _ := postEnd(toks, j+1)
			if end < 0 {
				break
			}
			text := phraseText(toks, k, end)
			if t.is(lDocNoun) && toks[j+1].lower == "from" {
				text = phraseText(toks, j+2, end) // "a statement from the White House"
			}
			p.add(toks, mention{kind: mDesc, t0: k, t1: end, text: text, person: -1}, k)
			return end - k
		case t.is(lOrgHead) && t.cap && j+2 < len(toks) && toks[j+1].lower == "of" && toks[j+2].cap:
			return 0 // "the Ministry of Agriculture": a name, read as one
		case (t.is(lDocNoun) || t.is(lOrgHead)) && isHeadEnd(toks, j+1) && !personalOffice(toks, k, j):
			who := p.orgByHeadAt(toks, k, j)
			if who < 0 {
				who = p.genericOrg(toks, k, j) // "the company" after "DunMove"
			}
			if who < 0 && definite {
				who = p.docIssuer(toks, k, j) // "the statement" after "X said in a statement"
			}
			if who < 0 && t.is(lDocNoun) {
				who = p.docAuthor(toks, k, j) // "the agency’s assessment report", then "the report"
			}
			if who < 0 {
				who = p.possessedDocOwner(toks, k, j) // "her letter said", "its statement"
			}
			if who >= 0 {
				// "the institute said" after "the Kestland Institute for Public Health"
				p.add(toks, mention{kind: mRole, t0: k, t1: j + 1, text: joinTokens(toks, k, j+1), person: who}, k)
				return j + 1 - k
			}
			p.add(toks, mention{kind: mDoc, t0: k, t1: j + 1, text: phraseText(toks, k, j+1), person: -1}, k)
			return j + 1 - k
		case t.is(lDescribed) && isHeadEnd(toks, j+1):
			if n, ok := p.kinPhrase(toks, k, j); ok {
				return n // "her son": the person with that relation, or the name after it
			}
			p.add(toks, mention{kind: mDesc, t0: k, t1: j + 1, text: phraseText(toks, k, j+1), person: -1}, k)
			return j + 1 - k
		case t.cap && !definite && t.is(lFirst):
			return 0
		}
	}
	return 0
}

// frequencyAdverbs may stand between a subject and its verb ("my father often said").
var frequencyAdverbs = set(`often always never once sometimes usually repeatedly frequently`)

// isNarratorPossessive reports "my" and "our": "my father often said" describes a
// person the writer knows, a speaker the text names only so (the role never resolves
// to a named person unless the document ties it to one).
func isNarratorPossessive(lower string) bool { return lower == "my" || lower == "our" }

// nounApposition reports whether mention m stands between commas right after a
// lower-case word ("the holders, Northfield, in …").
func nounApposition(toks []token, m mention) bool {
	return m.t0 >= 2 && m.t1 < len(toks) && toks[m.t0-1].text == "," && toks[m.t1].text == "," &&
		toks[m.t0-2].kind == tokWord && !toks[m.t0-2].cap && !toks[m.t0-2].is(lSubjOpener)
}

// maxRoleBackSentences is how many sentences back a bare role ("the striker said")
// looks for the person it stands for when no one carries that role: 1 (the sentence
// before, in the same paragraph) ties "Ann Lee spoke last. “…,” the striker said";
// further back it starts to take a person the paragraph only mentions in passing.
const maxRoleBackSentences = 1

// recentSubject returns the person (not an organisation, and given no role of their
// own) standing as a subject in the sentence before token k, within k's paragraph,
// when that sentence has exactly one such person; -1 otherwise. A role that no one was given ("the striker") most often
// names the person the previous sentence was about.
func (p *people) recentSubject(toks []token, k int) int {
	found := -1
	for i := len(p.mentions) - 1; i >= 0; i-- {
		m := p.mentions[i]
		if m.t0 >= k {
			continue
		}
		ms := toks[m.t0].sent
		if toks[m.t0].para != toks[k].para || toks[k].sent-ms > maxRoleBackSentences {
			break
		}
		if toks[k].sent == ms || !p.isPerson(m) || !m.subject || m.modifier || p.list[m.person].hasRoles() {
			// a person with a title or apposition of their own ("Tom Hale, a farmer,")
			// is not the one a different role names
			continue
		}
		if found >= 0 && found != m.person {
			return -1
		}
		found = m.person
	}
	return found
}

// orgByHeadAt is orgByHead for a phrase "the HEAD" at k (head at j), -1 for any
// other phrase.
func (p *people) orgByHeadAt(toks []token, k, j int) int {
	if j != k+1 || toks[k].lower != "the" || !toks[j].is(lOrgHead) {
		return -1
	}
	return p.orgByHead(toks[j].lower)
}

// orgByHead returns the most recently mentioned organisation whose name holds the
// head noun as a word, ignoring case ("the institute" → "Kestland Institute for Public
// Health"), or -1. head must be an orgHeads word: only those are indexed
// (indexMention).
func (p *people) orgByHead(head string) int {
	if i, ok := p.latest.orgByWord[head]; ok {
		return i
	}
	return -1
}

// hasRoles reports whether the person was given a title or an apposition.
func (q person) hasRoles() bool { return len(q.roles) > 0 }

// resolveRole returns the most recently mentioned person whose roles contain the head
// noun (words[0]), preferring more matching modifiers; -1 when none.
func (p *people) resolveRole(words []string) int {
	best, bestScore := -1, 0
	seen := p.seenScratch()
	for i := len(p.mentions) - 1; i >= 0; i-- {
		m := p.mentions[i]
		if m.person < 0 || seen[m.person] {
			continue
		}
		seen[m.person] = true
		q := p.list[m.person]
		if q.org || !q.roles[words[0]] {
			continue
		}
		score := 1
		for _, w := range words[1:] {
			if q.roles[w] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = m.person, score
		}
	}
	return best
}

// orgRoleNouns stand for an organisation ("the publication claimed").
var orgRoleNouns = set(`publication newspaper outlet agency paper network broadcaster
magazine daily`)

// auxiliaries may follow a subject before its verb ("the president has said").
var auxiliaries = set(`has have had was is were are will would could can may might did
does do should must also later then reportedly who`)

// isHeadEnd reports whether a role noun ending before token i heads its phrase: what
// follows is punctuation, a verb, an auxiliary, an adverb or "of" — not another noun
// ("the Russian side").
func isHeadEnd(toks []token, i int) bool {
	if i >= len(toks) || toks[i].kind != tokWord {
		return true
	}
	t := toks[i]
	if t.cap {
		return false
	}
	return t.is(lStrong) || t.is(lWeak) || t.is(lAux) || t.lower == "of" || isDocVerb(t) || frequencyAdverbs[t.lower] ||
		strings.HasSuffix(t.lower, "ly") || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s")
}

// lastOrg returns the most recently mentioned organisation, or -1.
func (p *people) lastOrg() int {
	for i := len(p.mentions) - 1; i >= 0; i-- {
		m := p.mentions[i]
		if m.kind == mName && m.person >= 0 && p.list[m.person].org && isOutlet(p.list[m.person].name) {
			return m.person
		}
	}
	return -1
}

// outletWords mark an organisation name as a news outlet ("the publication" can only be
// one of these).
var outletWords = set(`times journal post news insider bloomberg reuters axios guardian
newsweek euronews meduza press tribune herald telegraph economist atlantic politico
hill cnn bbc msnbc fox nbc abc cbs ap afp tass kommersant magazine daily review`)

// isOutlet reports whether an organisation name looks like a news outlet.
func isOutlet(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if outletWords[w] {
			return true
		}
	}
	return false
}

// personalOffice reports whether the phrase toks[k:j+1] is a person's own office ("her
// office said"): it speaks for the person the pronoun stands for, never for the last
// organisation named with "Office" (a held-out "her office said" after "the Regional
// Migration Office" went to the office when "office" became an orgHeads word).
func personalOffice(toks []token, k, j int) bool {
	return j == k+1 && toks[j].lower == "office" && (toks[k].lower == "his" || toks[k].lower == "her")
}

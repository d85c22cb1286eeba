package attrib

// Subjects with a prepositional phrase before their verb.
//
// Problem: the role-phrase reader (roles.go) ends a phrase at its head noun, so "a
// narrator in the Clinton ad asks", "a spokesman for the agency said" and "a
// statement from the White House called" left the verb with no subject next to it,
// and the quotation with no speaker.
//
// Approach: after a described, document, organisation or role head, a phrase opened
// by one of postPrepositions and running at most maxPostWords words up to a speech
// verb is the head's post-modifier: the mention spans it, and the verb finds it as
// its subject. The speaker is the whole phrase ("a narrator in the Clinton ad"), except
// for a document "from" a body ("a statement from the White House"), whose words are
// the body's: the speaker is then the phrase after "from".
//
// Example: "A narrator in the Clinton ad asks, “What example will we set?”" →
// speaker "a narrator in the Clinton ad".
//
// Cost: at most maxPostWords tokens per role phrase. Known failures: a phrase
// followed by a verb that is not a speech verb ("a man in the crowd shouted") is not
// extended; an anonymous head ("a source in the White House") stays anonymous.

// postPrepositions open a post-modifier of a speaker phrase.
var postPrepositions = set(`in for at from with on`)

// postStops end a noun phrase: a relative clause or a conjunction follows it ("a
// letter from his doctor Friday that says" is the letter's clause, not its subject).
var postStops = set(`that which who whom whose and or but when while if because as than`)

// subjectPronouns are never part of a noun phrase's post-modifier.
var subjectPronouns = set(`he she they we i you it`)

// startsSubject reports whether a capitalised word after prev opens a new phrase:
// prev is a plain lower-case noun ("blog" in "on the blog Tom Berg wrote"), not a
// determiner, preposition or possessive ("the Clinton ad", "of Homeland Security").
func startsSubject(prev token) bool {
	return prev.kind == tokWord && !prev.cap && !prev.poss && !prev.is(lNotName) && !prev.is(lPrep)
}

// maxPostWords bounds a post-modifier ("in the Clinton ad" is 4 words, "for the
// Department of Homeland Security" 5).
const maxPostWords = 6

// postEnd returns the end of the post-modifier opening at token i and the token
// index of the speech verb that follows it, or (-1, -1) when toks[i] opens none.
func postEnd(toks []token, i int) (end, verb int) {
	if i >= len(toks) || toks[i].kind != tokWord || !postPrepositions[toks[i].lower] {
		return -1, -1
	}
	for j := i + 1; j < len(toks) && j <= i+maxPostWords+1; j++ {
		t := toks[j]
		if t.kind != tokWord || t.poss && j == i+1 {
			return -1, -1
		}
		if t.is(lStrong) && !t.cap && j > i+1 {
			return j, j
		}
		if t.is(lWeak) || t.is(lAux) || postPrepositions[t.lower] && j > i+1 || postStops[t.lower] {
			return -1, -1
		}
		if subjectPronouns[t.lower] || t.cap && j > i+1 && startsSubject(toks[j-1]) {
			// "in a post on the club’s blog she wrote", "… blog Tom Berg wrote": the
			// modifier ended and the verb's own subject begins
			return -1, -1
		}
	}
	return -1, -1
}

// possessedSpeaker reads "Trump’s campaign said" and "Smith’s statement called": a
// name in the possessive (the mention p added last, ending at token e) followed by an
// organisation or document head and then a verb. A body speaks as itself (speaker
// "Trump’s campaign"); a document's words are its author's (speaker: the name's
// person). ok is false for anything else ("Trump’s plan is").
func (p *people) possessedSpeaker(toks []token, e int) (mention, bool) {
	if len(p.mentions) == 0 || e+1 >= len(toks) || !toks[e-1].poss {
		return mention{}, false
	}
	name := p.mentions[len(p.mentions)-1]
	h := toks[e]
	if name.t1 != e || name.kind != mName || name.person < 0 || h.kind != tokWord || h.cap || !isHeadEnd(toks, e+1) || toks[e+1].kind != tokWord {
		return mention{}, false
	}
	switch {
	case h.is(lOrgHead) && !h.is(lDocNoun):
		return mention{kind: mDoc, t0: name.t0, t1: e + 1, text: name.text + "’s " + h.text, person: -1}, true
	case authoredDocs[h.lower] && (isStrong(toks[e+1]) || isWeak(toks[e+1])):
		// a speech verb, not a copula: "Trump’s statement was “true”" is a verdict
		// on the statement
		return mention{kind: mName, t0: name.t0, t1: e + 1, text: name.text, person: name.person, org: name.org}, true
	}
	return mention{}, false
}

// authoredDocs are documents whose words are their author's ("Smith’s statement").
var authoredDocs = set(`statement letter tweet post memo remarks testimony`)

// lastEnd returns the end token of the last mention, or -1.
func (p *people) lastEnd() int {
	if len(p.mentions) == 0 {
		return -1
	}
	return p.mentions[len(p.mentions)-1].t1
}

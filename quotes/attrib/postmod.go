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
	}
	return -1, -1
}

package attrib

// "They" as the subject of a speech verb.
//
// Problem: "They said the plan was “a disaster”" reports the words of a group named
// earlier ("Democrats", "the campaign", "officials"); the pronoun pass (roles.go)
// resolves only "he" and "she", so such quotations had no speaker.
//
// Approach: a "they" followed within maxTheyVerbGap tokens by a speech verb takes the
// last group mention in the preceding maxPronounSentences sentences: an
// organisation name, a body ("the campaign", "the committee") or a plural group word
// ("Democrats", "officials"). A singular person never answers: with no group in
// reach "they" stays unresolved, and the quotation gets no speaker from it.
//
// Example: "Democrats met on Monday. They said it was “a disaster.”" gives
// Democrats; "Hillary Clinton spoke. “We will win,” they said." gives nobody.
//
// A negative: "They sent a letter to Senate leaders. “…,” they wrote." does not take
// the leaders, who are an object.
//
// Cost: one backward walk over the mentions of a few sentences per "they" before a
// verb. Known failures: "they" standing for two people named one by one ("Smith and
// Jones … they said") stays unresolved; a group named only as an object ("met with
// officials") is taken like a subject.

// maxTheyVerbGap is how far a speech verb may follow "they" ("they later said" is 2).
const maxTheyVerbGap = 2

// groupWords are plural nouns naming groups of people who speak together.
var groupWords = set(`democrats republicans officials authorities lawmakers leaders
aides advisers advisors organizers organisers protesters activists investigators police
prosecutors critics supporters officers senators members residents parents teachers
researchers experts analysts economists voters`)

// theyBeforeVerb reports whether the "they" at k is followed by a speech verb.
func theyBeforeVerb(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+maxTheyVerbGap+1; j++ {
		t := toks[j]
		if t.kind != tokWord {
			return false
		}
		if t.is(lStrong) {
			return true
		}
	}
	return false
}

// resolveThey returns the mention "they" at k stands for: the last group mention or
// group word before k within maxPronounSentences sentences; ok is false when none.
func (p *people) resolveThey(toks []token, k int) (mention, bool) {
	sent := toks[k].sent
	for j := k - 1; j >= 0 && sent-toks[j].sent <= maxPronounSentences; j-- {
		if a, ok := p.at(j); ok {
			m := p.mentions[a]
			h := toks[m.t1-1]
			if m.kind == mPronoun || m.kind == mAnon || h.poss || !m.subject {
				continue
			}
			switch {
			case (m.kind == mDoc || m.kind == mDesc) && h.is(lOrgHead) && !h.is(lDocNoun),
				m.kind == mName && m.person >= 0 && p.list[m.person].org && !m.modifier,
				groupWords[h.lower]:
				return mention{kind: m.kind, t0: k, t1: k + 1, text: m.text, person: m.person, org: m.org}, true
			}
			continue
		}
		j0 := j // the group word's capitalised modifiers lead it ("Senate leaders")
		for j0 > 0 && toks[j0-1].kind == tokWord && toks[j0-1].cap {
			j0--
		}
		if t := toks[j]; t.kind == tokWord && groupWords[t.lower] && !t.poss && isSubjectPosition(toks, j0, j+1) {
			return mention{kind: mDesc, t0: k, t1: k + 1, text: t.text, person: -1}, true
		}
	}
	return mention{}, false
}

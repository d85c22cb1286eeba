package attrib

// Pronouns: whom "he" or "she" stands for.
//
// Problem: most quotations after the first are attributed by a pronoun ("…,” he said),
// so the sieve needs the person each pronoun refers to, as a careful reader would.
//
// Approach: a pronoun right after "X said (that)" is X ("Ruiz said she hoped"); else
// the first subject-position person of its own sentence before it, else of each
// previous sentence (most recent first, up to maxPronounSentences back), else the most
// recent compatible person. Compatible: a person, not an organisation, of the same or
// unknown gender; a one-word name set off by commas after a common noun ("the holders,
// Northfield,") is a thing. A possessor in the pronoun's own subjectless sentence beats
// earlier subjects ("Oz’s advice earned him a hearing, where he"), unless a preposition
// governs it ("Of Roe’s employer, she writes").
//
// Example: "Kirill Dmitriev posted on X. Later he wrote: “Fake.”" — "he" has no subject
// before it in its sentence; the previous sentence's subject is Dmitriev.
//
// Cost: a walk back over the mentions of at most maxPronounSentences sentences.
// Known failures: a subject whose gender is unknown can take a pronoun meant for
// someone else; cataphora ("Before he left, Smith said") is resolved backwards.

// maxPronounSentences is how many sentences back a pronoun looks for its antecedent.
const maxPronounSentences = 6

// resolvePronoun resolves a pronoun at token k: the first subject-position person of
// its own sentence before it, else of each previous sentence (most recent first), else
// the most recent compatible person; -1 when none is compatible.
func (p *people) resolvePronoun(toks []token, gender string, k int) int {
	compatible := func(m mention) bool {
		if m.person < 0 || m.kind == mAnon || m.kind == mDoc || m.kind == mDesc {
			return false
		}
		q := p.list[m.person]
		if q.org || m.org || gender != "" && q.gender == "" && q.first == "" && !q.hasRoles() && nounApposition(toks, m) {
			// a one-word name with no first name, gender or title, set off by commas
			// after a common noun, names that noun's thing: a team, place or outlet
			// ("the holders, Northfield, in the final")
			return false
		}
		return gender == "" || q.gender == "" || q.gender == gender
	}
	if m, ok := p.reportingSubject(toks, k); ok && compatible(m) {
		return m.person // "Ruiz said she hoped": the reporter of her own hope
	}
	sent := toks[k].sent
	fallback := -1
	firstInSent := -1
	// ownPossessive is a compatible possessor in the pronoun's own sentence ("Oz’s
	// advice earned him a hearing, where he"): when the sentence has no subject, it
	// beats the subjects of earlier sentences — unless a preposition governs it ("Of
	// Roe’s employer, she writes": Roe is what she writes about)
	ownPossessive := -1
	for i := len(p.mentions) - 1; i >= 0; i-- {
		m := p.mentions[i]
		ms := toks[m.t0].sent
		if ms != sent {
			if firstInSent >= 0 {
				return firstInSent
			}
			if ownPossessive >= 0 {
				return ownPossessive
			}
			if sent-ms > maxPronounSentences {
				break
			}
			sent = ms
		}
		if !compatible(m) {
			continue
		}
		if fallback < 0 {
			fallback = m.person
		}
		if m.subject {
			firstInSent = m.person // keep the earliest in the sentence
		}
		if ms == toks[k].sent && toks[m.t1-1].poss && ownPossessive < 0 && !afterPreposition(toks, m.t0) {
			ownPossessive = m.person
		}
	}
	if firstInSent >= 0 {
		return firstInSent
	}
	return fallback
}

// reportingSubject returns the subject of a speech verb right before the pronoun at k
// ("Ruiz said she", "Ruiz said that she"): the last mention, when it ends at that
// verb. A pronoun opening the reported clause nearly always means the reporter; the
// sentence's first subject ("The Finance Ministers’ forum …, and Ruiz said she") is
// another clause's.
func (p *people) reportingSubject(toks []token, k int) (mention, bool) {
	v := k - 1
	if v >= 0 && toks[v].lower == "that" {
		v--
	}
	if v < 1 || len(p.mentions) == 0 || toks[v].kind != tokWord || !toks[v].is(lSayCore) {
		return mention{}, false
	}
	m := p.mentions[len(p.mentions)-1]
	if m.t1 != v || m.kind != mName || !m.subject {
		return mention{}, false
	}
	return m, true
}

package attrib

import (
	"sort"

	"github.com/quotecheck/quotecheck/quotes"
)

// Colon intros and multi-paragraph quotations.
//
// Problem: a reporter often introduces a quotation with a line ending in a colon —
// "Smith said:", "He went on:", "Her best answer was this one:" — and the quotation (a
// paragraph of its own, or a Markdown blockquote) carries no cue. A long quotation
// then runs over several paragraphs, each reopening the mark without closing the
// previous one, and only the first paragraph sits next to any cue.
//
// Approach: the sentence ending in the colon names the speaker through, in order, a
// speech verb (its subject), a "went on" / "kept on" phrase (its subject), or a
// possessive that owns the whole subject ("Her best answer …, was this one:", "Lee's
// reply was:") — a possessive pronoun resolves like "she" would at that point. A
// paragraph the scanner marks as reopened (its previous paragraph's quotation was
// left open) continues that quotation and takes its speaker.
//
// Example: "Ann Lee spoke. Her best answer was this one:\n\n> “We never whine.”" →
// Ann Lee (continuation).
//
// Cost: a look at the intro sentence, and a binary search over the mentions for a
// possessive pronoun. Known failures: an intro whose subject is a plain noun ("The
// letter read:") names nobody; a possessive pronoun takes the latest subject of the
// previous sentences, gender permitting, even when the text means someone earlier.

// possessivePronounGender maps possessive determiners to the gender they require.
var possessivePronounGender = map[string]string{"his": "m", "her": "f"}

// colonIntro finds the speaker named by the intro sentence [pa, colon) that ends in a
// colon before a bare quotation.
func (s *sieve) colonIntro(pa, colon int) (result, bool) {
	if r, ok := s.passageIntro(pa, colon); ok {
		return r, true
	}
	for v := colon - 1; v >= pa; v-- {
		if isStrong(s.toks[v]) {
			return s.subjectOfVerb(v, colon, pa)
		}
	}
	// "He went on:", "She kept on:"
	if colon-2 >= pa && s.toks[colon-1].lower == "on" && goesOnVerbs[s.toks[colon-2].lower] {
		return s.subjectOfVerb(colon-2, colon, pa)
	}
	// a possessive owning the subject: "Her best answer, though, was this one:"
	first := pa
	for first < colon && s.toks[first].kind != tokWord {
		first++
	}
	if first >= colon {
		return result{}, false
	}
	if g, ok := possessivePronounGender[s.toks[first].lower]; ok {
		if p := s.ownerBefore(first, g); p >= 0 {
			return result{speaker: s.people.list[p].name, mention: s.toks[first].text, method: quotes.MethodPronoun, conf: confPronoun, hasCue: true}, true
		}
		return result{}, false
	}
	if m, ok := s.people.at(first); ok {
		mm := s.people.mentions[m]
		if s.people.isPerson(mm) && s.toks[mm.t1-1].poss {
			return s.fromMention(m, "", quotes.MethodContinuation, confContinuation), true
		}
	}
	return result{}, false
}

// ownerBefore resolves a possessive pronoun at token k: the earliest subject person of
// the nearest earlier sentence that has one (gender permitting), within
// maxPronounSentences; -1 when none.
func (s *sieve) ownerBefore(k int, gender string) int {
	ms := s.people.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].t0 >= k }) - 1
	sent := s.toks[k].sent
	found := -1
	for ; i >= 0; i-- {
		m := ms[i]
		ts := s.toks[m.t0].sent
		if ts != sent {
			if found >= 0 {
				return found
			}
			if s.toks[k].sent-ts > maxPronounSentences {
				break
			}
			sent = ts
		}
		if m.person < 0 || !m.subject || m.kind == mAnon || m.kind == mDoc || m.kind == mDesc {
			continue
		}
		q := s.people.list[m.person]
		if q.org || gender != "" && q.gender != "" && q.gender != gender {
			continue
		}
		found = m.person
	}
	return found
}

// reopened gives a paragraph that reopens a quotation left open in the paragraph
// before it that quotation's speaker.
func (s *sieve) reopened(qi int) (result, bool) {
	q := s.qs[qi]
	if !q.reopened || qi == 0 || q.start < q.end && (s.text[q.start] == '(' || s.text[q.start] == '[') {
		return result{}, false // "(CROSSTALK.)": a stage direction, nobody's words
	}
	r := s.res[qi-1]
	if r.speaker == "" || r.method == quotes.MethodParagraph {
		return result{}, false
	}
	return result{speaker: r.speaker, mention: r.mention, method: quotes.MethodContinuation, cue: r.cue, conf: confContinuation, hasCue: true}, true
}

// passageReadVerbs are the verbs a text's own words take ("the key passage reads:").
var passageReadVerbs = set(`reads read runs goes`)

// passageNouns name a part of someone's text; documentNouns name the whole.
var passageNouns = set(`passage excerpt extract wording text words line lines part section`)

// passageIntro reads "The key passage reads:" / "The letter runs:": a text quoted in
// its owner's words, the owner being the earliest subject person of the sentence
// before ("Vera Kallin read a statement. The key passage reads:"). The intro must name
// no person itself.
func (s *sieve) passageIntro(pa, colon int) (result, bool) {
	v := colon - 1
	if v-1 < pa || !passageReadVerbs[s.toks[v].lower] {
		return result{}, false
	}
	if n := s.toks[v-1]; n.kind != tokWord || !(passageNouns[n.lower] || n.is(lDocNoun)) {
		return result{}, false
	}
	for i := pa; i < colon; i++ {
		if m, ok := s.people.at(i); ok && s.people.mentions[m].kind == mName {
			return result{}, false
		}
	}
	p := s.ownerBefore(pa, "")
	if p < 0 {
		return result{}, false
	}
	return result{speaker: s.people.list[p].name, mention: s.people.list[p].name, method: quotes.MethodContinuation, cue: s.toks[v].lower, conf: confContinuation, hasCue: true}, true
}

package attrib

import (
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// The sieve's context rules, tried when nothing in a quotation's own sentence names a
// speaker: the previous quotation of the paragraph (a split quote's second piece), a
// "X said:" line or list parent above the quotation, the sentence's subject for a
// woven fragment, and finally the paragraph's only named person.
//
// Example: "Caddell continued:" followed by a paragraph that is only a quotation gives
// that quotation to Caddell (continuation).
//
// Cost: each rule looks back at most one paragraph or one parent line, except
// listParent, which walks up the lines of its list. Known failures: a quotation that
// opens a new paragraph with its cue in the next paragraph; a list parent whose subject
// is only a possessive ("Trump’s line is very simple:").

// continuation: the previous quotation of the paragraph, or a "said:" line before.
func (s *sieve) continuation(qi, k, a int) (result, bool) {
	if r, ok := s.reopened(qi); ok {
		return r, true
	}
	if s.isWoven(k, s.text[s.qs[qi].start:s.qs[qi].end]) {
		return result{}, false
	}
	if r, ok := s.ownColonSubject(k, a); ok {
		return r, true // "Its spokesperson, Ama Kettle, went further: “…”": not the guild's words
	}
	para := s.toks[k].para
	for pj := qi - 1; pj >= 0; pj-- {
		pk := s.qtok[pj]
		if pk < 0 {
			continue
		}
		if s.toks[pk].para != para {
			break
		}
		if r := s.res[pj]; r.speaker != "" && r.method != quotes.MethodParagraph {
			return result{speaker: r.speaker, mention: r.mention, method: quotes.MethodContinuation, cue: r.cue, conf: confContinuation, hasCue: true}, true
		}
		return result{}, false
	}
	// a bare quotation paragraph after a line ending in ':'
	if a == 0 || s.firstOfPara(k) != k {
		return result{}, false
	}
	i := a - 1
	for i >= 0 && (s.toks[i].kind == tokBreak || (s.toks[i].kind == tokPunct && s.toks[i].text == ">")) {
		i--
	}
	if i < 0 || s.toks[i].text != ":" {
		return result{}, false
	}
	pa, _ := s.sentenceBounds(i)
	r, ok := s.colonIntro(pa, i)
	if ok {
		r.method, r.conf = quotes.MethodContinuation, confContinuation
	}
	return r, ok
}

// ownColonSubject gives a quotation that follows a colon in its own sentence to the
// person that sentence names as its subject ("Its spokesperson, Ama Kettle, went
// further: “…”"), before the previous quotation of the paragraph can claim it: a
// new person introducing the words outranks the organisation quoted just before.
// Only a named person counts; an organisation or a pronoun leaves the quotation to
// the other rules.
func (s *sieve) ownColonSubject(k, a int) (result, bool) {
	if k <= a+1 || s.toks[k-1].text != ":" {
		return result{}, false
	}
	for i := a; i < k-1; i++ {
		m, ok := s.people.at(i)
		if !ok {
			continue
		}
		mm := s.people.mentions[m]
		if !mm.subject || !s.people.isPerson(mm) || mm.modifier {
			continue
		}
		return s.fromMention(m, "", quotes.MethodContinuation, confContinuation), true
	}
	return result{}, false
}

// firstOfPara returns the first non-markup token of token k's paragraph.
func (s *sieve) firstOfPara(k int) int {
	i := k
	for i > 0 && s.toks[i-1].kind != tokBreak {
		i--
	}
	for i < k && s.toks[i].kind == tokPunct {
		i++
	}
	return i
}

// paragraph: the only person named in the quotation's paragraph.
func (s *sieve) paragraph(k int) result {
	para := s.toks[k].para
	found := -1
	var mention string
	for _, m := range s.people.mentions {
		if s.toks[m.t0].para != para || m.person < 0 || m.kind != mName || s.people.list[m.person].org || m.modifier {
			continue
		}
		if found >= 0 && found != m.person {
			return result{}
		}
		found, mention = m.person, m.text
	}
	if found < 0 {
		return result{}
	}
	return result{speaker: s.people.list[found].name, mention: mention, method: quotes.MethodParagraph, conf: confParagraph}
}

// wovenSubject: a quotation after a colon, or woven into a sentence without a speech
// verb, takes the sentence's subject ("The 28-point plan reflects this proposal as
// follows: “…”", "Cheung spins the leak as proof that Witkoff is talking “nearly every
// day”"), at low confidence.
func (s *sieve) wovenSubject(k, a int) (result, bool) {
	colon := k > a && s.toks[k-1].text == ":"
	for i := a; i < k; i++ {
		m, ok := s.people.at(i)
		if !ok || !s.people.mentions[m].subject {
			continue
		}
		mm := s.people.mentions[m]
		if mm.kind == mAnon || (mm.kind == mDoc && !colon) {
			continue
		}
		r := s.fromMention(m, "", quotes.MethodSpeechVerb, confLateCue)
		if r.speaker != "" {
			r.method = quotes.MethodParagraph
			if r.mention != "" && mm.kind != mName && mm.kind != mDoc {
				r.method = quotes.MethodPronoun
			}
			r.conf = confParagraph
			return r, true
		}
		return result{}, false
	}
	return result{}, false
}

// listParent: a quotation in a list item (or an indented block) with no cue of its
// own takes the speaker of the less-indented line above that ends with ':' ("Witkoff
// explicitly tells Ushakov …:" over "* Frame Trump as a “man of peace”"): that line's
// quotation's speaker, else its speech verb's subject, else its first subject.
func (s *sieve) listParent(qi, k int) (result, bool) {
	la, _ := s.lineOf(s.toks[k].start)
	d := indent(s.raw[la:])
	if !s.inListItem(k) && !s.qs[qi].block && d == 0 {
		return result{}, false
	}
	for pos := la - 1; pos > 0; {
		pa, pb := s.lineOf(pos)
		line := s.raw[pa:pb]
		pos = pa - 1
		if strings.TrimSpace(line) == "" || indent(line) >= d && d > 0 {
			continue
		}
		if !strings.HasSuffix(strings.TrimRight(line, " *_"), ":") {
			return result{}, false
		}
		// the parent's own quotations
		for pj := qi - 1; pj >= 0; pj-- {
			if s.qs[pj].open < pa {
				break
			}
			if r := s.res[pj]; r.speaker != "" {
				return result{speaker: r.speaker, mention: r.mention, method: quotes.MethodContinuation, cue: r.cue, conf: confContinuation, hasCue: true}, true
			}
		}
		first, last := s.tokenRange(pa, pb)
		if first < 0 {
			return result{}, false
		}
		for v := last; v >= first; v-- {
			if isStrong(s.toks[v]) {
				if r, ok := s.subjectOfVerb(v, last, first); ok {
					r.method, r.conf = quotes.MethodContinuation, confContinuation
					return r, true
				}
			}
		}
		for i := first; i <= last; i++ {
			if m, ok := s.people.at(i); ok {
				mm := s.people.mentions[m]
				if mm.kind == mAnon || mm.kind == mDoc || mm.person < 0 || s.people.list[mm.person].org {
					continue
				}
				r := s.fromMention(m, "", quotes.MethodContinuation, confParagraph)
				r.method, r.conf = quotes.MethodContinuation, confParagraph
				return r, true
			}
		}
		return result{}, false
	}
	return result{}, false
}

// tokenRange returns the first and last token inside byte range [a, b), or -1, -1.
func (s *sieve) tokenRange(a, b int) (int, int) {
	first, last := -1, -1
	lo, hi := 0, len(s.toks)
	for lo < hi {
		mid := (lo + hi) / 2
		if s.toks[mid].start < a {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	for i := lo; i < len(s.toks) && s.toks[i].start < b; i++ {
		if s.toks[i].kind == tokBreak {
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	return first, last
}

// accordingTo: "according to X" or "per X" anywhere in the sentence.
func (s *sieve) accordingTo(a, b int) (result, bool) {
	for i := a; i+2 <= b; i++ {
		at := -1
		if s.toks[i].lower == "according" && s.toks[i+1].lower == "to" {
			at = i + 2
		} else if s.toks[i].lower == "per" && i > a {
			at = i + 1 // "…,” per the party’s bylaws"
		}
		if at >= 0 {
			if m := s.accordingSubject(at, b); m >= 0 {
				r := s.fromMention(m, "according to", quotes.MethodAccordingTo, confAccordingTo)
				if r.speaker != "" {
					return r, true
				}
			}
		}
	}
	return result{}, false
}

// lateCue: a speech verb later in the sentence, or a noun cue with the sentence subject.
func (s *sieve) lateCue(k, a, b int) (result, bool) {
	for i := k + 1; i <= b; i++ {
		t := s.toks[i]
		if isStrong(t) {
			if m := s.subjectBefore(i-1, k+1); m >= 0 {
				r := s.fromMention(m, t.lower, quotes.MethodSpeechVerb, confLateCue)
				return r, r.speaker != ""
			}
		}
	}
	for i := a; i <= b; i++ {
		t := s.toks[i]
		if t.kind == tokWord && t.is(lNounCue) && i != k {
			if m := s.sentenceSubject(a, b+1); m >= 0 {
				r := s.fromMention(m, t.lower, quotes.MethodSpeechVerb, confLateCue)
				if r.speaker != "" {
					return r, true
				}
			}
		}
	}
	return result{}, false
}

// passiveAgent finds "by X" after the quotation at k in its sentence ("described as a
// “wish list” of the Russians by the Secretary of State, Marco Rubio").
func (s *sieve) passiveAgent(k int) int {
	_, b := s.sentenceBounds(k)
	for i := k + 1; i < b && i <= k+8; i++ {
		if s.toks[i].lower != "by" {
			continue
		}
		m := s.subjectAfter(i+1, b)
		if m >= 0 && s.people.mentions[m].person < 0 {
			// an unresolved title phrase: the name after its comma
			if e := s.people.mentions[m].t1; e < b && s.toks[e].text == "," {
				m = s.subjectAfter(e+1, b)
			}
		}
		return m
	}
	return -1
}

// prepositions before a name make it an object, never a speaker.
var prepositions = set(`of for with to by from at in on about into against between among
via per`)

// afterPreposition reports whether the token before t0 is a preposition.
func afterPreposition(toks []token, t0 int) bool {
	return t0 > 0 && toks[t0-1].kind == tokWord && toks[t0-1].is(lPrep)
}

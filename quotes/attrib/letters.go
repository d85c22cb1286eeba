package attrib

import "github.com/quotecheck/quotecheck/quotes"

// Letters set out below their introduction: "The body of his letter is reproduced in
// full below." or "A letter from Ines Halder was read out. It reads:" followed by
// quoted paragraphs.
//
// Problem: the quoted paragraphs stand alone, with no speech verb in or next to them,
// so they had no speaker although the sentence before names the letter's author.
//
// Approach: a quotation opening its paragraph, whose preceding sentence (in the
// paragraph before, or ending with a colon in the same one) presents a text
// (presentWords: "below", "follows", "reads", "read"), takes the author of the letter
// the presenting sentence or the one before it names: "his/her letter" (the
// possessive resolved in the mention pass, possessedDocOwner), "NAME's letter", "a letter
// from NAME", or the subject of "wrote" ("NAME wrote in a letter"). The following
// continuation paragraphs then join it through continuation. No author found: no
// speaker, as before.
//
// Example: "Ines Halder resigned. A letter from Ines Halder was read to the board. It
// reads:\n\n“I could not stay.\n\n“No one asked me why.”" gives both paragraphs to
// Ines Halder.
//
// Cost: a walk over at most two sentences per quotation opening a paragraph. Known
// failures: only the first of several paragraphs each closed by its own mark
// (“…” then “…”) is the author's, the later ones are not continuations; "Halder's
// copy of the letter" finds no author; a "wrote" subject is taken even when the
// letter is someone else's.

// presentWords end a sentence that presents a text set out after it.
var presentWords = set(`below follows reads read`)

// letterNouns are the documents whose author speaks their quoted text.
var letterNouns = set(`letter email note`)

// letterBelow attributes a quotation opening its paragraph after a sentence that
// presents a letter (see the file comment).
func (s *sieve) letterBelow(qi, k, a int) (result, bool) {
	if k != a || a == 0 || s.firstOfPara(k) != k {
		return result{}, false
	}
	prev := a - 1
	for prev > 0 && s.toks[prev].kind == tokBreak {
		prev--
	}
	if s.toks[prev].kind == tokQuote {
		return result{}, false // a quotation before: continuation's
	}
	pa, pb := s.sentenceBounds(prev)
	last := prev
	for last > pa && s.toks[last].kind == tokPunct {
		last--
	}
	if s.toks[last].kind != tokWord || !presentWords[s.toks[last].lower] {
		return result{}, false
	}
	from := pa
	if pa > 0 {
		from, _ = s.sentenceBounds(pa - 1) // "A letter from X was read. It reads:"
	}
	r, ok := s.letterAuthor(from, pb)
	if !ok || r.speaker == "" {
		return result{}, false
	}
	r.method, r.cue, r.conf, r.hasCue = quotes.MethodContinuation, s.toks[last].lower, min(r.conf, confLateCue), true
	return r, true
}

// letterAuthor returns the author toks[a:b+1] gives a letter, if any.
func (s *sieve) letterAuthor(a, b int) (result, bool) {
	toks := s.toks
	for j := a; j <= b; j++ {
		t := &toks[j]
		if t.kind == tokWord && t.lower == "wrote" {
			if r, ok := s.subjectOfVerb(j, b, a); ok && r.speaker != "" {
				return r, true // "Tomas Wrede wrote in a letter to the board"
			}
		}
		if t.kind != tokWord || !letterNouns[t.lower] || j == a {
			continue
		}
		who := -1
		switch d := &toks[j-1]; {
		case d.lower == "his" || d.lower == "her":
			if m, ok := s.people.at(j - 1); ok && s.people.mentions[m].t1 == j+1 {
				who = s.people.mentions[m].person // resolved in the mention pass (possdocs.go)
			}
		case d.poss && d.cap:
			if m := s.mentionEndingAt(j - 1); m >= 0 {
				who = s.people.mentions[m].person // "Wrede's letter"
			}
		case j+2 <= b && toks[j+1].lower == "from" && toks[j+2].cap:
			if m, ok := s.people.at(j + 2); ok {
				who = s.people.mentions[m].person
			}
		}
		if who >= 0 {
			name := s.people.list[who].name
			return result{speaker: name, mention: name, conf: confLateCue}, true
		}
	}
	return result{}, false
}

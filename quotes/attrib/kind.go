package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// Kinds. A quotation standing on its own (at a sentence start, after "," or ":" or a
// speech verb) is direct when it is a clause (at least minDirectWords words, or a
// complete sentence such as "Fake."), else partial when a speech cue governs it, else
// a term. A quotation woven into the reporter's sentence ("described as a “very
// productive” conversation") is partial when the sieve found a cue for it and a term
// (scare quote, title, label) otherwise. A reference-list title and a front-matter
// value are terms.
//
// Example: `a “grand bargain”` with no cue → term; `Trump called it a “standard
// negotiation”` → partial; `“Fake.”` after "a one word post on social media:" → direct.
//
// Known failures: a scare quote in a sentence that also reports speech ("rumors of a
// 28-point “peace deal” reminded him of Soviet “active measures”") is partial; a long
// woven fragment is never direct.

// minDirectWords is the shortest standalone quotation counted as direct: the gold's
// direct quotes are "roughly 5+ words"; 4 keeps "And let them do" style clauses direct
// and no seed or PolNeAR standalone partial has 4 or more words.
const minDirectWords = 4

// kind classifies quotation i given its attribution.
func (s *sieve) kind(i int, r result) quotes.Kind {
	q := s.qs[i]
	if q.transcript {
		return quotes.KindTranscript
	}
	text := strings.TrimSpace(s.text[q.start:q.end])
	if s.inReferenceLine(q) || s.inFrontMatter(q) || s.isTermQuote(i) {
		return quotes.KindTerm
	}
	n := wordCount(text)
	k := s.qtok[i]
	woven := k >= 0 && s.isWoven(k, text)
	if !woven {
		if n >= minDirectWords || isSentence(text) {
			return quotes.KindDirect
		}
		if r.hasCue || r.speaker != "" {
			return quotes.KindPartial
		}
		return quotes.KindTerm
	}
	if r.hasCue || r.speaker != "" {
		return quotes.KindPartial
	}
	return quotes.KindTerm
}

// isWoven reports whether the quotation at token k is part of the reporter's clause:
// a word (not a speech verb) right before it, or a lower-case word right after a
// quotation that does not end in punctuation.
func (s *sieve) isWoven(k int, text string) bool {
	if k > 0 {
		p := s.toks[k-1]
		if p.kind == tokWord && !p.sentEnd && !isStrong(p) {
			return true
		}
	}
	if k+1 < len(s.toks) {
		n := s.toks[k+1]
		last, _ := utf8.DecodeLastRuneInString(text)
		if n.kind == tokWord && !n.cap && !unicode.IsPunct(last) && !isStrong(n) && pronounGender[n.lower] == "" && n.lower != "the" && n.lower != "he" && n.lower != "she" {
			return true
		}
	}
	return false
}

// isSentence reports whether text reads as a complete sentence: a capital first letter
// and final . ! ? (or … ).
func isSentence(text string) bool {
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text, " ,"))
	return unicode.IsUpper(first) && strings.ContainsRune(".!?…", last)
}

// wordCount counts words (runs of letters or digits).
func wordCount(text string) int {
	n, in := 0, false
	for _, r := range text {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '’' || r == '\'' || r == '-'))
	}
	return n
}

// lineOf returns the bounds of the line holding offset i.
func lineOf(text string, i int) (int, int) {
	if i > len(text) {
		i = len(text)
	}
	a := strings.LastIndexByte(text[:i], '\n') + 1
	b := strings.IndexByte(text[i:], '\n')
	if b < 0 {
		return a, len(text)
	}
	return a, i + b
}

// inReferenceLine reports whether the quotation sits on a Markdown reference
// definition line ("[3]: https://… "Title"").
func (s *sieve) inReferenceLine(q span) bool {
	_, ok := s.referenceLabel(q.start)
	return ok
}

// inFrontMatter reports whether the quotation sits inside leading YAML front matter.
func (s *sieve) inFrontMatter(q span) bool {
	if !strings.HasPrefix(s.raw, "---\n") {
		return false
	}
	end := strings.Index(s.raw[4:], "\n---")
	return end >= 0 && q.start < end+4
}

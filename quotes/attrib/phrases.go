package attrib

import (
	"strings"
	"unicode"

	"github.com/quotecheck/quotecheck/quotes"
)

// Round-four cues: fixed phrases that name a speaker without a speech verb next to
// the quotation, and the grammar checks that keep a verb's object from standing as
// its subject.
//
// Problem: "as a Homeland Security memo put it", "in Pence’s words", "the letter
// reads", a transcript turn pasted inside quotation marks ("“PENCE: Well, look, …”"),
// and a quotation whose cue ended the sentence before it ("…, Schiff said. “The other
// factor …”") name their speaker plainly, but none has a speech verb the sieve's other
// rules read. Conversely "63 percent said Clinton was “justified”" has a name right
// after "said" that is the subject of the clause "said" opens, not the speaker, and
// "footage of Trump saying, “…”" has its speaker after "of", where the sieve never
// looks for a subject.
//
// Approach:
//   - quotedLabel: a quotation whose text opens with a label in capitals and a colon
//     is a turn; the label resolves like a transcript label, and when the document
//     has no such person the label stands as written, in title case ("Wallace"),
//     provided another quotation of the document opens with a different label (one
//     alone — "“STOP: …”" — is no transcript);
//   - asPutIt: "as X put it" / "as X puts it" and "in X’s words" in the quotation's
//     sentence;
//   - a document subject's "reads"/"read" is a speech verb (isDocVerb);
//   - previousSentenceCue: a quotation that opens its sentence with no cue takes the
//     subject of the last speech verb of the sentence before it in its paragraph;
//   - opensClause: after "said", a name followed by an auxiliary or verb is the
//     subject of the reported clause, not the speaker (a pronoun there — "Wilson
//     said he had fought …" — is left to speak: it mostly is the speaker);
//   - proposer: "suggesting Putin say that “…”", "urged Trump to tell …": words put
//     in someone's mouth belong to whoever proposes them, the subject of the
//     proposing verb;
//   - participleSubject: a name right after "of" before a speech participle speaks
//     ("footage of Trump saying").
//
// Example: `"WALLACE: But, Governor Pence, I've got to ask you …"` in a document
// where Mike Pence also has a "PENCE:" turn → speaker "Wallace", method transcript.
//
// Cost: a few token look-ups per quotation; counting quoted labels is one pass over
// the quotations, once per document and only when a label is unresolved. Known
// failures: a label in capitals that is a word ("NOTE:") counts as a speaker when the
// document has two of them; a cue two sentences before the quotation is not seen.

// maxLabelWords bounds a label inside quotation marks ("MIKE PENCE:").
const maxLabelWords = 3

// minLabelLetters is the shortest label read inside quotation marks: "Q:" and "A:"
// are interview markers, not names.
const minLabelLetters = 2

// labelPrefix returns the capitals label opening text ("PENCE" in "PENCE: Well"), or
// "" when text does not open with one.
func labelPrefix(text string) string {
	colon := strings.IndexByte(text, ':')
	if colon < minLabelLetters || colon+1 >= len(text) || text[colon+1] != ' ' {
		return ""
	}
	label := text[:colon]
	if len(strings.Fields(label)) > maxLabelWords || strings.TrimSpace(label) != label {
		return ""
	}
	letters := 0
	for _, r := range label {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'':
		default:
			return ""
		}
	}
	if letters < minLabelLetters {
		return ""
	}
	return label
}

// titleCase writes a capitals label as a name is written ("WALLACE" → "Wallace").
func titleCase(label string) string {
	var b strings.Builder
	start := true
	for _, r := range label {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' ' || r == '-' || r == '\''
	}
	return b.String()
}

// quotedLabel gives a quotation opening with "LABEL: " to the label's person.
func (s *sieve) quotedLabel(qi int) (result, bool) {
	q := s.qs[qi]
	label := labelPrefix(s.raw[q.start:q.end])
	if label == "" {
		return result{}, false
	}
	r := result{mention: label, method: quotes.MethodTranscript, cue: "transcript", conf: confTranscript, hasCue: true}
	if p := s.people.resolveLabel(label); p >= 0 {
		r.speaker = s.people.list[p].name
		return r, true
	}
	if s.countLabels() < 2 {
		return result{}, false
	}
	r.speaker = titleCase(label)
	return r, true
}

// countLabels returns how many different labels open the document's quotations,
// counting them on first use.
func (s *sieve) countLabels() int {
	if s.labels > 0 {
		return s.labels - 1
	}
	seen := map[string]bool{}
	for _, q := range s.qs {
		if q.open < 0 {
			continue
		}
		if l := labelPrefix(s.raw[q.start:q.end]); l != "" {
			seen[l] = true
		}
	}
	s.labels = len(seen) + 1
	return len(seen)
}

// asPutIt finds "as X put it" or "in X’s words" in tokens a..b.
func (s *sieve) asPutIt(a, b int) (result, bool) {
	for i := a; i+3 <= b; i++ {
		switch s.toks[i].lower {
		case "as":
			e := i + 1
			for e < b && e <= i+maxAppositionWords && s.toks[e].kind == tokWord && !(s.toks[e].lower == "put" || s.toks[e].lower == "puts") {
				e++
			}
			if e >= b || s.toks[e].kind != tokWord || s.toks[e+1].lower != "it" || e == i+1 {
				continue
			}
			if m := s.subjectAfter(i+1, e); m >= 0 && s.people.mentions[m].t1 == e {
				if r := s.fromMention(m, "put it", quotes.MethodSpeechVerb, confSpeechName); r.speaker != "" {
					return r, true
				}
				continue
			}
			if d, h := s.toks[i+1], s.toks[e-1]; (d.lower == "a" || d.lower == "an" || d.lower == "the") && h.is(lDocNoun|lOrgHead) {
				// "as a Homeland Security memo put it": the document, named by its phrase
				return result{speaker: phraseText(s.toks, i+1, e), mention: phraseText(s.toks, i+1, e), method: quotes.MethodSpeechVerb, cue: "put it", conf: confDescriptor, hasCue: true}, true
			}
		case "in":
			m, ok := s.people.at(i + 1)
			if !ok {
				continue
			}
			e := s.people.mentions[m].t1
			if e <= b && s.toks[e-1].poss && s.toks[e].lower == "words" {
				if r := s.fromMention(m, "words", quotes.MethodSpeechVerb, confSpeechName); r.speaker != "" {
					return r, true
				}
			}
		}
	}
	return result{}, false
}

// isDocVerb reports the verbs a document "says" its words with ("the letter reads").
func isDocVerb(t token) bool {
	return t.kind == tokWord && (t.lower == "reads" || t.lower == "read")
}

// opensClause reports whether the mention m, right after a speech verb, is the
// subject of the clause the verb opens ("said Clinton was …"): an auxiliary or a
// verb follows it.
func (s *sieve) opensClause(m int) bool {
	mm := s.people.mentions[m]
	e := mm.t1
	if mm.kind == mPronoun || e >= len(s.toks) || s.toks[e].kind != tokWord {
		return false // "X said he had …": the pronoun is mostly X, the speaker
	}
	t := s.toks[e]
	switch t.lower {
	case "who", "also", "later", "then", "reportedly":
		return false
	}
	return t.is(lAux) || isStrong(t) || isWeak(t)
}

// participleSubject returns the name right before the participle at v when "of"
// precedes it ("footage of Trump saying"), or -1.
func (s *sieve) participleSubject(v int) int {
	if v < 2 {
		return -1
	}
	m := s.mentionEndingAt(v - 1)
	if m < 0 {
		return -1
	}
	mm := s.people.mentions[m]
	if !s.people.isPerson(mm) || mm.t0 == 0 || s.toks[mm.t0-1].lower != "of" {
		return -1
	}
	return m
}

// previousSentenceCue gives a quotation that opens its sentence, with no cue of its
// own and no quotation before it in its paragraph, to the subject of the last speech
// verb of the sentence before it ("…, Schiff said. “The other factor …”").
func (s *sieve) previousSentenceCue(qi, k, a int) (result, bool) {
	q := s.qs[qi]
	if k != a || a == 0 || s.isWoven(k, s.text[q.start:q.end]) {
		return result{}, false
	}
	prev := a - 1
	if s.toks[prev].kind == tokBreak || s.toks[prev].para != s.toks[k].para {
		return result{}, false
	}
	pa, pb := s.sentenceBounds(prev)
	for i := pa; i <= pb; i++ {
		if s.toks[i].kind == tokQuote {
			return result{}, false // a quotation before it in the paragraph: continuation's
		}
	}
	for v := pb; v >= pa; v-- {
		t := s.toks[v]
		if !isStrong(t) || strings.HasSuffix(t.lower, "ing") {
			continue
		}
		r, ok := s.subjectOfVerb(v, pb, pa)
		if !ok || r.speaker == "" {
			return result{}, false
		}
		r.method, r.conf = quotes.MethodContinuation, min(r.conf, confLateCue)
		return r, true
	}
	return result{}, false
}

// proposeVerbs put words in someone else's mouth ("suggesting Putin say").
var proposeVerbs = set(`suggest suggests suggested suggesting urge urges urged urging
advise advises advised advising propose proposes proposed proposing`)

// proposer returns the proposing verb before a bare "say"/"tell" at v ("suggesting
// Putin say", "urged Trump to say"), or -1.
func (s *sieve) proposer(v, a int) int {
	if w := s.toks[v].lower; w != "say" && w != "tell" {
		return -1
	}
	j := v - 1
	if j >= a && s.toks[j].lower == "to" {
		j--
	}
	if j < a {
		return -1
	}
	m := s.mentionEndingAt(j)
	if m < 0 {
		return -1
	}
	p := s.people.mentions[m].t0 - 1
	if p < a || !proposeVerbs[s.toks[p].lower] {
		return -1
	}
	return p
}

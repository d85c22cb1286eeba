package scan

// Transcript turns.
//
// Problem: a transcript renders each turn as a line "Dmitriev : No, look. …" or
// "SW: Right." with no quotation marks, while news text is full of lines that look
// the same but are not speech: headings ("Context: the Trump plan"), labels ("Note:",
// "Photo:", "Updated:"), titles ("Poll: Clinton and Trump in dead heat").
//
// Approach: one pass collects candidate lines: 1–3 capitalised words (or an all-caps
// label like "MR. TRUMP") at the line start, an optional affiliation in parentheses
// ("Hanna Pruitt (Dunmore Bank):", not part of the name), an optional space, a colon,
// a space and some text, not on a Markdown heading line and not a known label word. A
// candidate
// is accepted as a turn when the layout says "transcript": a space before the colon
// (a typographic habit of transcripts, never of titles), or a run of ≥2 candidate
// lines — separated by nothing but blank lines — carrying ≥2 distinct labels, or a
// label that heads more than one line in the document. The one-letter labels of an
// interview ("Q:", "A:") count only in a run holding both.
//
// Example: "Dmitriev : No, look." is accepted for its " :"; "Ushakov: Well…" followed
// by "Dmitriev: No, no…" are accepted as a run of two labels; a lone
// "Pence: Gennifer Flowers Won’t Be at Debate" title is not.
//
// Cost: one look at the first ≤ maxLabelBytes bytes of each line, and a map over the
// candidates only.
//
// Known failures: a one-turn transcript excerpt without " :" is missed; a Q&A whose
// questions are set in bold or italics with no "Q:" is not a transcript; two adjacent
// label lines like "Source: NATO" / "Photo: AP" are rejected only by the stop list.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLabelBytes bounds a speaker label ("Sen. Elizabeth Warren" is 21 bytes); longer
// prefixes before a colon are sentences, not labels. Chosen above the longest label in
// the seeds and PolNeAR dev (12 bytes) with room for three-word names.
const maxLabelBytes = 40

// maxLabelWords is the number of words a label may have: "MR. DONALD TRUMP".
const maxLabelWords = 3

// notSpeakers are label words that head captions and notes, never turns.
var notSpeakers = map[string]bool{
	"note": true, "notes": true, "photo": true, "photos": true, "updated": true,
	"update": true, "source": true, "sources": true, "correction": true,
	"clarification": true, "credit": true, "credits": true, "image": true, "video": true,
	"watch": true, "listen": true, "read": true, "related": true, "tags": true,
	"posted": true, "published": true, "editor": true, "editor's": true, "context": true,
	"poll": true, "the latest": true, "breaking": true, "exclusive": true,
	"analysis": true, "opinion": true, "summary": true, "example": true, "warning": true,
	"disclaimer": true, "file": true, "filed": true, "by": true,
}

// isQA reports whether a label is the question or answer mark of an interview ("Q:",
// "A:"). Alone such a line is a caption or a quiz; a run holding both is a Q&A
// transcript (see findTurns).
func isQA(label string) bool { return label == "Q" || label == "A" }

// turn is a candidate transcript line.
type turn struct {
	line          int // index of the line in the document, to find runs
	nameStart     int
	nameEnd       int
	colon         int
	start, end    int // the turn's text, trimmed
	spaceBeforeCo bool
}

// findTurns returns the accepted transcript turns in document order.
func findTurns(text, masked string) []turn {
	var cands []turn
	eachLine(masked, func(line, ls, le int) {
		if t, ok := turnCandidate(text, masked, ls, le); ok {
			t.line = line
			cands = append(cands, t)
		}
	})
	if len(cands) == 0 {
		return nil
	}
	labels := make(map[string]int, len(cands))
	for _, t := range cands {
		labels[masked[t.nameStart:t.nameEnd]]++
	}
	accept := make([]bool, len(cands))
	for i := 0; i < len(cands); {
		j := i + 1 // run [i, j): candidates with only blank lines between
		for j < len(cands) && blankBetween(masked, cands[j-1].end, cands[j].nameStart) {
			j++
		}
		q, a := false, false // the run holds a "Q:" and an "A:" line
		for k := i; k < j; k++ {
			if label := masked[cands[k].nameStart:cands[k].nameEnd]; isQA(label) {
				q = q || label == "Q"
				a = a || label == "A"
			}
		}
		// a Q or A label outside an interview's alternation is no label at all
		valid := func(label string) bool { return !isQA(label) || q && a }
		first, distinct := "", false
		for k := i; k < j; k++ {
			label := masked[cands[k].nameStart:cands[k].nameEnd]
			if !valid(label) {
				continue
			}
			if first == "" {
				first = label
			} else if label != first {
				distinct = true
			}
		}
		for k := i; k < j; k++ {
			t := cands[k]
			label := masked[t.nameStart:t.nameEnd]
			accept[k] = valid(label) && (distinct || t.spaceBeforeCo || labels[label] > 1)
		}
		i = j
	}
	out := cands[:0]
	for k, t := range cands {
		if accept[k] {
			out = append(out, t)
		}
	}
	return out
}

// blankBetween reports whether masked[a:b] holds only spaces and newlines.
func blankBetween(masked string, a, b int) bool {
	for i := a; i < b; i++ {
		switch masked[i] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

// turnCandidate checks whether the line [ls, le) looks like "Label : text".
func turnCandidate(text, masked string, ls, le int) (turn, bool) {
	i := ls
	for i < le && (masked[i] == ' ' || masked[i] == '\t') {
		i++
	}
	if i < le && text[i] == '#' { // a Markdown heading, its '#' masked to a space
		return turn{}, false
	}
	for k := ls; k < i; k++ {
		if text[k] == '#' {
			return turn{}, false
		}
	}
	nameStart := i
	words := 0
	lastNonSpace := i
	for {
		// one word: a capital letter, then letters, '.', '-', apostrophes
		r, sz := utf8.DecodeRuneInString(masked[i:le])
		if !unicode.IsUpper(r) {
			return turn{}, false
		}
		i += sz
		for i < le {
			r, sz = utf8.DecodeRuneInString(masked[i:le])
			if !(unicode.IsLetter(r) || r == '.' || r == '-' || r == '\'' || r == '’') {
				break
			}
			i += sz
		}
		words++
		lastNonSpace = i
		if i-nameStart > maxLabelBytes || i >= le {
			return turn{}, false
		}
		if masked[i] == ':' {
			break
		}
		if masked[i] != ' ' {
			return turn{}, false
		}
		i++
		if i < le && masked[i] == ':' {
			break
		}
		if i < le && masked[i] == '(' {
			// an affiliation after the name: "Hanna Pruitt (Dunmore Bank): …"
			j := strings.IndexByte(masked[i:le], ')')
			if j < 0 || i+j-nameStart > maxLabelBytes || strings.ContainsAny(masked[i+1:i+j], ":(") {
				return turn{}, false
			}
			i += j + 1
			if i < le && masked[i] == ' ' {
				i++
			}
			if i >= le || masked[i] != ':' {
				return turn{}, false
			}
			break
		}
		if words == maxLabelWords {
			return turn{}, false
		}
	}
	colon := i
	if colon+1 >= le || masked[colon+1] != ' ' {
		return turn{}, false // "10:30", "http:", or nothing after the colon
	}
	name := masked[nameStart:lastNonSpace]
	if notSpeakers[strings.ToLower(name)] {
		return turn{}, false
	}
	start, end := trimSpan(masked, colon+1, le)
	if start >= end {
		return turn{}, false
	}
	return turn{nameStart: nameStart, nameEnd: lastNonSpace, colon: colon,
		start: start, end: end, spaceBeforeCo: masked[colon-1] == ' '}, true
}

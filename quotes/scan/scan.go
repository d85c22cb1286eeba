// Package scan finds the quotation spans in a document: text between quotation marks
// and transcript turns ("Dmitriev : No, look."). It knows nothing of speakers; the
// attribution sieve (package quotes/attrib) works on its output.
//
// # Problem
//
// News text mixes every quotation convention: “…” "…" ‘…’ «…» „…“ » … «, typing slips
// (“…" closed by a straight mark, “…“ closed the wrong way round), apostrophes that
// look exactly like single closing marks (it’s, the Smiths’ album, ’90s), quotes left
// open at a paragraph end because the next paragraph continues them, quotes nested in
// quotes, and transcripts with no marks at all.
//
// # Approach
//
// One pass over the masked bytes, one paragraph (line) at a time. Every line in the
// corpora we measured is one paragraph (no hard wraps), so a line end closes whatever
// is still open: an unbalanced mark can never swallow the rest of the document.
// Each mark is judged by its neighbours, not its shape:
//
//   - open context: after a space or opening punctuation, before text;
//   - close context: after text, before a space, punctuation or the line end;
//   - a single mark between two letters is an apostrophe (don't, it’s), and one
//     before an elided word ('em, ’n’, ’90s) is too.
//
// A stack of open marks, one entry per nesting level, pairs them by family (double,
// single, guillemet, single guillemet): a closer closes the innermost open quote of
// its family (and any unclosed quotes inside it). A mark with neither context closes
// an open quote of its family (the wrong-way “ in "as possible“he confesses") or else
// opens if that is its natural direction (French « text » with spaces). Only
// outermost quotes are reported. A quote still open at the line end ends there
// (Close = -1); if the next paragraph starts with an opening mark, that quote is
// marked Reopened. An unclosed single-mark quote that contained complete inner quotes
// was most likely a stray apostrophe, and an unclosed quote over maxUnclosed bytes a
// stray mark: the line is rescanned from just after that opener (at most maxRetries
// times per line).
//
// Transcript turns are found first, per line (transcript.go); marks inside a turn
// belong to the turn.
//
// # Example
//
//	He said “it’s ‘fine’ now,” and left.
//
// “ opens (space before, letter after); ’ in it’s is an apostrophe (letters on both
// sides); ‘ opens a nested single quote, ’ closes it; ” closes the outer quote (comma
// before, space after). Result: one Quote with text `it’s ‘fine’ now,`.
//
// # Cost
//
// O(n) in the text length: a table lookup per byte, a rune decode only at marks, no
// allocation except the result (and the turn candidates). Rescans are bounded by
// maxRetries per line. BenchmarkScan measures the throughput.
//
// # Known failures
//
// Plural possessives inside single-quoted text (‘the voters’ worries’) are read as
// apostrophes only when a later closer exists on the line. Inch marks (12" screen)
// after a quote opened on the same line close it. Hard-wrapped text (a paragraph over
// several lines) ends quotes at each line end. Same-family nesting written with one
// mark ("he said "no" then") is read as nesting, so an unclosed quote followed by a
// new one on the same line becomes one quote.
package scan

import (
	"strings"
	"unicode/utf8"
)

// Quote is one quotation the scanner found. Offsets are bytes into the text passed to
// Scan (the original and the masked text share them).
type Quote struct {
	// Start, End is the text inside the marks, trimmed of surrounding spaces; for a
	// transcript turn, the text after the colon to the line end.
	Start, End int
	// Open and Close are the offsets of the opening and closing marks. Close is -1
	// when the quote was left open (it ran to the paragraph or document end). For a
	// transcript turn Open is the colon's offset and Close is End.
	Open, Close int
	// OpenMark and CloseMark are the marks themselves; 0 when absent.
	OpenMark, CloseMark rune
	// Transcript is set for a transcript turn "Name : text" / "SW: text".
	Transcript bool
	// NameStart, NameEnd is the label of a transcript turn ("Dmitriev"); else 0, 0.
	NameStart, NameEnd int
	// Blockquote is set when the quote starts on a Markdown blockquote line ('>').
	Blockquote bool
	// Reopened is set on a paragraph of a multi-paragraph quote that reopens with a
	// mark after the previous paragraph's quote was left open.
	Reopened bool
}

// maxUnclosed is the longest quote, in bytes, that is kept when its closing mark is
// missing. The longest unclosed quote in the seeds and PolNeAR dev gold is under 700
// bytes; an unclosed run past 2,000 bytes has always been a stray mark.
const maxUnclosed = 2000

// maxRetries bounds the rescans of one line after a rejected unclosed opener, keeping
// the scan linear on adversarial input. Real lines needed at most one.
const maxRetries = 4

// maxDepth is the deepest nesting tracked; deeper openers are ignored. Real text nests
// two levels at most.
const maxDepth = 8

// Scan returns the quotations in text in document order, outermost only (nested
// quotes stay inside their outer quote's text), never overlapping. masked must be
// text with markup blanked to spaces (same length); text is consulted only for what
// masking hides (a blockquote's '>', a heading's '#'). If the lengths differ, masked
// is used for both.
func Scan(text, masked string) []Quote {
	if len(text) != len(masked) {
		text = masked
	}
	s := scanner{text: text, masked: masked}
	s.turns = findTurns(text, masked)
	eachLine(masked, s.scanLine)
	return s.out
}

// eachLine calls f with the number and the byte bounds [ls, le) of every line of text
// (le at the '\n' or the end), the last line included even when empty.
func eachLine(text string, f func(line, ls, le int)) {
	line := 0
	for ls := 0; ls <= len(text); line++ {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += ls
		}
		f(line, ls, le)
		ls = le + 1
	}
}

// frame is one open quotation mark on the nesting stack.
type frame struct {
	fam  family
	pos  int
	size int
	mark rune
}

// scanner holds the state of one Scan call.
type scanner struct {
	text, masked string
	turns        []turn
	nextTurn     int
	out          []Quote

	prevOpen bool // the last paragraph ended inside an unclosed quote

	// closerAt and noCloserFrom cache what laterSingleCloser found on this line.
	closerAt, noCloserFrom int
}

// scanLine finds the quotes of the line [ls, le).
func (s *scanner) scanLine(line, ls, le int) {
	first := ls // first non-space byte of the line
	for first < le && isSpaceByte(s.masked[first]) {
		first++
	}
	if first == le {
		return // a blank line keeps prevOpen: the quote may reopen after it
	}
	blockquote := isBlockquote(s.text, ls, le)
	nBefore := len(s.out)
	if s.nextTurn < len(s.turns) && s.turns[s.nextTurn].line == line {
		t := s.turns[s.nextTurn]
		s.nextTurn++
		s.out = append(s.out, Quote{Start: t.start, End: t.end, Open: t.colon, Close: t.end,
			Transcript: true, NameStart: t.nameStart, NameEnd: t.nameEnd, Blockquote: blockquote})
		s.prevOpen = false
		return
	}
	s.closerAt, s.noCloserFrom = -1, le+1
	open := false
	from := ls
	for retry := 0; ; retry++ {
		f, inner, unclosed := s.pass(ls, le, from)
		if !unclosed {
			break
		}
		start, end := trimSpan(s.masked, f.pos+f.size, le)
		// A stray opener: a single mark (most likely an apostrophe), or a straight
		// mark around typographic quotes (an excerpt's opening mark), that never
		// closed but held complete quotes; or an implausibly long unclosed run.
		stray := inner != 0 && (f.fam == famSingle || f.mark < utf8.RuneSelf && inner == innerTypographic) ||
			end-start > maxUnclosed
		if stray && retry < maxRetries {
			from = f.pos + f.size
			continue
		}
		if !stray || end-start <= maxUnclosed {
			open = s.emit(Quote{Start: start, End: end, Open: f.pos, Close: -1, OpenMark: f.mark})
		}
		break
	}
	for k := nBefore; k < len(s.out); k++ {
		s.out[k].Blockquote = blockquote
	}
	if s.prevOpen && len(s.out) > nBefore && s.out[nBefore].Open == first {
		s.out[nBefore].Reopened = true
	}
	s.prevOpen = open
}

// pass scans the line [ls, le) from byte from, emitting every closed outermost quote.
// If a quote is still open at le it returns its outermost frame, what nested quotes
// it held, and unclosed = true.
func (s *scanner) pass(ls, le, from int) (outer frame, inner innerKind, unclosed bool) {
	m := s.masked
	var stack [maxDepth]frame
	depth := 0
	for i := from; i < le; {
		if !leadByte[m[i]] {
			i = nextLead(m, i+1, le)
			continue
		}
		r, sz := rune(m[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(m[i:le])
		}
		mi := markOf(r)
		if mi.fam == famNone {
			i += sz
			continue
		}
		p, n := lineRunes(m, ls, le, i, sz)
		if mi.fam == famSingle && isWord(p) && isWord(n) {
			i += sz // an apostrophe inside a word
			continue
		}
		op := openContext(mi.fam, p, n)
		if op && mi.fam == famSingle && isElision(m, i+sz, le) {
			op = false
		}
		cl := closeContext(p, n)
		target := -1
		if mi.canClose {
			for k := depth - 1; k >= 0; k-- {
				if stack[k].fam == mi.fam {
					target = k
					break
				}
			}
		}
		switch {
		case target >= 0 && cl && mi.fam == famSingle && s.possessive(m, ls, i, sz, le, n):
			// the Smiths’ album: an apostrophe while a later closer can pair
		case target >= 0 && (cl || !op):
			if target == 0 {
				f := stack[0]
				start, end := trimSpan(m, f.pos+f.size, i)
				s.emit(Quote{Start: start, End: end, Open: f.pos, Close: i,
					OpenMark: f.mark, CloseMark: r})
				inner = innerNone
			} else if r >= utf8.RuneSelf {
				inner = innerTypographic
			} else if inner == innerNone {
				inner = innerASCII
			}
			depth = target
		case op || (depth == 0 && !cl && mi.natural == dirOpen && mi.fam != famSingle):
			if depth < maxDepth {
				stack[depth] = frame{fam: mi.fam, pos: i, size: sz, mark: r}
				depth++
			}
		}
		i += sz
	}
	if depth > 0 {
		return stack[0], inner, true
	}
	return frame{}, innerNone, false
}

// innerKind records whether an unclosed quote held complete nested quotes, and whether
// the last one closed with a typographic mark (” ’ »…) or an ASCII one.
type innerKind uint8

// The kinds of nested quote seen inside the outermost open quote.
const (
	innerNone innerKind = iota
	innerASCII
	innerTypographic
)

// possessive reports whether the single closing mark at i (size sz, followed by n)
// reads better as a plural possessive (voters’ worries) because another single
// closing mark follows later on the line.
func (s *scanner) possessive(m string, ls, i, sz, le int, n rune) bool {
	if i == 0 || m[i-1] != 's' || n != ' ' || i+sz+1 >= le {
		return false
	}
	if c := m[i+sz+1]; c < 'a' || c > 'z' {
		return false
	}
	return s.laterSingleCloser(m, ls, i+sz, le)
}

// laterSingleCloser reports whether a single mark in closing context lies in
// [from, le) of the line starting at ls. It remembers what it found (a closer at
// closerAt; none from noCloserFrom on), and queries on a line mostly come in
// increasing order, so the line is read about once.
func (s *scanner) laterSingleCloser(m string, ls, from, le int) bool {
	if s.closerAt >= from {
		return true
	}
	if s.noCloserFrom <= from {
		return false
	}
	for k := from; k < le; {
		if !leadByte[m[k]] {
			k = nextLead(m, k+1, le)
			continue
		}
		r, sz := utf8.DecodeRuneInString(m[k:le])
		if mi := markOf(r); mi.fam == famSingle && mi.canClose {
			p, n := lineRunes(m, ls, le, k, sz)
			if !(isWord(p) && isWord(n)) && closeContext(p, n) {
				s.closerAt = k
				return true
			}
		}
		k += sz
	}
	s.noCloserFrom = from
	return false
}

// emit appends q unless it is empty, and reports whether it was appended.
func (s *scanner) emit(q Quote) bool {
	if q.Start >= q.End {
		return false
	}
	s.out = append(s.out, q)
	return true
}

// isBlockquote reports whether the line [ls, le) of the original text is a Markdown
// blockquote line: optional spaces, then '>'.
func isBlockquote(text string, ls, le int) bool {
	for i := ls; i < le; i++ {
		switch text[i] {
		case ' ', '\t':
		case '>':
			return true
		default:
			return false
		}
	}
	return false
}

// isSpaceByte reports ASCII white space other than newline.
func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' }

// trimSpan shrinks [a, b) past surrounding white space (ASCII, no-break and other
// Unicode spaces), never past each other.
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, sz := utf8.DecodeRuneInString(s[a:b])
		if r == '\n' || !isSpace(r) {
			break
		}
		a += sz
	}
	for b > a {
		r, sz := utf8.DecodeLastRuneInString(s[a:b])
		if r == '\n' || !isSpace(r) {
			break
		}
		b -= sz
	}
	return a, b
}

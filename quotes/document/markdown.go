package document

// Markdown masking, block level. The problem: a Markdown article mixes prose with
// markup that breaks quote scanning (list bullets, "> " before a quoted line, "**" right
// after an opening quote mark, link URLs full of straight quotes and slashes, code).
// The approach is two passes over a same-length copy of the text: this file walks the
// lines once, blanking fenced code blocks, block markers (blockquote ">", list bullets,
// heading "#", thematic breaks) and reference definitions, and cuts the rest into
// segments (paragraphs, list items, headings); inline.go then masks each segment
// (inline code, HTML, links, URLs, emphasis). HTML comments are removed across the
// whole body, since they may span paragraphs.
//
// Example:
//
//	> * **Bacon** said: “It is **bad**.” ([AP News][3])
//	[3]: https://apnews.com/x "Bacon: it is bad | AP News"
//
// masks to
//
//	      Bacon   said: “It is   bad  .” ( AP News    )
//	                         "Bacon: it is bad | AP News"
//
// and References() holds "3" → {URL: https://apnews.com/x, Title: "Bacon: it is bad | AP News"}.
//
// Cost: O(n) in the text length (the inline pass bounds its look-backs by constants).
// Known failures: indented code blocks (four spaces) are kept as prose, since news
// Markdown indents nested lists far more often than code; tables keep their pipes;
// a reference definition is accepted even where CommonMark would read it as paragraph
// text; HTML blocks keep their text content (only tags are blanked).

import (
	"bytes"
	"strings"
)

// span is a half-open byte range [start, end) into a document.
type span struct{ start, end int }

// maskMarkdown blanks Markdown markup in m, a copy of text whose front matter (if any)
// ends at body, and returns the reference definitions keyed by NormalizeLabel.
func maskMarkdown(text string, m []byte, body int) map[string]Reference {
	refs := map[string]Reference{}
	segments := maskBlocks(text, m, body, refs)
	maskComments(m, body)
	for _, s := range segments {
		maskInline(m, s.start, s.end, refs)
	}
	return refs
}

// fence is an open fenced code block: its marker character and length.
type fence struct {
	char byte
	n    int
}

// maskBlocks is the line pass: it blanks block markup and code, records reference
// definitions, and returns the inline segments in order.
func maskBlocks(text string, m []byte, body int, refs map[string]Reference) []span {
	var segs []span
	open := -1 // start of the segment being built, or -1
	closeSeg := func(at int) {
		if open >= 0 && at > open {
			segs = append(segs, span{open, at})
		}
		open = -1
	}
	var inFence *fence
	for ls := body; ls < len(m); {
		le := ls + bytes.IndexByte(m[ls:], '\n')
		next := le + 1
		if le < ls { // last line, no newline
			le, next = len(m), len(m)
		}
		if inFence != nil {
			if isFenceClose(m[ls:le], *inFence) {
				inFence = nil
			}
			blank(m, ls, le)
			ls = next
			continue
		}
		p, newBlock := blankContainers(m, ls, le)
		switch {
		case isBlankLine(m[p:le]):
			closeSeg(ls)
		case isThematicBreak(m[p:le]) || isSetextUnderline(m[p:le]):
			blank(m, p, le)
			closeSeg(ls)
		case openFence(m[p:le]) != nil:
			inFence = openFence(m[p:le])
			blank(m, p, le)
			closeSeg(ls)
		case headingMarker(m[p:le]) > 0:
			blankHeading(m, p, le)
			closeSeg(ls)
			segs = append(segs, span{ls, le})
		case parseRefDef(text, m, p, le, refs):
			closeSeg(ls)
		default:
			if newBlock {
				closeSeg(ls)
			}
			if open < 0 {
				open = ls
			}
		}
		ls = next
	}
	closeSeg(len(m))
	return segs
}

// blankContainers blanks the blockquote markers and list bullets that open the line
// [ls, le) and returns where its content starts, and whether a list item starts here
// (which ends the previous paragraph). Ordered-list numbers ("1.") are kept as text.
func blankContainers(m []byte, ls, le int) (int, bool) {
	p, newBlock := ls, false
	for {
		for p < le && (m[p] == ' ' || m[p] == '\t') {
			p++
		}
		if p >= le {
			return p, newBlock
		}
		switch c := m[p]; {
		case c == '>':
			blank(m, p, p+1)
			p++
		case (c == '*' || c == '-' || c == '+') && (p+1 == le || isSpaceByte(m[p+1])) &&
			!isThematicBreak(m[p:le]):
			blank(m, p, p+1)
			p++
			newBlock = true
		case c >= '0' && c <= '9':
			if q := orderedMarkerEnd(m, p, le); q > p {
				return q, true
			}
			return p, newBlock
		default:
			return p, newBlock
		}
	}
}

// orderedMarkerEnd returns the end of an ordered-list marker ("12." or "3)" then a
// space) at p, or p when there is none.
func orderedMarkerEnd(m []byte, p, le int) int {
	q := p
	for q < le && q-p < 9 && m[q] >= '0' && m[q] <= '9' {
		q++
	}
	if q < le && (m[q] == '.' || m[q] == ')') && (q+1 == le || isSpaceByte(m[q+1])) {
		return q + 1
	}
	return p
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' }

func isBlankLine(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }

// isThematicBreak reports whether b is a line of three or more '*', '-' or '_' (the
// same one), optionally separated by spaces: "***", "- - -".
func isThematicBreak(b []byte) bool {
	var mark byte
	n := 0
	for _, c := range b {
		switch {
		case isSpaceByte(c):
		case (c == '*' || c == '-' || c == '_') && (mark == 0 || c == mark):
			mark = c
			n++
		default:
			return false
		}
	}
	return n >= 3
}

// isSetextUnderline reports whether b is a line of '=' (a level-1 setext heading's
// underline); "---" underlines are thematic breaks to the masking either way.
func isSetextUnderline(b []byte) bool {
	t := bytes.TrimSpace(b)
	return len(t) > 0 && len(bytes.Trim(t, "=")) == 0
}

// openFence returns the fence that line b opens ("```go", "~~~~"), or nil.
func openFence(b []byte) *fence {
	if len(b) < 3 || (b[0] != '`' && b[0] != '~') {
		return nil
	}
	n := 0
	for n < len(b) && b[n] == b[0] {
		n++
	}
	if n < 3 || (b[0] == '`' && bytes.IndexByte(b[n:], '`') >= 0) {
		return nil
	}
	return &fence{char: b[0], n: n}
}

// isFenceClose reports whether line b closes fence f: the same character at least as
// many times, indented by anything, then only white space.
func isFenceClose(b []byte, f fence) bool {
	t := bytes.TrimLeft(b, " \t>")
	n := 0
	for n < len(t) && t[n] == f.char {
		n++
	}
	return n >= f.n && isBlankLine(t[n:])
}

// headingMarker returns the length of an ATX heading marker ("## ") at the start of b,
// or 0.
func headingMarker(b []byte) int {
	n := 0
	for n < len(b) && n < 7 && b[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(b) && !isSpaceByte(b[n])) {
		return 0
	}
	return n
}

// blankHeading blanks the opening "#"s of the heading line [p, le) and an optional
// closing sequence of "#"s preceded by a space.
func blankHeading(m []byte, p, le int) {
	blank(m, p, p+headingMarker(m[p:le]))
	e := le
	for e > p && isSpaceByte(m[e-1]) {
		e--
	}
	s := e
	for s > p && m[s-1] == '#' {
		s--
	}
	if s < e && s > p && isSpaceByte(m[s-1]) {
		blank(m, s, e)
	}
}

// parseRefDef recognizes a reference definition `[label]: url "title"` on the line
// [p, le); when it is one it blanks the label and the URL (keeping the title and its
// quote marks: a headline is a quotable term), records it in refs unless the label is
// already defined, and reports true.
func parseRefDef(text string, m []byte, p, le int, refs map[string]Reference) bool {
	line := text[p:le]
	if len(line) < 4 || line[0] != '[' || strings.HasPrefix(line, "[^") {
		return false
	}
	close := strings.Index(line, "]:")
	if close < 2 || strings.ContainsAny(line[1:close], "[]") {
		return false
	}
	label := line[1:close]
	q := close + 2
	for q < len(line) && isSpaceByte(line[q]) {
		q++
	}
	ds := q
	var dest string
	if q < len(line) && line[q] == '<' {
		e := strings.IndexByte(line[q:], '>')
		if e < 0 {
			return false
		}
		dest, q = line[q+1:q+e], q+e+1
	} else {
		for q < len(line) && !isSpaceByte(line[q]) {
			q++
		}
		dest = line[ds:q]
	}
	if dest == "" {
		return false
	}
	title, ok := refTitle(line[q:])
	if !ok {
		return false
	}
	blank(m, p, p+q)
	if key := NormalizeLabel(label); key != "" {
		if _, dup := refs[key]; !dup {
			refs[key] = Reference{Label: label, URL: dest, Title: title}
		}
	}
	return true
}

// refTitle parses the optional title after a reference definition's destination:
// white space then "…", '…' or (…) and nothing after; ok is false for anything else.
func refTitle(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return "", true
	}
	if len(t) < 2 || len(s) == len(strings.TrimLeft(s, " \t")) {
		return "", false
	}
	first, last := t[0], t[len(t)-1]
	if (first == '"' && last == '"') || (first == '\'' && last == '\'') || (first == '(' && last == ')') {
		return t[1 : len(t)-1], true
	}
	return "", false
}

// maskComments blanks HTML comments "<!-- … -->" in m from body on; an unclosed
// comment opener is blanked alone rather than swallowing the rest of the document.
// Once an opener finds no "-->" after it, no later opener can, so the search for
// closers stops there (keeping a text of many unclosed openers linear).
func maskComments(m []byte, body int) {
	closable := true
	for i := body; i < len(m); {
		o := bytes.Index(m[i:], []byte("<!--"))
		if o < 0 {
			return
		}
		o += i
		c := -1
		if closable {
			c = bytes.Index(m[o+4:], []byte("-->"))
		}
		if c < 0 {
			closable = false
			blank(m, o, o+4)
			i = o + 4
			continue
		}
		end := o + 4 + c + 3
		blank(m, o, end)
		i = end
	}
}

package attrib

import (
	"sort"
	"strings"
)

// Line bounds by index. The kind, credit and list rules ask for the line around a
// quotation several times each (a reference-definition line? a list item? a link
// further on the line?), and lineOf searched backwards and forwards through the text
// on every call, at a cost that grows with the line's length (3% of extraction time on
// the benchmark corpus). Instead the sieve finds the line starts once per document (one
// IndexByte sweep) and answers each question by binary search.
//
// Example: in "ab\ncd" the starts are [0 3]; offset 4 lies on the line [3, 5), offset
// 2 (the newline) on [0, 2).
//
// Cost: O(n) once per document, O(log lines) per question. Known failures: none; the
// answers equal lineOf's (TestLineIndexMatchesLineOf).

// lineStartsInto returns the offsets where the lines of text start — 0 and every
// byte after a '\n' — appending to buf[:0].
func lineStartsInto(buf []int, text string) []int {
	out := append(buf[:0], 0)
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '\n')
		if j < 0 {
			return out
		}
		i += j + 1
		out = append(out, i)
	}
}

// lineOf returns the bounds of the line of s.raw holding offset i, as the function
// lineOf does, from the line index when the sieve has one.
func (s *sieve) lineOf(i int) (int, int) {
	if s.lines == nil {
		return lineOf(s.raw, i)
	}
	if i > len(s.raw) {
		i = len(s.raw)
	}
	j := sort.SearchInts(s.lines, i+1) - 1 // the last start at or before i
	if j+1 < len(s.lines) {
		return s.lines[j], s.lines[j+1] - 1
	}
	return s.lines[j], len(s.raw)
}

package attrib

import "strings"

// Markdown reference links, "[AP News][3]": the link text and the label of every one
// in a text, for the credited-source rules (credit.go).
//
// Problem: the links were found with the regexp \[([^\]\n]+)\]\[([^\]\n]+)\], which
// cost 5% of extraction time on linked articles.
//
// Approach: the same leftmost, non-overlapping matches by hand. From each "[" the
// link text runs to the first "]" (not crossing a line end, at least one byte), a "["
// must follow at once, then the label runs to the next "]" the same way; on a match
// the search goes on after it, otherwise from the byte after the "[". Neither part can
// hold "]", so there is only one way to match at a given start, as in the regexp.
//
// Example: "see [AP News][3] and [x]" → one link, text "AP News", label "3".
//
// Cost: linear in the text (a text without "][" is skipped at once). Known failures:
// none relative to the regexp, which TestRefLinksMatchRegexp and FuzzRefLinks check.

// refLink is one reference link: its text and its label, as written.
type refLink struct{ text, label string }

// findRefLinks returns the reference links of s in order.
func findRefLinks(s string) []refLink {
	if !strings.Contains(s, "][") {
		return nil
	}
	var out []refLink
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '[')
		if j < 0 {
			break
		}
		start := i + j
		text, afterText, ok := bracketed(s, start)
		if ok && afterText < len(s) && s[afterText] == '[' {
			if label, end, ok := bracketed(s, afterText); ok {
				out = append(out, refLink{text: text, label: label})
				i = end
				continue
			}
		}
		i = start + 1
	}
	return out
}

// bracketed reads "[x]" at s[open] (s[open] is "["): x is one or more bytes with no
// "]" and no line end. It returns x and the offset after the "]".
func bracketed(s string, open int) (string, int, bool) {
	for k := open + 1; k < len(s); k++ {
		switch s[k] {
		case ']':
			if k == open+1 {
				return "", 0, false
			}
			return s[open+1 : k], k + 1, true
		case '\n':
			return "", 0, false
		}
	}
	return "", 0, false
}

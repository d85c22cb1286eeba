package document

// Masking: the problem is that scanners must not see markup, front matter, code or
// URLs (a `"` inside an href, or `**` between a quote mark and its first word, breaks
// quote detection), yet every offset they report must be valid in the original text.
// The approach is to work on a copy of the bytes and overwrite what must disappear with
// blanks of the same length: every blanked byte becomes ' ' except '\n', which is kept
// so that lines never shift. Blanking always covers whole runes, so Masked stays valid
// UTF-8 wherever Text is.
//
// Example: "see https://x.org/a, then" → "see                 , then".
//
// Cost: one pass over the text per rule, O(n). Known failures: a bare URL is taken to
// run to white space or a quote mark, so a URL glued to following prose
// ("https://x.org/athen") is blanked with that prose.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// blank overwrites m[start:end] with spaces, keeping newlines. Callers pass rune
// boundaries; start and end are clamped to the buffer.
func blank(m []byte, start, end int) {
	if start < 0 {
		start = 0
	}
	if end > len(m) {
		end = len(m)
	}
	for i := start; i < end; i++ {
		if m[i] != '\n' {
			m[i] = ' '
		}
	}
}

// blankInvalidUTF8 blanks every byte of m that is not part of a valid UTF-8 sequence
// in text and returns the offset of the first such byte, or -1 when text is valid.
// The UTF-8 byte order mark is blanked too: it is invisible, never a word.
func blankInvalidUTF8(text string, m []byte) int {
	first := -1
	if strings.HasPrefix(text, "\uFEFF") {
		blank(m, 0, 3)
	}
	if utf8.ValidString(text) {
		return first
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			m[i] = ' '
		}
		i += size
	}
	return first
}

// maskText blanks what plain text carries that is not prose: bare URLs.
func maskText(m []byte) {
	for i := 0; i < len(m); {
		if end := bareURLEnd(m, i); end > i {
			blank(m, i, end)
			i = end
			continue
		}
		i++
	}
}

// bareURLEnd returns the end of a bare http(s) URL starting at i, or i when none starts
// there. A URL must start a word, runs to white space, a quote mark or an angle bracket,
// and loses trailing sentence punctuation and unbalanced closing brackets, so that in
// `(see https://x.org).` only "https://x.org" is blanked.
func bareURLEnd(m []byte, i int) int {
	if (m[i] != 'h' && m[i] != 'H') || isWordRune(runeBefore(m, i)) {
		return i
	}
	rest := m[i:]
	var n int
	switch {
	case hasPrefixFold(rest, "https://"):
		n = len("https://")
	case hasPrefixFold(rest, "http://"):
		n = len("http://")
	default:
		return i
	}
	end := i + n
	for end < len(m) {
		r, size := utf8.DecodeRune(m[end:])
		if isURLStop(r) {
			break
		}
		end += size
	}
	// Trim trailing punctuation and closing brackets that the URL does not open.
	for end > i+n {
		c := m[end-1]
		if strings.IndexByte(".,;:!?'*_", c) >= 0 {
			end--
			continue
		}
		if (c == ')' && count(m[i:end], '(') < count(m[i:end], ')')) ||
			(c == ']' && count(m[i:end], '[') < count(m[i:end], ']')) {
			end--
			continue
		}
		break
	}
	if end == i+n { // "https://" alone is not a URL worth hiding
		return i
	}
	return end
}

// isURLStop reports whether r ends a bare URL: white space, ASCII or typographic quote
// marks and angle brackets never occur unescaped inside a URL in running text.
func isURLStop(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', '"', '<', '>', '`',
		'“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '\u00a0', utf8.RuneError:
		return true
	}
	return r == '\u2028' || r == '\u2029' || (r >= '\u2000' && r <= '\u200a') || r == '\u3000'
}

func count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// hasPrefixFold reports whether b starts with the ASCII lower-case prefix p, ignoring
// ASCII case.
func hasPrefixFold(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for j := 0; j < len(p); j++ {
		c := b[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[j] {
			return false
		}
	}
	return true
}

// runeBefore returns the rune that ends just before offset i, or ' ' at the start.
func runeBefore(m []byte, i int) rune {
	if i <= 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRune(m[:i])
	return r
}

// runeAt returns the rune starting at offset i, or ' ' at or past the end.
func runeAt(m []byte, i int) rune {
	if i >= len(m) {
		return ' '
	}
	r, _ := utf8.DecodeRune(m[i:])
	return r
}

// isWordRune reports whether r is a letter or digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

package attrib

import (
	"strings"
	"unicode/utf8"
)

// Byte-level helpers for the tokenizer's fast path: news text is mostly ASCII, and a
// table look-up per byte is far cheaper than decoding a rune and asking package
// unicode. Every helper gives the same answer as the rune-level test it replaces.

// Byte classes of asciiClass.
const (
	cPunct byte = iota // anything else: a punctuation token of its own
	cWord              // a letter or digit: starts or continues a word
	cSpace             // white space or Markdown emphasis (* _ # `): skipped
	cBreak             // a line end
)

// asciiClass classifies ASCII bytes the way tokenize treats their runes.
var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cWord
		t[c-'a'+'A'] = cWord
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cWord
	}
	for _, c := range "\t\v\f\r *_#`" {
		t[c] = cSpace
	}
	t['\n'] = cBreak
	return t
}()

// asciiLower returns s with A-Z lower-cased and every other byte unchanged, so that
// the lower-case form of an ASCII word is the same byte range of the result.
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // start of the bytes not yet written
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

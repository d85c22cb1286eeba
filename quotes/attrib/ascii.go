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

// Flags of wordByte.
const (
	bWord  byte = 1 << iota // an ASCII letter or digit
	bUpper                  // an ASCII upper-case letter
)

// wordByte flags every byte value at once, so that the word loop of plainASCIIWord
// needs one table load per byte and no branch for case: non-ASCII bytes are 0 and
// end the fast path like punctuation. It agrees with asciiClass on cWord.
var wordByte = func() (t [256]byte) {
	for c := range utf8.RuneSelf {
		if asciiClass[c] == cWord {
			t[c] = bWord
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= bUpper
	}
	return t
}()

// asciiLower returns s with A-Z lower-cased and every other byte unchanged, so that
// the lower-case form of an ASCII word is the same byte range of the result.
//
// It reads eight bytes at a time: upperMask finds the upper-case letters of a chunk
// without a branch per byte, and chunks without one (three in four in news text) are
// copied in runs. This halves the cost of the byte-by-byte loop it replaced (4% of
// extraction time).
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	from := 0 // start of the bytes not yet written
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		m := upperMask(x)
		if m == 0 {
			continue
		}
		b.WriteString(s[from:i])
		x |= m >> 2 // 0x80 >> 2 = 0x20, the case bit
		for k := 0; k < 8; k++ {
			b.WriteByte(byte(x >> (8 * k)))
		}
		from = i + 8
	}
	for ; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String()
}

// upperMask returns 0x80 in each byte of x that is an ASCII upper-case letter and 0
// elsewhere. Each byte's low seven bits are compared with 'A' and 'Z' by adding to
// them so that the comparison's answer lands in bit 7, which the seven bits alone
// never reach, so bytes do not carry into each other; bytes of 0x80 and above (UTF-8
// sequences) are cleared by the final ^x.
func upperMask(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	low7 := x &^ high
	geA := low7 + ones*(0x80-'A')   // bit 7 set where low7 >= 'A'
	gtZ := low7 + ones*(0x80-'Z'-1) // bit 7 set where low7 > 'Z'
	return geA &^ gtZ &^ x & high
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

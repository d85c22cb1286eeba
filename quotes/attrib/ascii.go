package attrib

import (
	"sync"
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

// folder gives the words of a document that hold upper-case ASCII letters their
// lower-case form. The tokenizer used to lower-case a copy of the whole text for them
// (a third of all the bytes extraction allocated, and with them a third of its garbage
// collections); capitalised words are about a tenth of the text, so folder copies only
// those, one after another, into a buffer kept between documents, and apply turns the
// buffer into one string and hands each token its slice of it. Words without an
// upper-case letter are their own lower form and never come here.
//
// Example: in "Trump said Putin" add(0, "Trump") and add(2, "Putin") fill buf with
// "trumpputin"; apply sets toks[0].lower = "trump" and toks[2].lower = "putin".
type folder struct {
	buf []byte // the folded words, one after another
	fix []int  // for each folded word: its token's index, its offset in buf

	// glued lists the capitalised words that may be glued to a suffix ("Witkoffand")
	// for splitGluedSuffixes; kept here, off the tokenizer's crowded registers.
	glued []int
}

// folders keeps folder buffers between documents and across workers.
var folders = sync.Pool{New: func() any { return new(folder) }}

// add appends the lower-case form of the ASCII word w, the lower form of token k.
func (f *folder) add(k int, w string) {
	f.fix = append(f.fix, k, len(f.buf))
	n := len(f.buf)
	f.buf = append(f.buf, w...)
	for i := n; i < len(f.buf); i++ {
		if c := f.buf[i]; 'A' <= c && c <= 'Z' {
			f.buf[i] = c + 'a' - 'A'
		}
	}
}

// apply sets lower and lex on the tokens of the folded words (their indices are those
// given to add) and empties f for the next document.
func (f *folder) apply(toks []token) {
	if len(f.fix) == 0 {
		return
	}
	s := string(f.buf) // one allocation for the document
	for n := 0; n < len(f.fix); n += 2 {
		k, from, to := f.fix[n], f.fix[n+1], len(s)
		if n+3 < len(f.fix) {
			to = f.fix[n+3] // where the next word starts
		}
		t := &toks[k]
		t.lower = s[from:to]
		t.lex = lexLookup(t.lower)
	}
	f.buf, f.fix = f.buf[:0], f.fix[:0]
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

// hasUpper reports whether s holds an ASCII upper-case letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

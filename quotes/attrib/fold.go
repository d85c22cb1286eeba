package attrib

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold lower-cases s and strips accents (NFKD, combining marks dropped), so that
// "Umérov" and "Umerov" compare equal.
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s) // NFKD leaves ASCII alone
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldWord is fold(t.text) without the work: for an ASCII word with no final period the
// tokenizer's lower-case form is already the folded one.
func foldWord(t *token) string {
	if t.kind == tokWord && !strings.HasSuffix(t.text, ".") && isASCII(t.text) {
		return t.lower
	}
	return fold(t.text)
}

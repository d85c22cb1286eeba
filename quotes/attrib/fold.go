package attrib

import (
	"strings"

	"github.com/quotecheck/quotecheck/quotes/names"
)

// fold lower-cases s and strips accents, so that "Umérov" and "Umerov" compare equal.
func fold(s string) string { return names.FoldAccents(s) }

// foldWord is fold(t.text) without the work: for an ASCII word with no final period the
// tokenizer's lower-case form is already the folded one.
func foldWord(t *token) string {
	if t.kind == tokWord && !strings.HasSuffix(t.text, ".") && isASCII(t.text) {
		return t.lower
	}
	return fold(t.text)
}

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

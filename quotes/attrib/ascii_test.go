package attrib

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFolder(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words []string // one token per word; only those with upper-case letters are added
	}{
		{"none", nil},
		{"one", []string{"Trump"}},
		{"mixed", []string{"Trump", "said", "U.S", "NATO", "x", "McGinley", "Putin"}},
		{"every byte", []string{"AZ@[`{az09", "A", "Z"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := folders.Get().(*folder)
			defer folders.Put(f)
			toks := make([]token, len(tc.words))
			for k, w := range tc.words {
				toks[k].text = w
				if hasUpper(w) {
					f.add(k, w)
				} else {
					toks[k].lower, toks[k].lex = w, lexLookup(w) // as the tokenizer does
				}
			}
			f.apply(toks)
			for _, tok := range toks {
				assert.Equal(t, strings.ToLower(tok.text), tok.lower)
				assert.Equal(t, lexLookup(tok.lower), tok.lex, tok.text)
			}
			require.Empty(t, f.buf, "apply leaves the folder empty for the next document")
			require.Empty(t, f.fix)
		})
	}
}

func TestHasUpper(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{{"", false}, {"abc", false}, {"@[`{", false}, {"aBc", true}, {"Z", true}, {"À", false}} {
		assert.Equal(t, tc.want, hasUpper(tc.s), tc.s)
	}
}

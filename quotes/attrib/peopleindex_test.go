package attrib

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIsPerson pins the one "named person, not an organisation" test: the mention and
// the person it resolved to must both be non-organisations, and only names qualify.
func TestIsPerson(t *testing.T) {
	p := &people{list: []person{{name: "Ann Lee"}, {name: "Kestland Institute", org: true}}}
	tests := []struct {
		name string
		m    mention
		want bool
	}{
		{"resolved name", mention{kind: mName, person: 0}, true},
		{"unresolved name", mention{kind: mName, person: -1}, false},
		{"organisation person", mention{kind: mName, person: 1}, false},
		{"organisation mention", mention{kind: mName, person: 0, org: true}, false},
		{"pronoun", mention{kind: mPronoun, person: 0}, false},
		{"role", mention{kind: mRole, person: 0}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, p.isPerson(tt.m))
		})
	}
}

// TestOrgHeadsASCII pins the precondition of the orgByWord index: every orgHeads
// word is ASCII lower case, so a name matches it by ASCII case-folding alone.
func TestOrgHeadsASCII(t *testing.T) {
	for w := range orgHeads {
		assert.True(t, isASCII(w) && strings.ToLower(w) == w, w)
	}
}

// TestLatestMention checks the look-backs the mention index serves: the latest
// organisation holding a head word, and a document noun's last resolved author.
func TestLatestMention(t *testing.T) {
	text := "The Kestland Institute for Public Health said it would act. The Vell Institute said nothing. " +
		"The institute said more. The agency’s assessment report was out. The agency said so."
	p := findPeople(tokenize(text, nil))
	vell := p.orgByHead("institute")
	require.GreaterOrEqual(t, vell, 0)
	assert.Equal(t, "Vell Institute", p.list[vell].name)
	assert.Equal(t, -1, p.orgByHead("ministry"))
}

package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
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

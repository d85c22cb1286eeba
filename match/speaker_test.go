package match

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"the ministry", "the ministry’s statement", true},
		{"the ministry's statement", "the ministry", true},
		{"the ministry", "The Ministry", true},
		{"Ann Lee", "ann lee", true},
		{"", "Ann Lee", true},
		{"Ann Lee", "Bo Berg", false},
		{"the ministry", "Ann Lee", false},
		{"the ministry", "the port authority", false},
		{"the min", "the ministry", false},
		{"a post on the harbour website", "Ann Lee", false},
		{"Lee", "Ann Lee", false}, // names are made canonical upstream: a bare surname is another speaker
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			assert.Equal(t, tt.same, sameSpeaker(tt.a, tt.b))
			assert.Equal(t, tt.same, sameSpeaker(tt.b, tt.a))
		})
	}
}

// TestTraceSpeakerFlagBetweenDescriptors: two descriptors of one body raise no
// speaker flag; a person against a descriptor does.
func TestTraceSpeakerFlagBetweenDescriptors(t *testing.T) {
	words := "Freight will move to the coastal line as far as capacity allows."
	ref := doc("a", "A", "2026-01-05", 1, "the ministry", words)
	desc := doc("b", "B", "2026-01-06", 1, "the ministry’s statement", words)
	upper := doc("c", "C", "2026-01-06", 1, "The ministry", words)
	person := doc("d", "D", "2026-01-06", 1, "Ann Lee", words)
	cs := Trace(append(append(append(ref, desc...), upper...), person...))
	require.Len(t, cs, 1)
	for _, m := range cs[0].Members {
		switch m.Quote {
		case desc[0], upper[0]:
			assert.NotContains(t, m.Drift.Flags, FlagSpeaker, m.Quote.Speaker)
		case person[0]:
			assert.Contains(t, m.Drift.Flags, FlagSpeaker)
		}
	}
}

package attrib

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCamelSplitMatchesReference: the ASCII shortcuts of camelSplit answer as the
// rune-level reference tokenizer's split (tokens_ref_test.go).
func TestCamelSplitMatchesReference(t *testing.T) {
	for _, w := range []string{
		"", "a", "A", "9lives", "alliesWitkoff", "McGinley", "iPhone", "ordinary", "Witkoffand",
		"éclairWitkoff", "Éclair", "alliesÉmile", "ñandúWitkoff", "allies’Witkoff", "x\xffY",
	} {
		require.Equal(t, refCamelSplit(w), camelSplit(w), "%q", w)
	}
}

// FuzzCamelSplit: camelSplit agrees with the reference on any word.
func FuzzCamelSplit(f *testing.F) {
	f.Add("alliesWitkoff")
	f.Fuzz(func(t *testing.T, w string) {
		require.Equal(t, refCamelSplit(w), camelSplit(w), "%q", w)
	})
}

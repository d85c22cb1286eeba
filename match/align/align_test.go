package align

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func split(s string) []string { return strings.Fields(s) }

func TestScriptRuns(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []string // "kind from>to" for each non-equal run
	}{
		{"same", "a b c", "a b c", nil},
		{"replace one", "he got to sell", "he going to sell", []string{"replace got>going"}},
		{"phrase replace", "as close to it as possible", "as similar as possible", []string{"replace close to it>similar"}},
		{"insert", "they might not take it and say", "they might not take it but they will say",
			[]string{"replace and>but they will"}},
		{"delete", "a b c d", "a d", []string{"delete b c>"}},
		{"from empty", "", "a b", []string{"insert >a b"}},
		{"to empty", "a b", "", []string{"delete a b>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := split(tt.a), split(tt.b)
			var got []string
			for _, o := range Runs(Script(a, b)) {
				if o.Kind != Equal {
					got = append(got, o.Kind.String()+" "+strings.Join(a[o.A0:o.A1], " ")+">"+strings.Join(b[o.B0:o.B1], " "))
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestFit(t *testing.T) {
	a := split("but at least it will be as close to it as possible")
	lo, hi, cost := Fit(a, split("as close as possible"))
	assert.Equal(t, "as close to it as possible", strings.Join(a[lo:hi], " "))
	assert.Equal(t, 2, cost)
	lo, hi, cost = Fit(a, nil)
	assert.Equal(t, [3]int{0, 0, 0}, [3]int{lo, hi, cost})
}

// checkScript holds Script and Distance against the reference DP.
func checkScript(t *testing.T, a, b []string) {
	t.Helper()
	ref := ReferenceDistance(a, b)
	ops := Script(a, b)
	require.Equal(t, ref, Cost(ops), "script cost vs reference for %q / %q", a, b)
	require.Equal(t, ref, Distance(a, b), "distance vs reference")
	if len(a)+len(b) > 0 {
		require.Equal(t, strings.Join(b, " "), strings.Join(Apply(ops, a, b), " "), "script must produce b")
	}
	for _, o := range ops {
		if o.Kind == Equal {
			require.Equal(t, a[o.A0:o.A1], b[o.B0:o.B1])
		}
	}
	_, _, fitCost := Fit(a, b)
	require.LessOrEqual(t, fitCost, ref, "fitting inside a never costs more than the whole")
}

// TestScriptMatchesReference is the property test: on random word sequences from a
// small vocabulary the fast script has exactly the reference DP's cost.
func TestScriptMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	vocab := split("a b c d e f")
	gen := func() []string {
		n := rng.Intn(12)
		out := make([]string, n)
		for i := range out {
			out[i] = vocab[rng.Intn(len(vocab))]
		}
		return out
	}
	for range 3000 {
		checkScript(t, gen(), gen())
	}
}

// FuzzScript checks the same property on fuzzed input, one byte per word.
func FuzzScript(f *testing.F) {
	f.Add("abcab", "acbba")
	f.Add("", "xyz")
	f.Fuzz(func(t *testing.T, x, y string) {
		if len(x) > 40 || len(y) > 40 {
			return
		}
		checkScript(t, strings.Split(x, ""), strings.Split(y, ""))
	})
}

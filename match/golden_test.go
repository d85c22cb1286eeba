package match

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/match")

// goldenTrace is the readable trace of the seed gold quotes, kept under version
// control so that a review sees every change in clusters, relations and drift.
const goldenTrace = "../testdata/match/seeds-trace.golden"

func TestTraceGolden(t *testing.T) {
	qs, _ := loadGold(t)
	var b strings.Builder
	for _, c := range Trace(qs) {
		if len(c.Members) < 2 {
			continue
		}
		fmt.Fprintf(&b, "%s speakers=%q origin=%q reference=%s\n", c.ID, c.Speakers, c.Origin, label(c.Reference.Doc.ID, c.Reference.Text))
		if c.First != nil {
			fmt.Fprintf(&b, "  first=%s tied=%d\n", label(c.First.Doc.ID, c.First.Text), len(c.FirstTied))
		}
		for _, m := range c.Members {
			fmt.Fprintf(&b, "  %-10s %.2f %s\n", m.Relation, m.Similarity, label(m.Quote.Doc.ID, m.Quote.Text))
			for _, e := range m.Drift.Edits {
				fmt.Fprintf(&b, "      %s %q -> %q\n", e.Op, e.From, e.To)
			}
			if len(m.Drift.Flags) > 0 {
				fmt.Fprintf(&b, "      flags %v\n", m.Drift.Flags)
			}
		}
	}
	got := b.String()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(goldenTrace), 0o755))
		require.NoError(t, os.WriteFile(goldenTrace, []byte(got), 0o644))
	}
	want, err := os.ReadFile(goldenTrace)
	require.NoError(t, err, "run go test ./match -run TraceGolden -update")
	require.Equal(t, string(want), got)
}

func label(doc, text string) string {
	return filepath.Base(doc)[:3] + ":" + fmt.Sprintf("%q", short(text))
}

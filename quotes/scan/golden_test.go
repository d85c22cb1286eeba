package scan

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files: go test ./quotes/scan -run Golden -args -update
var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGoldenSeeds pins the scanner's full output on the embedded seeds, so any change
// of behaviour shows up as a reviewable diff of testdata/seeds.golden.
func TestGoldenSeeds(t *testing.T) {
	var b strings.Builder
	for i, s := range seedTexts(t) {
		for _, q := range Scan(s, s) {
			fmt.Fprintf(&b, "%d %d-%d open=%d close=%d marks=%q%q transcript=%v reopened=%v %q\n",
				i, q.Start, q.End, q.Open, q.Close, q.OpenMark, q.CloseMark,
				q.Transcript, q.Reopened, s[q.Start:q.End])
		}
	}
	path := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if got := b.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("seeds output differs from %s at line %d:\n got %s\nwant %s", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("seeds output differs from %s: %d lines, want %d", path, len(gl), len(wl))
	}
}

package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under ../../testdata/")

// TestSeedsJSONGolden freezes the contract JSON of extract and trace on the embedded
// seeds, end to end through the command, so any change to positions, speakers, kinds,
// clusters or drift shows up as a diff in review (go test ./cmd/quotecheck -run Golden
// -update rewrites them after an intended change).
func TestSeedsJSONGolden(t *testing.T) {
	for _, tc := range []struct{ cmd, file string }{
		{"extract", "seeds.extract.json"},
		{"trace", "seeds.trace.json"},
	} {
		t.Run(tc.cmd, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", tc.cmd, "--format", "json")
			require.Equal(t, exitOK, code, stderr)
			path := filepath.Join("..", "..", "testdata", tc.file)
			if *update {
				require.NoError(t, os.WriteFile(path, []byte(stdout), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run with -update to create it")
			assert.Equal(t, string(want), stdout)
		})
	}
}

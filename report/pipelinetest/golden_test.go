package pipelinetest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/report"
)

// update rewrites the golden files: go test ./report/pipelinetest -update
var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestSeedsGolden renders the seeds' trace in each format for people and compares it
// with testdata/. A change in extraction or matching shows here as a readable diff of
// what a reader would see; rewrite with -update after checking it is an improvement.
func TestSeedsGolden(t *testing.T) {
	r := seedsResult(t)
	for _, tt := range []struct {
		file   string
		render func(*bytes.Buffer) error
	}{
		{"seeds.trace.txt", func(b *bytes.Buffer) error { return report.TraceText(b, r, report.TextOptions{}) }},
		{"seeds.trace.md", func(b *bytes.Buffer) error { return report.Markdown(b, r) }},
		{"seeds.trace.html", func(b *bytes.Buffer) error { return report.HTML(b, r) }},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, tt.render(&buf))
			path := filepath.Join("testdata", tt.file)
			if *update {
				require.NoError(t, os.MkdirAll("testdata", 0o755))
				require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "missing golden file; run go test ./report/pipelinetest -update")
			require.Equal(t, string(want), buf.String(), "%s changed; rerun with -update if intended", path)
		})
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCmd runs the program in-process and returns its exit status and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"quotecheck"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestUsageErrorsExitTwoWithOneLine(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "blob.txt")
	require.NoError(t, os.WriteFile(bin, []byte("\x00\x01\x02binary\x00"), 0o644))
	cases := []struct {
		name string
		args []string
		want string // substring of the one-line error
	}{
		{"unknown command", []string{"frobnicate"}, "frobnicate"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"empty directory", []string{"trace", dir + "/empty"}, "empty"},
		{"binary file", []string{"extract", bin}, "blob.txt"},
		{"bad format", []string{"extract", "--format", "yaml"}, "yaml"},
		{"compare needs two", []string{"compare", "only one"}, "two"},
	}
	require.NoError(t, os.Mkdir(filepath.Join(dir, "empty"), 0o755))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", tc.args...)
			assert.Equal(t, exitUsage, code)
			assert.Empty(t, stdout, "no partial output on stdout")
			assert.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
			assert.Contains(t, stderr, tc.want)
		})
	}
}

func TestExtractSeedsJSON(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "extract", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var out struct {
		Version   int `json:"version"`
		Documents []struct {
			ID     string  `json:"id"`
			Outlet *string `json:"outlet"`
		} `json:"documents"`
		Quotes []struct {
			ID, Doc, Text string
			Start, End    int
			Line, Col     int
			Kind          string
		} `json:"quotes"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	assert.Equal(t, 1, out.Version)
	require.Len(t, out.Documents, 5)
	assert.Equal(t, "seeds/000_dd99ae9645c1ca65.txt", out.Documents[0].ID)
	require.NotNil(t, out.Documents[0].Outlet)
	assert.Equal(t, "bne IntelliNews", *out.Documents[0].Outlet)
	assert.Greater(t, len(out.Quotes), 100)
	for _, q := range out.Quotes {
		assert.Less(t, q.Start, q.End, q.ID)
		assert.GreaterOrEqual(t, q.Line, 1)
		assert.GreaterOrEqual(t, q.Col, 1)
	}
}

func TestStdinAndOutputFile(t *testing.T) {
	dir := t.TempDir()
	outPath := filepath.Join(dir, "out.json")
	code, stdout, stderr := runCmd(t, "“We will win,” she said.\n", "extract", "-o", outPath, "-")
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stdout)
	data, err := os.ReadFile(outPath)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"text": "We will win,"`)
}

func TestTraceSeedsHasClusters(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "trace", "--format", "json")
	require.Equal(t, exitOK, code, stderr)
	var out struct {
		Clusters []struct {
			Members []struct{ Quote string } `json:"members"`
		} `json:"clusters"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	big := 0
	for _, c := range out.Clusters {
		if len(c.Members) >= 3 {
			big++
		}
	}
	assert.GreaterOrEqual(t, big, 5, "the seeds have passages carried by 3+ quotes")
}

func TestCompare(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "compare", "--format", "json",
		"He’s got to sell Ukraine to Russia", "He’s going to sell Ukraine to Russia")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, `"modality"`)
	code, stdout, _ = runCmd(t, "", "compare", "--format", "text", "a b c", "a b c")
	require.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "verbatim")
}

func TestInterspersedFlags(t *testing.T) {
	app := newApp(&env{})
	cases := []struct{ in, want []string }{
		{[]string{"q", "compare", "a", "b", "--format", "json"}, []string{"q", "compare", "--format", "json", "a", "b"}},
		{[]string{"q", "check", "d.md", "--corpus", "c", "--verbose", "-"}, []string{"q", "check", "--corpus", "c", "--verbose", "d.md", "-"}},
		{[]string{"q", "trace", "x", "-o=f.html"}, []string{"q", "trace", "-o=f.html", "x"}},
		{[]string{"q", "compare", "--", "--format", "b"}, []string{"q", "compare", "--", "--format", "b"}},
		{[]string{"q", "nope", "x", "--format", "json"}, []string{"q", "nope", "x", "--format", "json"}},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, interspersed(tc.in, app), "%v", tc.in)
	}
}

func TestProgressBar(t *testing.T) {
	assert.Equal(t, "\r["+strings.Repeat(".", progressWidth)+"] 0/10 documents", renderBar(0, 10))
	assert.Equal(t, "\r["+strings.Repeat("#", progressWidth/2)+strings.Repeat(".", progressWidth/2)+"] 5/10 documents", renderBar(5, 10))
	assert.Equal(t, "", renderBar(0, 0))
	var buf bytes.Buffer
	assert.Nil(t, progressBar(&buf, 1000), "not a terminal: no bar")
}

func TestBadInputIsSkippedWithAWarning(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	require.NoError(t, os.WriteFile(good, []byte("“We will win,” she said.\n"), 0o644))
	utf := filepath.Join(dir, "latin1.txt")
	require.NoError(t, os.WriteFile(utf, []byte("\xabNous gagnerons\xbb, a-t-elle dit. “Yes,” he said.\n"), 0o644))
	huge := filepath.Join(dir, "huge.txt")
	require.NoError(t, os.WriteFile(huge, bytes.Repeat([]byte("“a” "), 50<<20/8), 0o644))
	bin := filepath.Join(dir, "sub", "image.txt")
	require.NoError(t, os.MkdirAll(filepath.Dir(bin), 0o755))
	require.NoError(t, os.WriteFile(bin, []byte("\x89PNG\x00\x00\x00"), 0o644))

	code, stdout, stderr := runCmd(t, "", "extract", "--format", "json", dir)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "huge.txt")
	assert.Contains(t, stderr, "image.txt")
	assert.Contains(t, stderr, "invalid UTF-8")
	assert.Contains(t, stdout, `"We will win,"`)
	assert.Contains(t, stdout, `"Yes,"`)

	// The huge file alone: nothing readable is left, so it is an error, on one line.
	code, stdout, stderr = runCmd(t, "", "extract", "--format", "json", huge)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, stdout)
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	assert.Contains(t, lines[len(lines)-1], "no readable documents", stderr)

	// Empty input and unbalanced marks are fine: no quotes, or what can be paired.
	code, stdout, _ = runCmd(t, "", "extract", "--format", "json", "-")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stdout, `"quotes": []`)
	code, _, stderr = runCmd(t, strings.Repeat("“unclosed ", 10000), "trace", "--format", "json", "-")
	assert.Equal(t, exitOK, code, stderr)
}

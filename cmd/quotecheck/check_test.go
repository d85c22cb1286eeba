package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// draftsDir holds drafts that each plant one problem against the embedded seed corpus.
const draftsDir = "../../testdata/check/drafts"

type checkOutput struct {
	Version  int `json:"version"`
	Findings []struct {
		Path     string `json:"path"`
		Line     int    `json:"line"`
		Col      int    `json:"col"`
		Severity string `json:"severity"`
		Rule     string `json:"rule"`
		Message  string `json:"message"`
	} `json:"findings"`
	Summary struct {
		Files, Quotes, Errors, Warnings int
	} `json:"summary"`
}

func TestCheckPlantedDrafts(t *testing.T) {
	tests := []struct {
		draft     string
		rule      string
		line, col int
		message   string // a substring of the message
	}{
		{"misattributed.md", "quote-misattributed", 3, 43, "Donald Trump"},
		{"number.md", "quote-altered", 3, 45, "number"},
		{"modality.md", "quote-altered", 3, 37, "“might” → “will” (modality)"},
		{"negation.md", "quote-altered", 3, 31, "negation"},
		{"unverified.md", "quote-unverified", 3, 56, "not found"},
		{"credit.md", "quote-credit", 3, 51, "credits Reuters"},
		{"drift.md", "quote-drift", 3, 51, "“maybe” → “perhaps”"},
		{"platform.md", "quote-credit", 3, 20, "posted on Truth Social"},
	}
	for _, tt := range tests {
		t.Run(tt.draft, func(t *testing.T) {
			path := filepath.Join(draftsDir, tt.draft)
			code, stdout, stderr := runCmd(t, "", "check", "--config", noConfig(t), "--fail-on", "warning", "--format", "json", path)
			require.Equal(t, exitFindings, code, stderr)
			var out checkOutput
			require.NoError(t, json.Unmarshal([]byte(stdout), &out), stdout)
			require.Len(t, out.Findings, 1, "exactly one finding: %s", stdout)
			f := out.Findings[0]
			assert.Equal(t, tt.rule, f.Rule, f.Message)
			assert.Equal(t, []int{tt.line, tt.col}, []int{f.Line, f.Col})
			assert.Equal(t, path, f.Path)
			assert.Contains(t, f.Message, tt.message)
			assert.Contains(t, stderr, "1 file")
		})
	}
}

// TestCheckCleanDrafts: faithful drafts give no finding — including speakers the draft
// only describes ("the president said"), a person addressed ("told Ushakov") and a
// platform credit ("wrote on X") the sources do not contradict.
func TestCheckCleanDrafts(t *testing.T) {
	for _, draft := range []string{"clean.md", "described.md"} {
		t.Run(draft, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", "check", "--config", noConfig(t), "--fail-on", "warning",
				filepath.Join(draftsDir, draft))
			assert.Equal(t, exitOK, code, stdout+stderr)
			assert.Empty(t, stdout)
			assert.Empty(t, stderr)
		})
	}
}

func TestCheckFailOnAndUsage(t *testing.T) {
	unverified := filepath.Join(draftsDir, "unverified.md")
	code, stdout, _ := runCmd(t, "", "check", "--config", noConfig(t), unverified)
	assert.Equal(t, exitOK, code, "a warning does not fail --fail-on error")
	assert.Contains(t, stdout, "unverified.md:3:56: warning:")
	code, _, _ = runCmd(t, "", "check", "--config", noConfig(t), "--fail-on", "never", filepath.Join(draftsDir, "negation.md"))
	assert.Equal(t, exitOK, code)
	code, _, _ = runCmd(t, "", "check", "--config", noConfig(t), filepath.Join(draftsDir, "negation.md"))
	assert.Equal(t, exitFindings, code)

	bad := filepath.Join(t.TempDir(), "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("disable: [quote-nope]\n"), 0o644))
	for name, args := range map[string][]string{
		"no draft":     {"check"},
		"bad fail-on":  {"check", "--fail-on", "sometimes", unverified},
		"bad format":   {"check", "--format", "html", unverified},
		"bad config":   {"check", "--config", bad, unverified},
		"missing file": {"check", filepath.Join(draftsDir, "nope.md")},
	} {
		t.Run(name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", args...)
			assert.Equal(t, exitUsage, code, stderr)
			assert.Empty(t, stdout)
			assert.Regexp(t, `^quotecheck: [^\n]+\n$`, stderr)
		})
	}
}

// TestCheckSuppressions: a suppression with a reason silences its quote; one without a
// reason is reported and silences nothing.
func TestCheckSuppressions(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "check", "--config", noConfig(t), "--fail-on", "warning", "--format", "json",
		filepath.Join(draftsDir, "suppressed.md"))
	require.Equal(t, exitFindings, code, stderr)
	var out checkOutput
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), stdout)
	var got []string
	for _, f := range out.Findings {
		got = append(got, fmt.Sprintf("%d:%d %s", f.Line, f.Col, f.Rule))
	}
	assert.Equal(t, []string{"6:1 suppression-invalid", "7:2 quote-unverified"}, got)
}

// TestCheckConfigCorpus: corpus paths in the configuration are relative to its file,
// and replace the embedded seeds; --corpus overrides them.
func TestCheckConfigCorpus(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "archive"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "archive", "wire.md"),
		[]byte("“The bridge will open in May,” the mayor, Ana Lopez, said.\n"), 0o644))
	cfg := filepath.Join(dir, ".quotecheck.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("corpus: [archive]\n"), 0o644))
	draft := filepath.Join(dir, "draft.md")
	require.NoError(t, os.WriteFile(draft, []byte("“The bridge will open in May,” Ana Lopez said.\n"), 0o644))

	code, stdout, stderr := runCmd(t, "", "check", "--config", cfg, "--fail-on", "warning", draft)
	assert.Equal(t, exitOK, code, stdout+stderr)
	assert.Empty(t, stdout)

	code, stdout, _ = runCmd(t, "", "check", "--config", cfg, "--fail-on", "warning", "--corpus", filepath.Join(draftsDir, "clean.md"), draft)
	assert.Equal(t, exitFindings, code)
	assert.Contains(t, stdout, "quote-unverified")
}

// TestCheckSARIFValidates: the real command's SARIF for every planted draft validates
// against the SARIF 2.1.0 schema.
func TestCheckSARIFValidates(t *testing.T) {
	f, err := os.Open("../../testdata/check/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("sarif.json", doc))
	schema, err := c.Compile("sarif.json")
	require.NoError(t, err)
	code, stdout, stderr := runCmd(t, "", "check", "--config", noConfig(t), "--verbose", "--format", "sarif", draftsDir)
	require.Equal(t, exitFindings, code, stderr)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(stdout))
	require.NoError(t, err)
	require.NoError(t, schema.Validate(inst))
	assert.Contains(t, stdout, `"ruleId": "quote-misattributed"`)
}

// TestCheckNeverModifiesDrafts: the drafts are byte-identical after a check.
func TestCheckNeverModifiesDrafts(t *testing.T) {
	path := filepath.Join(draftsDir, "negation.md")
	before, err := os.ReadFile(path)
	require.NoError(t, err)
	runCmd(t, "", "check", "--config", noConfig(t), "--format", "sarif", path)
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, before, after)
}

// noConfig is an empty configuration file, so a .quotecheck.yaml above the checkout
// cannot change the test's outcome.
func noConfig(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "empty.yaml")
	require.NoError(t, os.WriteFile(p, nil, 0o644))
	return p
}

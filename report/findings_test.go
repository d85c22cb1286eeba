package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/match/check"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files in testdata/")
	}
}

// findingsGoldenDir holds the findings renderers' golden files (the check helper's
// testdata); rewrite with go test ./report -run Findings -update.
const findingsGoldenDir = "../testdata/check/golden"

// fixtureFindings is a hand-built check result: a draft with a multi-byte line (columns
// count characters, not bytes), a path with a comma and a colon (GitHub property
// escaping), a message with % and a newline, every severity, evidence with and without
// outlet and date.
func fixtureFindings(t testing.TB) ([]check.Finding, check.Summary) {
	t.Helper()
	draftText := "# Draft\n\nÜber alles, “He’s going to sell Ukraine,” Witkoff said.\n" +
		"“We will win 100% of it,” he said.\n<!-- quotecheck-disable-next-line quote-drift -->\n"
	draft := &document.Document{ID: "drafts/a,b:c.md", Path: "drafts/a,b:c.md", Format: document.FormatMarkdown,
		Text: draftText, Masked: draftText}
	day, err := time.Parse("2006-01-02", "2025-11-26")
	require.NoError(t, err)
	srcText := "Trump said: “He’s got to sell Ukraine.”\n"
	src := &document.Document{ID: "seeds/003.txt", Path: "seeds/003.txt", Format: document.FormatText, Text: srcText,
		Masked: srcText, Meta: document.Meta{Outlet: "The Witkoff Leak (blog)",
			Published: document.Date{Time: day, Precision: document.PrecisionDay, Raw: "2025-11-26"}}}
	bare := &document.Document{ID: "corpus/x.txt", Path: "corpus/x.txt", Format: document.FormatText, Text: srcText, Masked: srcText}
	span := func(d *document.Document, s string) quotes.Span {
		i := strings.Index(d.Text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return quotes.Span{Start: i, End: i + len(s)}
	}
	srcQ := &quotes.Quote{ID: "q1", Doc: src, Span: span(src, "He’s got to sell Ukraine."), Text: "He’s got to sell Ukraine.",
		Kind: quotes.KindDirect, Speaker: "Donald Trump"}
	bareQ := &quotes.Quote{ID: "q2", Doc: bare, Span: span(bare, "He’s got to sell Ukraine."), Text: "He’s got to sell Ukraine.", Kind: quotes.KindDirect}
	q1 := "He’s going to sell Ukraine,"
	q2 := "We will win 100% of it,"
	fs := []check.Finding{
		{Doc: draft, Span: span(draft, q1), Severity: check.SeverityError, Rule: check.RuleMisattributed,
			Message: "attributed to Steve Witkoff, but The Witkoff Leak (blog) gives these words to Donald Trump",
			Quote:   q1, Speaker: "Steve Witkoff", Evidence: []check.Evidence{{Quote: srcQ, Similarity: 0.8765}, {Quote: bareQ, Similarity: 0.5}}},
		{Doc: draft, Span: span(draft, q2), Severity: check.SeverityWarning, Rule: check.RuleUnverified,
			Message: "not found in the reference corpus: 100% new\nsecond line", Quote: q2, Speaker: "Steve Witkoff"},
		{Doc: draft, Span: span(draft, q2), Severity: check.SeverityInfo, Rule: check.RuleVerified,
			Message: "matches corpus/x.txt (verbatim)", Quote: q2, Evidence: []check.Evidence{{Quote: bareQ, Similarity: 1}}},
		{Doc: draft, Span: span(draft, "<!-- quotecheck-disable-next-line quote-drift -->"), Severity: check.SeverityWarning,
			Rule: check.RuleSuppressionInvalid, Message: "suppression comment gives no reason"},
	}
	return fs, check.Summarize(1, 2, fs)
}

func findingsGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(findingsGoldenDir, name)
	if updating() {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test ./report -run Findings -update")
	require.Equal(t, string(want), string(got), "output differs from %s; run with -update if intended", path)
}

func TestFindingsGolden(t *testing.T) {
	fs, sum := fixtureFindings(t)
	renderers := map[string]func(*bytes.Buffer) error{
		"findings.txt":    func(b *bytes.Buffer) error { return FindingsText(b, fs, TextOptions{}) },
		"findings.json":   func(b *bytes.Buffer) error { return FindingsJSON(b, fs, sum) },
		"findings.sarif":  func(b *bytes.Buffer) error { return FindingsSARIF(b, fs) },
		"findings.github": func(b *bytes.Buffer) error { return FindingsGitHub(b, fs) },
	}
	for name, render := range renderers {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, render(&b))
			findingsGolden(t, name, b.Bytes())
		})
	}
}

func TestFindingsPositions(t *testing.T) {
	fs, sum := fixtureFindings(t)
	var b bytes.Buffer
	require.NoError(t, FindingsJSON(&b, fs, sum))
	var out jsonCheck
	require.NoError(t, json.Unmarshal(b.Bytes(), &out))
	f := out.Findings[0]
	// "Über alles, “" is 13 characters (but 16 bytes): the quote starts at column 14.
	assert.Equal(t, []int{3, 14, 3, 41}, []int{f.Line, f.Col, f.EndLine, f.EndCol})
	assert.Equal(t, jsonSummary{Files: 1, Quotes: 2, Errors: 1, Warnings: 2}, out.Summary)
	assert.Nil(t, out.Findings[3].Quote, "a finding without a quote has quote null")
}

func TestFindingsEmpty(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, FindingsText(&b, nil, TextOptions{}))
	assert.Empty(t, b.String(), "a clean draft prints nothing")
	require.NoError(t, FindingsGitHub(&b, nil))
	assert.Empty(t, b.String())
	require.NoError(t, FindingsJSON(&b, nil, check.Summary{}))
	assert.Contains(t, b.String(), `"findings": []`)
}

func TestGitHubEscaping(t *testing.T) {
	assert.Equal(t, "a%25b%0D%0Ac: d, e", escapeData("a%b\r\nc: d, e"))
	assert.Equal(t, "drafts/a%2Cb%3Ac.md", escapeProperty("drafts/a,b:c.md"))
}

// TestSARIFSchema validates the SARIF output against the OASIS SARIF 2.1.0 schema
// (shipped in testdata/check; it came from the npm package @microsoft/jest-sarif).
func TestSARIFSchema(t *testing.T) {
	schemaFile, err := os.Open("../testdata/check/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	defer schemaFile.Close()
	doc, err := jsonschema.UnmarshalJSON(schemaFile)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", doc))
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)

	fs, _ := fixtureFindings(t)
	for name, findings := range map[string][]check.Finding{"findings": fs, "none": nil} {
		var b bytes.Buffer
		require.NoError(t, FindingsSARIF(&b, findings))
		inst, err := jsonschema.UnmarshalJSON(&b)
		require.NoError(t, err)
		assert.NoError(t, schema.Validate(inst), name)
	}

	// The validation can fail: a result without a message is rejected.
	bad := map[string]any{"version": "2.1.0", "runs": []any{map[string]any{
		"tool":    map[string]any{"driver": map[string]any{"name": "x"}},
		"results": []any{map[string]any{"ruleId": "r"}}}}}
	assert.Error(t, schema.Validate(bad))
}

func TestFindingsSummaryLine(t *testing.T) {
	assert.Equal(t, "1 file, 9 quotes checked: 1 error, 2 warnings",
		FindingsSummaryLine(check.Summary{Files: 1, Quotes: 9, Errors: 1, Warnings: 2}))
	assert.Equal(t, "2 files, 1 quote checked: 0 errors, 1 warning, 3 verified quotes",
		FindingsSummaryLine(check.Summary{Files: 2, Quotes: 1, Warnings: 1, Infos: 3}))
}

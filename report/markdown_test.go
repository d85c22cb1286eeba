package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Markdown(&buf, fixtureResult(t)))
	reportGolden(t, "trace.md", buf.Bytes())
}

func TestMarkdownContent(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Markdown(&buf, fixtureResult(t)))
	out := buf.String()
	for _, want := range []string{
		"## c2: Steve Witkoff",
		"| The \"Daily\" \\<b\\> | We put a ~~20-point~~ **28-point** plan together | 2025-11-26 | normalized | 0.83 | number |",
		"**\\<script\\>alert(1)\\</script\\> \\| ok**",
		"- First appearance: 2025-11-26, shared by Wire \\& Co, The \"Daily\" \\<b\\>",
		"- Credited origin: none credited",
		"| fixture/undated.txt | ~~We~~ put a 20-point plan ~~together.~~ | no date | fragment | 0.80 |  |",
	} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "Great call")
}

func TestMdEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"a | b", `a \| b`},
		{"*bold* _it_ `code` [link](x) <b> a~b &amp;", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> a\\~b \\&amp;"},
		{"# heading", `\# heading`},
		{"- item", `\- item`},
		{"20-point", "20-point"},
		{"1. first", `1\. first`},
		{"line\nbreak\r\nhere", "line break here"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, mdEscape(tt.in), tt.in)
	}
}

func FuzzMdEscape(f *testing.F) {
	f.Add("a | b *c* \n# d")
	f.Add("1. \\| ~~x~~ <script>")
	f.Fuzz(func(t *testing.T, s string) {
		out := mdEscape(s)
		if strings.ContainsAny(out, "\n\r") {
			t.Fatalf("line break left in %q", out)
		}
		for i := 0; i < len(out); i++ {
			if strings.IndexByte("|*_`<>[]~&", out[i]) >= 0 && (i == 0 || out[i-1] != '\\') {
				t.Fatalf("unescaped %q at %d in %q", out[i], i, out)
			}
			if out[i] == '\\' { // skip the escaped character
				i++
			}
		}
	})
}

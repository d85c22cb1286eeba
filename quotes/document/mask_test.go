package document

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// requireMaskInvariants checks what every masking must keep: the same length, newlines
// in place, every other byte either unchanged or a blank, whole runes blanked.
func requireMaskInvariants(t testing.TB, text, masked string) {
	t.Helper()
	require.Len(t, masked, len(text), "masked length")
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			require.Equal(t, byte('\n'), masked[i], "newline at %d", i)
			continue
		}
		if masked[i] != text[i] && masked[i] != ' ' {
			t.Fatalf("byte %d changed to %q, not blanked: %q", i, masked[i], text)
		}
	}
	if utf8.ValidString(text) && !utf8.ValidString(masked) {
		t.Fatalf("masking split a rune: %q → %q", text, masked)
	}
}

func maskMD(text string) (string, map[string]Reference) {
	end, _ := frontMatterEnd(text)
	m := []byte(text)
	blank(m, 0, end)
	refs := maskMarkdown(text, m, end)
	return string(m), refs
}

func TestMaskMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want string // want: the masked text's words, space-joined
	}{
		{"front matter", "---\ntitle: \"T\"\n---\nBody “quote”.", "Body “quote”."},
		{"fenced code", "Before\n```go\nx := \"not a quote\"\n```\nAfter", "Before After"},
		{"tilde fence unclosed", "A\n~~~\n\"q\"\n", "A"},
		{"inline code", "Run `say \"hi\"` now", "Run now"},
		{"double backtick code", "Run ``a ` b`` now", "Run now"},
		{"unclosed backtick", "a ` b", "a ` b"},
		{"html comment across lines", "a <!-- x\n\n\"y\" --> b", "a b"},
		{"unclosed comment", "a <!-- b <!-- c", "a b c"},
		{"html tags", "a <em class=\"x\">b</em> c<br/>", "a b c"},
		{"inline link", "See [the report](https://x.org/a \"T\") now", "See the report now"},
		{"image", "![alt text](img.png) x", "alt text x"},
		{"link with parens in url", "[w](https://en.wikipedia.org/wiki/A_(b)) x", "w x"},
		{"autolink", "Go <https://x.org/a?b=\"c\"> now", "Go now"},
		{"bare url", "See https://x.org/path, then", "See , then"},
		{"bare url in parens", "(see https://x.org/a).", "(see )."},
		{"bare url before curly quote", "“https://x.org/a”", "“ ”"},
		{"emphasis in quote", "“**Donetsk** and _more_.”", "“ Donetsk and more .”"},
		{"emphasis adjacent", "“**Donetsk and maybe**.”", "“ Donetsk and maybe .”"},
		{"single star emphasis", "the *original* draft", "the original draft"},
		{"snake_case kept", "call snake_case_name now", "call snake_case_name now"},
		{"lone star kept", "5 * 3 and a* b", "5 * 3 and a* b"},
		{"strikethrough", "~~old~~ new", "old new"},
		{"tilde number kept", "~900,000 to ~600,000", "~900,000 to ~600,000"},
		{"escaped star", `a \*not\* b`, "a *not * b"},
		{"blockquote", "> “From that.”\n> > nested", "“From that.” nested"},
		{"bullets", "* one\n- two\n  + three", "one two three"},
		{"ordered list kept", "1. **Staging**", "1. Staging"},
		{"dash in prose kept", "a - b", "a - b"},
		{"heading", "## Context: the plan ##\ntext", "Context: the plan text"},
		{"hash not heading", "#hashtag", "#hashtag"},
		{"thematic break", "a\n\n* * *\n\nb", "a b"},
		{"reference link", "([AP News][3])\n\n[3]: https://apnews.com/x \"How Witkoff coached | AP News\"",
			"( AP News ) \"How Witkoff coached | AP News\""},
		{"collapsed reference", "[AP][]\n\n[ap]: https://a.b", "AP"},
		{"shortcut reference", "[AP]\n\n[ap]: https://a.b", "AP"},
		{"undefined shortcut kept", "“[Witkoff] said”", "“[Witkoff] said”"},
		{"ref def angle dest", "[x]: <https://a.b> 'T'", "'T'"},
		{"not a ref def", "[x]: is not a url def \"t\"", "[x]: is not a url def \"t\""},
		{"multi-byte around markup", "«**Привет**» — _мир_", "« Привет » — мир"},
		{"footnote kept", "a[^1] b", "a[^1] b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := maskMD(tt.in)
			requireMaskInvariants(t, tt.in, got)
			assert.Equal(t, tt.want, strings.Join(strings.Fields(got), " "), "masked: %q", got)
		})
	}
}

func TestMaskMarkdownExactOffsets(t *testing.T) {
	in := "> “**Donetsk** and [more](https://x.org)”"
	got, _ := maskMD(in)
	assert.Equal(t, "  “  Donetsk   and  more"+strings.Repeat(" ", len("](https://x.org)"))+"”", got)
	assert.Equal(t, strings.Index(in, "Donetsk"), strings.Index(got, "Donetsk"))
}

func TestReferences(t *testing.T) {
	in := "Text ([AP News][3]).\n\n[3]: https://apnews.com/a \"Headline | AP News\"\n" +
		"[AP  Two]: <https://b.c/d>\n[3]: https://dup.example \"second\"\n"
	_, refs := maskMD(in)
	require.Len(t, refs, 2)
	assert.Equal(t, Reference{Label: "3", URL: "https://apnews.com/a", Title: "Headline | AP News"}, refs["3"])
	assert.Equal(t, Reference{Label: "AP  Two", URL: "https://b.c/d"}, refs[NormalizeLabel("ap two")])
}

func TestMaskText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"see https://staging.x.com/legal.", "see ."},
		{"HTTP://X.ORG/a b", "b"},
		{"nohttps://x.org", "nohttps://x.org"},
		{"“quote” and http://", "“quote” and http://"},
		{"**kept** in text", "**kept** in text"},
	}
	for _, tt := range tests {
		m := []byte(tt.in)
		maskText(m)
		requireMaskInvariants(t, tt.in, string(m))
		assert.Equal(t, tt.want, strings.Join(strings.Fields(string(m)), " "), tt.in)
	}
}

func TestBlankInvalidUTF8(t *testing.T) {
	text := "ok \xff “q” \xc3"
	m := []byte(text)
	at := blankInvalidUTF8(text, m)
	assert.Equal(t, 3, at)
	assert.Equal(t, "ok   “q”  ", string(m))
	requireMaskInvariants(t, text, string(m))

	bom := "\uFEFFHello"
	m = []byte(bom)
	assert.Equal(t, -1, blankInvalidUTF8(bom, m))
	assert.Equal(t, "   Hello", string(m))
}

func FuzzMaskMarkdown(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: x\n---\n# H\n> “**a** b” ([AP][1])\n\n[1]: https://x \"T\"",
		"```\ncode\n```\n* item `c` <b>x</b> <!-- c --> https://a.b/c_d",
		"[a](b) ![c](d) [e][] [f] *g* _h_ ~~i~~ \\* <a@b.c>",
		"\xff\xfe**\n>\n- \n#",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, refs := maskMD(text)
		requireMaskInvariants(t, text, got)
		for k := range refs {
			require.Equal(t, NormalizeLabel(k), k)
		}
	})
}

func BenchmarkMaskMarkdown(b *testing.B) {
	data, err := seedText("003_d70c0996fcc28e84.txt")
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		maskMD(data)
	}
}

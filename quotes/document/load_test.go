package document

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/quotecheck/quotecheck/seeds"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedText returns an embedded seed file's text.
func seedText(name string) (string, error) {
	b, err := fs.ReadFile(seeds.FS(), name)
	return string(b), err
}

func TestLoadSeeds(t *testing.T) {
	docs, warns, err := Load(nil, nil)
	require.NoError(t, err)
	assert.Empty(t, warns)
	require.Len(t, docs, 5)
	wantOutlets := []string{"bne IntelliNews", "The Insider", "Spanish-language daily (machine translation)",
		"The Witkoff Leak (blog)", "Meduza"}
	for i, d := range docs {
		assert.True(t, strings.HasPrefix(d.ID, "seeds/"), d.ID)
		assert.Equal(t, d.ID, d.Path)
		assert.Equal(t, wantOutlets[i], d.Meta.Outlet)
		assert.Equal(t, "en", d.Meta.Language)
		assert.True(t, d.Meta.Published.Known())
		requireMaskInvariants(t, d.Text, d.Masked)
	}
	assert.Equal(t, "seeds/000_dd99ae9645c1ca65.txt", docs[0].ID)
	assert.Equal(t, FormatText, docs[0].Format)
	assert.Equal(t, PrecisionDay, docs[0].Meta.Published.Precision)
	assert.Empty(t, docs[1].Meta.URL, "an empty sources.tsv cell stays unknown")

	blog := docs[3]
	assert.Equal(t, FormatMarkdown, blog.Format, "a .txt with front matter is read as Markdown")
	assert.Equal(t, "2025-11-27 09:00:00 +0200", blog.Meta.Published.Raw, "front matter wins over sources.tsv")
	assert.Equal(t, PrecisionSecond, blog.Meta.Published.Precision)
	want, _ := time.Parse(time.RFC3339, "2025-11-27T09:00:00+02:00")
	assert.True(t, want.Equal(blog.Meta.Published.Time))
	assert.Equal(t, "The Witkoff Leak", blog.Meta.Title)
	refs := blog.References()
	require.Len(t, refs, 12)
	assert.Equal(t, "https://apnews.com/article/trump-witkoff-putin-ukraine-bloomberg-3844a3721d92dd9ae9681547a0814d88", refs["3"].URL)
	assert.True(t, strings.HasSuffix(refs["3"].Title, "| AP News"))
	assert.True(t, strings.Contains(blog.Masked, "done:   Donetsk and maybe a land swap somewhere  .”"), "emphasis blanked")
	assert.False(t, strings.Contains(blog.Masked, "title:"), "front matter blanked")
}

// writeFiles creates files under dir from name → content.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
}

func TestLoadDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"b.md":              "---\noutlet: FM Outlet\n---\n“Quote,” he said.",
		"a.TXT":             "Plain “text”.",
		"notes.pdf":         "ignored",
		"sub/c.htm":         "<p>Sub page</p>",
		"sub/sources.tsv":   "file\toutlet\tpublished\nc.htm\tSub Outlet\tsoon\n",
		"sources.tsv":       "file\toutlet\na.TXT\tTSV Outlet\nb.md\tLoses\n",
		".git/x.txt":        "hidden",
		"bin.txt":           "abc\x00def",
		"latin1.txt":        "caf\xe9 “ok”",
		"sub/deeper/d.html": "<p>Deep</p>",
	})
	docs, warns, err := Load([]string{dir}, nil)
	require.NoError(t, err)
	var ids []string
	for _, d := range docs {
		ids = append(ids, strings.TrimPrefix(d.ID, filepath.ToSlash(dir)+"/"))
		requireMaskInvariants(t, d.Text, d.Masked)
	}
	assert.Equal(t, []string{"a.TXT", "b.md", "latin1.txt", "sub/c.htm", "sub/deeper/d.html"}, ids, "sorted, recursive, hidden and binary skipped")
	assert.Equal(t, "TSV Outlet", docs[0].Meta.Outlet)
	assert.Equal(t, "FM Outlet", docs[1].Meta.Outlet, "front matter before sources.tsv")
	assert.Equal(t, "Sub Outlet", docs[3].Meta.Outlet, "each directory has its own sources.tsv")
	assert.False(t, docs[3].Meta.Published.Known())
	assert.Equal(t, "caf\xe9 “ok”", docs[2].Text, "Text kept as read")
	assert.Equal(t, "caf  “ok”", docs[2].Masked)

	joined := strings.Join(warns, "\n")
	assert.Contains(t, joined, "bin.txt: binary file")
	assert.Contains(t, joined, "latin1.txt: invalid UTF-8 at byte 3, treated as blanks")
	assert.Contains(t, joined, `sub/c.htm: sources.tsv: unparseable date "soon" ignored`)
	for _, w := range warns {
		assert.NotContains(t, w, "\n")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"bin.md":       "\x00\x01\x02",
		"doc.pdf":      "%PDF",
		"empty/x.docx": "no",
		"ok.txt":       "fine",
		"garbage.txt":  strings.Repeat("\xff\xfe\xfa", 100),
	})
	tests := []struct {
		name  string
		paths []string
		want  string
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "nope.txt: no such file or directory"},
		{"explicit binary", []string{filepath.Join(dir, "bin.md")}, "bin.md: binary file"},
		{"mostly invalid UTF-8", []string{filepath.Join(dir, "garbage.txt")}, "garbage.txt: binary file"},
		{"unsupported extension", []string{filepath.Join(dir, "doc.pdf")}, `doc.pdf: unsupported file type ".pdf"`},
		{"empty directory", []string{filepath.Join(dir, "empty")}, "no readable documents in"},
		{"missing after good", []string{filepath.Join(dir, "ok.txt"), filepath.Join(dir, "gone")}, "gone: no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _, err := Load(tt.paths, nil)
			require.Error(t, err)
			assert.Nil(t, docs)
			assert.Contains(t, err.Error(), tt.want)
			assert.True(t, strings.HasPrefix(err.Error(), "read ") || strings.HasPrefix(err.Error(), "no readable"), err.Error())
			assert.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestLoadOversize(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(50<<20)) // sparse: no 50 MB written
	require.NoError(t, f.Close())
	writeFiles(t, dir, map[string]string{"small.txt": "ok"})

	docs, warns, err := Load([]string{dir}, nil)
	require.NoError(t, err)
	require.Len(t, docs, 1)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0], "big.txt: 52428800 bytes is over the 16 MiB limit, skipped")

	_, warns, err = Load([]string{big}, nil)
	require.Error(t, err, "the only input skipped is an error")
	assert.Contains(t, err.Error(), "no readable documents in")
	assert.Len(t, warns, 1)
}

func TestLoadStdin(t *testing.T) {
	docs, _, err := Load([]string{"-"}, strings.NewReader("---\ntitle: T\n---\n**“Hi.”**"))
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, "-", docs[0].ID)
	assert.Equal(t, FormatMarkdown, docs[0].Format)
	assert.Equal(t, "T", docs[0].Meta.Title)

	docs, _, err = Load([]string{"-"}, strings.NewReader("plain *text*"))
	require.NoError(t, err)
	assert.Equal(t, FormatText, docs[0].Format)
	assert.Equal(t, "plain *text*", docs[0].Masked)

	_, _, err = Load([]string{"-"}, strings.NewReader("a\x00b"))
	require.ErrorContains(t, err, "read -: binary file")
}

func TestLoadDuplicateAndCleanID(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.md": "x"})
	p := filepath.Join(dir, "a.md")
	docs, warns, err := Load([]string{p, dir + "/./a.md"}, nil)
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Equal(t, filepath.ToSlash(p), docs[0].ID)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0], "given more than once")
}

func TestPosition(t *testing.T) {
	d := &Document{Text: "ab\n“Привет” x\n\nlast"}
	tests := []struct {
		offset, line, col int
	}{
		{0, 1, 1},
		{2, 1, 3},
		{3, 2, 1},
		{strings.Index(d.Text, "Привет"), 2, 2},
		{strings.Index(d.Text, " x"), 2, 9},
		{strings.Index(d.Text, "\n\n") + 1, 3, 1},
		{strings.Index(d.Text, "last"), 4, 1},
		{len(d.Text), 4, 5},
		{-5, 1, 1},
		{1000, 4, 5},
	}
	for _, tt := range tests {
		line, col := d.Position(tt.offset)
		assert.Equal(t, []int{tt.line, tt.col}, []int{line, col}, "offset %d", tt.offset)
	}
}

// polnearDocs is the PolNeAR development set beside the repository (never copied in).
const polnearDocs = "../../../shared/eval/polnear-dev/docs"

func TestLoadPolNeARDev(t *testing.T) {
	if _, err := os.Stat(polnearDocs); err != nil {
		t.Skip("PolNeAR-dev not present:", err)
	}
	docs, warns, err := Load([]string{polnearDocs}, nil)
	require.NoError(t, err)
	assert.Empty(t, warns)
	require.NotEmpty(t, docs)
	for _, d := range docs {
		assert.Equal(t, FormatText, d.Format, d.ID)
		assert.NotEmpty(t, d.Meta.Outlet, d.ID)
		assert.Equal(t, PrecisionDay, d.Meta.Published.Precision, d.ID)
		requireMaskInvariants(t, d.Text, d.Masked)
	}
}

// brokenFS stats fine but fails every read, like a file without read permission.
type brokenFS struct{ fstest.MapFS }

func (b brokenFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
}

func (b brokenFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(b.MapFS, name) }

func TestReadDocUnreadable(t *testing.T) {
	fsys := brokenFS{fstest.MapFS{"a.txt": {Data: []byte("x")}}}
	l := newLoader()
	_, err := l.readDoc(fsys, "a.txt", "dir/a.txt", true)
	require.EqualError(t, err, "read dir/a.txt: permission denied")

	_, err = l.readDoc(fsys, "a.txt", "dir/a.txt", false)
	require.ErrorIs(t, err, errSkip, "inside a directory: a warning, not an error")
	assert.Equal(t, []string{"dir/a.txt: permission denied, skipped"}, l.warnings)
}

package attrib

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/quotecheck/quotecheck/quotes/document"
)

// loadMarkdown writes text to a temporary .md file and loads it with the document
// loader, so that reference definitions are parsed as in real runs.
func loadMarkdown(t *testing.T, text string) ([]*document.Document, []string, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.md")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return document.Load([]string{path}, nil)
}

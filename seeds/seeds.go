// Package seeds embeds quotecheck's default corpus: five articles on the November 2025
// leak of the Witkoff–Ushakov and Dmitriev–Ushakov call transcripts, and their
// sources.tsv. Every command runs on them when no path is given, so a fresh checkout
// shows what the tool does without any input of the user's.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt sources.tsv
var files embed.FS

// Dir is the directory name under which the embedded documents are reported
// ("seeds/000_dd99ae9645c1ca65.txt"), matching the contract's example ids.
const Dir = "seeds"

// FS returns the embedded corpus as a read-only file system rooted at the corpus
// directory: the article files and sources.tsv sit at its top level.
func FS() fs.FS { return files }

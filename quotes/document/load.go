package document

// Loading: turning the paths a user gives into Documents. Files are read with a size
// check first (a 50 MB one-line file is skipped after a stat, never read into the
// scanners), checked for binary content, decoded by format (text, Markdown, HTML),
// masked, and given metadata. Fatal problems (a missing or unreadable named file, a
// named binary file, a directory or a whole run with no readable documents) are errors
// of one line naming the file; problems with single files found inside a directory
// (binary, too large) are warnings and the file is skipped.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/seeds"
)

// MaxFileSize is the largest file read, in bytes (16 MiB). News articles are under
// 1 MiB even as saved HTML pages with inline scripts (the largest page in the
// PolNeAR-dev and seed sets is far below that); anything 16 times bigger is a log, a
// dump or a mistake, and is skipped with a warning after a stat, before any byte of it
// is read.
const MaxFileSize = 16 << 20

// sniffLen is how much of a file's start is inspected to decide whether it is binary,
// as git and grep do (8 KiB).
const sniffLen = 8 << 10

// maxInvalidFraction is the share of invalid UTF-8 bytes in the first sniffLen bytes
// above which a file is taken as binary rather than as text with a few bad bytes.
// Latin-1 or Windows-1252 news text has under 5% non-ASCII bytes; compressed or
// image data is about 50% invalid. 30% separates the two with room on both sides.
const maxInvalidFraction = 0.3

// extFormats maps the file extensions quotecheck reads to their formats.
var extFormats = map[string]Format{
	".txt": FormatText, ".md": FormatMarkdown, ".markdown": FormatMarkdown,
	".html": FormatHTML, ".htm": FormatHTML,
}

// errBinary marks a file that looks binary.
var errBinary = errors.New("binary file (NUL bytes or mostly invalid UTF-8)")

// errSkip is returned by readDoc for a file that was skipped with a warning.
var errSkip = errors.New("skipped")

// Load reads the documents named by paths: files (.txt, .md, .markdown, .html, .htm,
// any case), directories (read recursively, those extensions only, hidden entries
// skipped, in sorted order) or "-" for stdin. With no paths it loads the embedded seed
// corpus. It returns the documents in input order, warnings (one line each, naming the
// file) about skipped files and unknown metadata, and an error of one line naming the
// file and the reason when input is missing or unusable.
func Load(paths []string, stdin io.Reader) ([]*Document, []string, error) {
	if len(paths) == 0 {
		return LoadFS(seeds.FS(), seeds.Dir)
	}
	l := newLoader()
	var docs []*Document
	for _, p := range paths {
		got, err := l.loadPath(p, stdin)
		if err != nil {
			return nil, l.warnings, err
		}
		docs = append(docs, got...)
	}
	if len(docs) == 0 {
		return nil, l.warnings, fmt.Errorf("no readable documents in %s", strings.Join(paths, ", "))
	}
	return docs, l.warnings, nil
}

// LoadFS reads every document in fsys recursively (as a directory given to Load),
// reporting each under dir: the file "a.txt" at fsys's root gets the id "dir/a.txt".
// Load uses it for the embedded seeds as LoadFS(seeds.FS(), seeds.Dir).
func LoadFS(fsys fs.FS, dir string) ([]*Document, []string, error) {
	l := newLoader()
	docs, err := l.loadTree(fsys, dir)
	return docs, l.warnings, err
}

// loader carries the warnings and the per-directory sources.tsv cache of one run.
type loader struct {
	warnings []string
	tsv      map[string]map[string]rawMeta // directory id → rows by base name
	seen     map[string]bool               // ids already loaded
}

func newLoader() *loader {
	return &loader{tsv: map[string]map[string]rawMeta{}, seen: map[string]bool{}}
}

func (l *loader) warnf(format string, args ...any) {
	l.warnings = append(l.warnings, fmt.Sprintf(format, args...))
}

// loadPath loads one command-line argument.
func (l *loader) loadPath(p string, stdin io.Reader) ([]*Document, error) {
	if p == "-" {
		if stdin == nil {
			return nil, errors.New("read -: no standard input")
		}
		data, err := io.ReadAll(io.LimitReader(stdin, MaxFileSize+1))
		if err != nil {
			return nil, fmt.Errorf("read -: %w", err)
		}
		if len(data) > MaxFileSize {
			l.warnf("-: standard input is over the %d MiB limit, skipped", MaxFileSize>>20)
			return nil, nil
		}
		if looksBinary(data) {
			return nil, fmt.Errorf("read -: %w", errBinary)
		}
		return []*Document{l.build("-", FormatText, string(data), nil)}, nil
	}
	id := filepath.ToSlash(filepath.Clean(p))
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", id, unwrapPathError(err))
	}
	if info.IsDir() {
		return l.loadTree(os.DirFS(p), id)
	}
	dir, base := filepath.Split(p)
	if dir == "" {
		dir = "."
	}
	d, err := l.readDoc(os.DirFS(dir), base, id, true)
	if errors.Is(err, errSkip) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return []*Document{d}, nil
}

// unwrapPathError drops the *fs.PathError wrapper, whose message repeats the path
// that the caller's message already names.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadTree reads the documents under fsys's root in sorted order, with ids under dir.
func (l *loader) loadTree(fsys fs.FS, dir string) ([]*Document, error) {
	var docs []*Document
	err := fs.WalkDir(fsys, ".", func(name string, e fs.DirEntry, err error) error {
		id := path.Join(dir, name)
		if err != nil {
			if name == "." {
				return fmt.Errorf("read %s: %w", dir, unwrapPathError(err))
			}
			l.warnf("%s: %v, skipped", id, unwrapPathError(err))
			return nil
		}
		if name != "." && strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			return nil
		}
		if _, ok := extFormats[strings.ToLower(path.Ext(name))]; !ok {
			return nil
		}
		d, err := l.readDoc(fsys, name, id, false)
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("read %s: no readable documents in %s", dir, dir)
	}
	return docs, nil
}

// readDoc reads one file. explicit says the user named it: then an unsupported
// extension, an unreadable or a binary file is an error; inside a directory it is a
// warning and errSkip. A file over MaxFileSize is always a warning and errSkip.
func (l *loader) readDoc(fsys fs.FS, name, id string, explicit bool) (*Document, error) {
	fail := func(err error) (*Document, error) {
		if explicit {
			return nil, fmt.Errorf("read %s: %w", id, err)
		}
		l.warnf("%s: %v, skipped", id, err)
		return nil, errSkip
	}
	format, ok := extFormats[strings.ToLower(path.Ext(name))]
	if !ok {
		return fail(fmt.Errorf("unsupported file type %q (want .txt, .md, .markdown, .html or .htm)", path.Ext(name)))
	}
	if l.seen[id] {
		l.warnf("%s: given more than once, read once", id)
		return nil, errSkip
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return fail(unwrapPathError(err))
	}
	if info.Size() > MaxFileSize {
		l.warnf("%s: %d bytes is over the %d MiB limit, skipped", id, info.Size(), MaxFileSize>>20)
		return nil, errSkip
	}
	f, err := fsys.Open(name)
	if err != nil {
		return fail(unwrapPathError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return fail(unwrapPathError(err))
	}
	if len(data) > MaxFileSize { // grew since the stat, or not a regular file
		l.warnf("%s: over the %d MiB limit, skipped", id, MaxFileSize>>20)
		return nil, errSkip
	}
	if looksBinary(data) {
		return fail(errBinary)
	}
	l.seen[id] = true
	row, hasRow := l.sourcesRow(fsys, name, id)
	var rowp *rawMeta
	if hasRow {
		rowp = &row
	}
	return l.build(id, format, string(data), rowp), nil
}

// sourcesRow returns the sources.tsv row for the file name in fsys, reading and caching
// the table of its directory on first use.
func (l *loader) sourcesRow(fsys fs.FS, name, id string) (rawMeta, bool) {
	dirID := path.Dir(id)
	rows, ok := l.tsv[dirID]
	if !ok {
		tsvName := path.Join(path.Dir(name), sourcesFile)
		data, err := fs.ReadFile(fsys, tsvName)
		switch {
		case err == nil:
			var warns []string
			rows, warns = parseSourcesTSV(path.Join(dirID, sourcesFile), string(data))
			l.warnings = append(l.warnings, warns...)
		case !errors.Is(err, fs.ErrNotExist):
			l.warnf("%s: %v, ignored", path.Join(dirID, sourcesFile), unwrapPathError(err))
		}
		l.tsv[dirID] = rows
	}
	row, ok := rows[path.Base(name)]
	return row, ok
}

// looksBinary reports whether data has a NUL byte in its first sniffLen bytes or more
// than maxInvalidFraction of them are not valid UTF-8.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), sniffLen)]
	if len(head) == 0 {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	invalid := 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size == 1 && len(head)-i >= utf8.UTFMax {
			invalid++
		}
		i += size
	}
	return float64(invalid) > maxInvalidFraction*float64(len(head))
}

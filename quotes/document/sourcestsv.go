package document

// sources.tsv: a tab-separated table beside the articles of a directory giving each
// file's metadata, for corpora saved as plain text with nothing inside the file to say
// where it came from. The header line names the columns (`file outlet url published
// language title`); columns may come in any order and any but `file` may be missing,
// and a row may be short (its missing cells are unknown). Rows are matched to documents
// by base name.
//
// Example:
//
//	file	outlet	published
//	a.txt	Reuters	2025-11-26
//
// Cost: linear in the file; each directory's table is parsed once per Load. Known
// failures: cells cannot contain tabs or newlines (no quoting, as in the seed corpus).

import (
	"fmt"
	"strings"
)

// sourcesFile is the metadata table's file name.
const sourcesFile = "sources.tsv"

// parseSourcesTSV parses a sources.tsv table into rows keyed by file base name. name is
// the table's path for warnings. A table without a "file" column yields no rows and a
// warning; a repeated file keeps its first row.
func parseSourcesTSV(name, data string) (map[string]rawMeta, []string) {
	rows := map[string]rawMeta{}
	var warnings []string
	lines := strings.Split(strings.TrimPrefix(data, "\uFEFF"), "\n")
	if len(lines) == 0 {
		return rows, nil
	}
	header := splitTSV(lines[0])
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	if _, ok := col["file"]; !ok {
		return rows, []string{fmt.Sprintf("%s: no \"file\" column in the header line, table ignored", name)}
	}
	cell := func(cells []string, key string) string {
		if i, ok := col[key]; ok && i < len(cells) {
			return strings.TrimSpace(cells[i])
		}
		return ""
	}
	for n, line := range lines[1:] {
		cells := splitTSV(line)
		file := cell(cells, "file")
		if file == "" {
			continue
		}
		if _, dup := rows[file]; dup {
			warnings = append(warnings, fmt.Sprintf("%s: line %d: %s listed again, first row kept", name, n+2, file))
			continue
		}
		rows[file] = rawMeta{
			Outlet:    cell(cells, "outlet"),
			URL:       cell(cells, "url"),
			Published: cell(cells, "published"),
			Language:  cell(cells, "language"),
			Title:     cell(cells, "title"),
		}
	}
	return rows, warnings
}

// splitTSV splits one line into cells, dropping a trailing carriage return.
func splitTSV(line string) []string {
	return strings.Split(strings.TrimSuffix(line, "\r"), "\t")
}

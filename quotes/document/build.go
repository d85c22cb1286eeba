package document

import "strings"

// build makes a Document from the bytes of one file: it settles the format (sniffing
// text, see sniffFormat), extracts HTML text, masks, and merges the metadata of the
// front matter, the sources.tsv row (nil when none) and the HTML head.
func (l *loader) build(id string, format Format, data string, row *rawMeta) *Document {
	if format == FormatText {
		format = sniffFormat(data)
	}
	d := &Document{ID: id, Path: id, Format: format, Text: data}
	var front, htmlHead *rawMeta
	var m []byte
	switch format {
	case FormatMarkdown:
		end, yamlText := frontMatterEnd(data)
		if end > 0 {
			fm, err := parseFrontMatter(yamlText)
			if err != nil {
				l.warnf("%s: %v", id, err)
			}
			front = &fm
		}
		m = []byte(data)
		blank(m, 0, end)
		d.refs = maskMarkdown(data, m, end)
	case FormatHTML:
		text, hm, note := extractHTML(data)
		if note != nil {
			l.warnf("%s: %v", id, note)
		}
		d.Text, htmlHead = text, &hm
		m = []byte(text)
		maskText(m)
	default:
		m = []byte(data)
		maskText(m)
	}
	if at := blankInvalidUTF8(d.Text, m); at >= 0 {
		l.warnf("%s: invalid UTF-8 at byte %d, treated as blanks", id, at)
	}
	d.Masked = string(m)
	var sources []metaSource
	for _, s := range []struct {
		name string
		raw  *rawMeta
	}{{"front matter", front}, {sourcesFile, row}, {"HTML meta", htmlHead}} {
		if s.raw != nil {
			sources = append(sources, metaSource{s.name, *s.raw})
		}
	}
	meta, warns := mergeMeta(id, sources)
	d.Meta = meta
	l.warnings = append(l.warnings, warns...)
	return d
}

// sniffFormat decides how to read text whose extension does not say (standard input,
// and .txt files, which in practice are often Markdown saved with a .txt name): YAML
// front matter at the very start means Markdown; a start of "<!doctype html" or "<html"
// (after white space, any case) means HTML; anything else is plain text.
func sniffFormat(data string) Format {
	if end, _ := frontMatterEnd(data); end > 0 {
		return FormatMarkdown
	}
	head := strings.ToLower(strings.TrimLeft(data[:min(len(data), 512)], " \t\r\n\uFEFF"))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return FormatHTML
	}
	return FormatText
}

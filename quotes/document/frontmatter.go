package document

// YAML front matter: a block fenced by "---" lines at the very start of a Markdown file
// (Jekyll, Hugo and most static-site generators write article metadata there). It is
// the first metadata source in the contract's order. The block is parsed with
// gopkg.in/yaml.v3 into a node tree, so that each value is read as the scalar written
// (a date stays "2025-11-27 09:00:00 +0200", never reformatted by the YAML library).
//
// Example:
//
//	---
//	title: "The Witkoff Leak"
//	date: 2025-11-27 09:00:00 +0200
//	---
//
// gives Title "The Witkoff Leak" and a date string for parseDate. Cost: linear in the
// block. Known failures: TOML ("+++") front matter is not recognized; nested keys
// (author.name) are ignored; a block that is not valid YAML gives a warning and no
// metadata, but is still blanked.

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// rawMeta is metadata as written in one source, before dates are parsed. Empty means
// the source does not say.
type rawMeta struct {
	Outlet, URL, Published, Language, Title string
}

// frontMatterEnd returns the offset just past the closing fence ("---" or "...") of a
// front matter block that opens text, and the block's inner YAML; end is 0 when text
// does not start with front matter.
func frontMatterEnd(text string) (end int, yamlText string) {
	var start int
	switch {
	case strings.HasPrefix(text, "---\n"):
		start = 4
	case strings.HasPrefix(text, "---\r\n"):
		start = 5
	default:
		return 0, ""
	}
	for ls := start; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		next := ls + le + 1
		if le < 0 {
			le, next = len(text)-ls, len(text)
		}
		line := strings.TrimRight(text[ls:ls+le], " \t\r")
		if line == "---" || line == "..." {
			return next, text[start:ls]
		}
		ls = next
	}
	return 0, ""
}

// parseFrontMatter parses the YAML of a front matter block into rawMeta. Keys are
// matched case-insensitively: outlet (or site_name, publisher), url, date or published,
// lang or language, title. An error means the YAML is malformed; the metadata is then
// empty.
func parseFrontMatter(yamlText string) (rawMeta, error) {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(yamlText), &root); err != nil {
		return rawMeta{}, fmt.Errorf("front matter: %w", firstLine(err))
	}
	if len(root.Content) == 0 {
		return rawMeta{}, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return rawMeta{}, fmt.Errorf("front matter: not a mapping of keys to values")
	}
	var rm rawMeta
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			continue
		}
		val := strings.TrimSpace(v.Value)
		var dst *string
		switch strings.ToLower(k.Value) {
		case "outlet", "site_name", "publisher":
			dst = &rm.Outlet
		case "url", "canonical_url":
			dst = &rm.URL
		case "date", "published":
			dst = &rm.Published
		case "lang", "language":
			dst = &rm.Language
		case "title":
			dst = &rm.Title
		}
		if dst != nil && *dst == "" {
			*dst = val
		}
	}
	return rm, nil
}

// firstLine keeps error messages on one line, as the contract requires of the CLI.
func firstLine(err error) error {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return fmt.Errorf("%s", s[:i])
	}
	return err
}

package document

// Metadata merging and dates. Each field of Meta comes from the first source that
// gives it, in the contract's order: front matter, sources.tsv beside the file, HTML
// <meta> tags; a field no source gives stays empty (printed as null). A date that does
// not parse is reported as a warning and the next source is asked; a date is never
// guessed from a string that does not parse.

import (
	"fmt"
	"strings"
	"time"
)

// dayLayouts are the date-only spellings accepted, read as PrecisionDay.
var dayLayouts = []string{"2006-01-02"}

// secondLayouts are the date-and-time spellings accepted, read as PrecisionSecond:
// RFC 3339 (sources.tsv, article:published_time), the front-matter style
// "2025-11-27 09:00:00 +0200", and the colon-less zone some CMSes emit.
var secondLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04 -0700",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05.000-0700",
	"2006-01-02 15:04:05Z07:00",
}

// zonelessLayouts carry a time but no zone. The day is known but the instant is not,
// so they are read as PrecisionDay rather than guessing a zone.
var zonelessLayouts = []string{"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04"}

// ParseDate reads a publication date. It returns the date with its precision and the
// raw spelling kept, or an error when raw is non-empty and matches no accepted layout;
// an empty raw is an unknown date, not an error.
func ParseDate(raw string) (Date, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return Date{}, nil
	}
	for _, l := range secondLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return Date{Time: t, Precision: PrecisionSecond, Raw: s}, nil
		}
	}
	for _, l := range dayLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return Date{Time: t, Precision: PrecisionDay, Raw: s}, nil
		}
	}
	for _, l := range zonelessLayouts {
		if t, err := time.Parse(l, s); err == nil {
			day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
			return Date{Time: day, Precision: PrecisionDay, Raw: s}, nil
		}
	}
	return Date{}, fmt.Errorf("unparseable date %q", s)
}

// metaSource is one source's metadata with the name used in warnings.
type metaSource struct {
	name string // "front matter", "sources.tsv", "HTML meta"
	raw  rawMeta
}

// mergeMeta takes each field from the first source that gives it. Unparseable dates
// add a warning (prefixed by id) and fall through to the next source.
func mergeMeta(id string, sources []metaSource) (Meta, []string) {
	var m Meta
	var warnings []string
	first := func(get func(rawMeta) string) string {
		for _, s := range sources {
			if v := strings.TrimSpace(get(s.raw)); v != "" {
				return v
			}
		}
		return ""
	}
	m.Outlet = first(func(r rawMeta) string { return r.Outlet })
	m.URL = first(func(r rawMeta) string { return r.URL })
	m.Language = first(func(r rawMeta) string { return r.Language })
	m.Title = first(func(r rawMeta) string { return r.Title })
	for _, s := range sources {
		if strings.TrimSpace(s.raw.Published) == "" {
			continue
		}
		d, err := ParseDate(s.raw.Published)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("%s: %s: %v ignored", id, s.name, err))
			continue
		}
		m.Published = d
		break
	}
	return m, warnings
}

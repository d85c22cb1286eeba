package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/match"
)

// The HTML report is one self-contained file: the template, stylesheet and script
// below are inlined into it, and it loads nothing (no fonts, CDN or network request),
// so it opens offline from file:// and can be mailed around. html/template escapes
// every text that comes from a document.
//
//go:embed assets/trace.html.tmpl assets/trace.css assets/trace.js
var assets embed.FS

// htmlTemplate is parsed once; a parse failure is a programming error caught by tests.
var htmlTemplate = template.Must(template.New("trace.html.tmpl").Funcs(template.FuncMap{
	"sim": func(f float64) string { return fmt.Sprintf("%.2f", f) },
	// day and clock split a date as written so that a time may wrap below its day.
	"day":   dayPart,
	"clock": func(raw string) string { return strings.TrimPrefix(raw, dayPart(raw)) },
}).ParseFS(assets, "assets/trace.html.tmpl"))

// htmlData is everything the template shows.
type htmlData struct {
	Overview  overview
	DateRange string
	Passages  []htmlPassage
	Speakers  []string // for the speaker filter, sorted
	Flags     []flagInfo
	Timeline  timeline
	Documents []htmlDoc
	CSS       template.CSS
	JS        template.JS
}

// htmlPassage is a passage with the data its section carries for the filters.
type htmlPassage struct {
	passage
	SpeakerText string // the speakers for people: names, or "unknown speaker"
	SpeakerKeys string // the speakers for the filter, "|"-separated; "" when unknown
	SearchText  string // every member's words, folded for the search box
	OutletKeys  string // the outlets, "|"-separated
	FirstText   string
	Rows        []htmlRow
}

// htmlRow is one member in a passage's table.
type htmlRow struct {
	variant
	Segments []htmlSegment
	FlagList []flagInfo
}

// htmlSegment is a diff run with its element: "span", "del" or "ins".
type htmlSegment struct {
	Tag  string
	Text string
}

// flagInfo is a drift flag with its explanation for badges and the legend.
type flagInfo struct {
	Name, Help string
}

// htmlDoc is one row of the documents table.
type htmlDoc struct {
	ID, Outlet, Date, Language, Title, URL string
}

// HTML writes the trace as one self-contained HTML page: summary figures, filters, a
// legend, an SVG timeline of who carried which passage when, and one section per
// passage found two or more times with its variants diffed against the reference.
func HTML(w io.Writer, r Result) error {
	v := buildView(r)
	css, err := assets.ReadFile("assets/trace.css")
	if err != nil {
		return fmt.Errorf("read embedded stylesheet: %w", err)
	}
	js, err := assets.ReadFile("assets/trace.js")
	if err != nil {
		return fmt.Errorf("read embedded script: %w", err)
	}
	data := htmlData{Overview: v.Overview, DateRange: dateRange(v.Overview),
		Timeline: buildTimeline(v.Passages), CSS: template.CSS(css), JS: template.JS(js)}
	for _, f := range flagOrder {
		data.Flags = append(data.Flags, flagInfo{string(f), flagHelp[f]})
	}
	speakers := map[string]bool{}
	for _, p := range v.Passages {
		for _, s := range p.Speakers {
			speakers[s] = true
		}
		data.Passages = append(data.Passages, htmlPassageOf(p))
	}
	for s := range speakers {
		data.Speakers = append(data.Speakers, s)
	}
	sort.Strings(data.Speakers)
	for _, d := range r.Documents {
		data.Documents = append(data.Documents, htmlDoc{ID: d.ID, Outlet: d.Meta.Outlet,
			Date: dateLabel(d), Language: d.Meta.Language, Title: d.Meta.Title, URL: safeURL(d.Meta.URL)})
	}
	if err := htmlTemplate.Execute(w, data); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

// htmlPassageOf prepares a passage's section.
func htmlPassageOf(p passage) htmlPassage {
	hp := htmlPassage{passage: p, SpeakerText: speakerLabel(p.Speakers),
		SpeakerKeys: strings.Join(p.Speakers, "|"), OutletKeys: strings.Join(p.Outlets, "|"),
		FirstText: firstHTMLText(p.First)}
	var search []string
	for _, m := range p.Members {
		search = append(search, searchFold(m.Quote.Text))
		row := htmlRow{variant: m}
		if m.Unaligned {
			row.Segments = []htmlSegment{{"span", m.Quote.Text}}
		}
		for _, s := range m.Diff {
			row.Segments = append(row.Segments, htmlSegment{[...]string{"span", "del", "ins"}[s.Op], s.Text})
		}
		for _, f := range m.Flags {
			row.FlagList = append(row.FlagList, flagInfo{string(f), flagHelpOf(f)})
		}
		hp.Rows = append(hp.Rows, row)
	}
	hp.SearchText = strings.Join(search, " \u2029 ")
	return hp
}

// firstHTMLText is the first appearance for the HTML and Markdown reports.
func firstHTMLText(f firstSeen) string {
	switch {
	case len(f.Outlets) == 0 || f.Date == "":
		return "unknown (no member's document is dated)"
	case f.Tied():
		return fmt.Sprintf("%s, shared by %s", f.Date, strings.Join(f.Outlets, ", "))
	}
	return fmt.Sprintf("%s, %s", f.Outlets[0], f.Date)
}

// flagHelpOf explains a flag, also one this package does not know yet.
func flagHelpOf(f match.Flag) string {
	if h, ok := flagHelp[f]; ok {
		return h
	}
	return "an edit that can change the meaning"
}

// searchFold folds text the way the page's script folds the search box: lower case,
// typographic quotes straightened, white space runs as one space.
func searchFold(s string) string {
	s = straightQuotes.Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// dateRange is "2025-11-26 – 2025-11-27", one date, or "no dates". A date written
// with a time ("2025-11-27T09:00:00+02:00") shows its calendar day as written.
func dateRange(o overview) string {
	from, to := dayPart(o.DateFrom), dayPart(o.DateTo)
	switch {
	case from == "":
		return "no dates"
	case from == to:
		return from
	}
	return from + " – " + to
}

// dayPart is the leading YYYY-MM-DD of a date as written, or the whole text when it
// does not start with one.
func dayPart(raw string) string {
	if len(raw) > 10 && raw[4] == '-' && raw[7] == '-' && isDigits(raw[:4]) {
		return raw[:10]
	}
	return raw
}

// safeURL keeps only http and https links; anything else is not linked.
func safeURL(u string) string {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return u
	}
	return ""
}

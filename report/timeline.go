package report

// Timeline of the HTML report.
//
// Problem: a reader wants to see at a glance which outlet carried which passage and
// when, to spot who ran a quote first and who followed. Publication times come with
// different precision: most are a day ("2025-11-26"), some to the second.
//
// Approach: an SVG chart, one row per outlet (ordered by the first time it carried any
// passage), time left to right from the earliest day to the end of the latest. Every
// dated cluster member is one mark in its outlet's row; the mark links to the passage's
// section and its tooltip names the passage, outlet, date, relation and words. A member
// dated only to the day is drawn inside that day's column at a slot fixed by the
// passage's rank (passage k of P at (k+1)/(P+1) of the day), so the marks of different
// passages on the same day do not hide each other; the tooltip gives the date as
// written. A member dated to the second sits at its UTC time. Undated members are never
// placed: they are listed beside the chart by outlet.
//
// Example: two outlets on 2025-11-26 and one on 2025-11-27 give three rows and two day
// columns; passage 1 of 2 marks a third of the way into each of its days.
//
// Cost: O(members) plus sorting the outlets. Known failures: marks of one passage in one
// outlet on one day coincide (the tooltip of the top one shows); over many months the
// day columns become thin and marks crowd.

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/quotecheck/quotecheck/quotes/document"
)

// Timeline geometry in SVG user units. The chart scales to the page width; below
// timelineMinWidth pixels (set in the stylesheet) it scrolls instead of shrinking.
const (
	timelinePlotWidth = 640 // width of the time axis
	timelineRowHeight = 30  // height of one outlet row
	timelineTop       = 12  // space above the first row
	timelineAxis      = 34  // space below the last row for the date labels
	timelineLabelChar = 7   // approximate width of one label character at 12px
	timelineLabelMax  = 46  // outlet labels longer than this are shortened (full text in the tooltip)
	timelineMaxLabels = 6   // at most this many date labels: a "2006-01-02" label is ~70 units wide at 12px, so 6 fill at most 2/3 of the 640-unit axis (10 overlapped on a 30-day run)
)

// timeline is the chart's data, in SVG user units.
type timeline struct {
	Width, Height       int
	PlotLeft, PlotRight int
	PlotBottom          int
	Rows                []timelineRow
	Ticks               []timelineTick
	Marks               []timelineMark
	Undated             []undatedOutlet
}

type timelineRow struct {
	Outlet, Label string
	Y             int
}

type timelineTick struct {
	X, LabelX float64
	Label     string
}

// timelineMark is one member: Shape is "ref" (the passage's reference), "var" or
// "changed" (a meaning-changing edit), drawn differently so the chart reads in grey.
type timelineMark struct {
	X, Y           float64
	Cluster, Shape string
	Title          string
}

// undatedOutlet lists the members of one outlet whose document has no date.
type undatedOutlet struct {
	Outlet   string
	Count    int
	Clusters []string
}

// buildTimeline lays out the chart for the passages (in display order).
func buildTimeline(ps []passage) timeline {
	type dated struct {
		k int
		v variant
	}
	var marks []dated
	firstSeen := map[string]time.Time{}
	undated := map[string]*undatedOutlet{}
	var uorder []string
	for k, p := range ps {
		for _, v := range p.Members {
			d := v.Quote.Doc.Meta.Published
			if !d.Known() {
				u := undated[v.Outlet]
				if u == nil {
					u = &undatedOutlet{Outlet: v.Outlet}
					undated[v.Outlet] = u
					uorder = append(uorder, v.Outlet)
				}
				u.Count++
				if !slices.Contains(u.Clusters, p.ID) {
					u.Clusters = append(u.Clusters, p.ID)
				}
				continue
			}
			marks = append(marks, dated{k, v})
			if t, ok := firstSeen[v.Outlet]; !ok || d.Time.Before(t) {
				firstSeen[v.Outlet] = d.Time
			}
		}
	}
	tl := timeline{}
	for _, o := range uorder {
		tl.Undated = append(tl.Undated, *undated[o])
	}
	if len(marks) == 0 {
		return tl
	}
	outlets := make([]string, 0, len(firstSeen))
	for o := range firstSeen {
		outlets = append(outlets, o)
	}
	sort.Slice(outlets, func(i, j int) bool {
		a, b := firstSeen[outlets[i]], firstSeen[outlets[j]]
		if !a.Equal(b) {
			return a.Before(b)
		}
		return outlets[i] < outlets[j]
	})
	longest := 0
	for _, o := range outlets {
		longest = max(longest, len([]rune(shorten(o, timelineLabelMax))))
	}
	tl.PlotLeft = longest*timelineLabelChar + 16
	tl.PlotRight = tl.PlotLeft + timelinePlotWidth
	tl.Width = tl.PlotRight + 16
	tl.PlotBottom = timelineTop + len(outlets)*timelineRowHeight
	tl.Height = tl.PlotBottom + timelineAxis
	rowY := map[string]int{}
	for i, o := range outlets {
		y := timelineTop + i*timelineRowHeight + timelineRowHeight/2
		rowY[o] = y
		tl.Rows = append(tl.Rows, timelineRow{Outlet: o, Label: shorten(o, timelineLabelMax), Y: y})
	}

	lo, hi := dayStart(marks[0].v.Quote.Doc.Meta.Published), dayStart(marks[0].v.Quote.Doc.Meta.Published)
	for _, m := range marks {
		d := dayStart(m.v.Quote.Doc.Meta.Published)
		if d.Before(lo) {
			lo = d
		}
		if d.After(hi) {
			hi = d
		}
	}
	days := int(hi.Sub(lo).Hours()/24) + 1
	span := float64(days) * 24 * float64(time.Hour)
	xOf := func(t time.Time) float64 {
		return float64(tl.PlotLeft) + float64(t.Sub(lo))/span*timelinePlotWidth
	}
	step := (days + timelineMaxLabels - 1) / timelineMaxLabels
	for i := 0; i < days; i += step {
		d := lo.AddDate(0, 0, i)
		tl.Ticks = append(tl.Ticks, timelineTick{X: round1(xOf(d)),
			LabelX: round1(xOf(d.Add(time.Duration(step) * 12 * time.Hour))), Label: d.Format("2006-01-02")})
	}
	for _, m := range marks {
		pub := m.v.Quote.Doc.Meta.Published
		t := pub.Time.UTC()
		if pub.Precision == document.PrecisionDay {
			slot := float64(m.k+1) / float64(len(ps)+1)
			t = dayStart(pub).Add(time.Duration(slot * 24 * float64(time.Hour)))
		}
		shape := "var"
		switch {
		case m.v.IsReference:
			shape = "ref"
		case len(m.v.Flags) > 0:
			shape = "changed"
		}
		tl.Marks = append(tl.Marks, timelineMark{X: round1(xOf(t)), Y: float64(rowY[m.v.Outlet]),
			Cluster: ps[m.k].ID, Shape: shape, Title: markTitle(ps[m.k].ID, m.v)})
	}
	return tl
}

// dayStart is the UTC midnight of the day a date names (its own calendar day for a
// day-precision date, the UTC day for a precise time).
func dayStart(d document.Date) time.Time {
	t := d.Time
	if d.Precision != document.PrecisionDay {
		t = t.UTC()
	}
	y, m, day := t.Date()
	return time.Date(y, m, day, 0, 0, 0, 0, time.UTC)
}

// markTitle is a mark's tooltip.
func markTitle(id string, v variant) string {
	s := fmt.Sprintf("%s · %s · %s · %s %.2f", id, v.Outlet, v.Date, v.Relation, v.Similarity)
	if len(v.Flags) > 0 {
		s += " · meaning-changing: " + strings.Join(flagNames(v.Flags), ", ")
	}
	return s + " · “" + shorten(v.Quote.Text, 80) + "”"
}

func round1(f float64) float64 { return float64(int64(f*10+0.5)) / 10 }

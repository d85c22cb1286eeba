package report

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// TestTimelineTicksStayReadable: a month of articles must not print a label per few
// days (ten labels overlapped on a 30-day run), and an undated document is listed
// apart, never placed on the axis.
func TestTimelineTicksStayReadable(t *testing.T) {
	start := time.Date(2016, 9, 8, 0, 0, 0, 0, time.UTC)
	var p passage
	for i := 0; i < 30; i++ {
		d := start.AddDate(0, 0, i)
		doc := &document.Document{ID: d.Format("2006-01-02"), Meta: document.Meta{Outlet: "o",
			Published: document.Date{Time: d, Precision: document.PrecisionDay, Raw: d.Format("2006-01-02")}}}
		p.Members = append(p.Members, variant{Quote: &quotes.Quote{Doc: doc}, Outlet: "o", Date: doc.Meta.Published.Raw})
	}
	undated := &document.Document{ID: "u", Meta: document.Meta{Outlet: "u"}}
	p.Members = append(p.Members, variant{Quote: &quotes.Quote{Doc: undated}, Outlet: "u"})
	tl := buildTimeline([]passage{p})
	assert.GreaterOrEqual(t, len(tl.Ticks), 3)
	const labelWidth = 70 // a "2006-01-02" label at 12px, in SVG units
	for i := 1; i < len(tl.Ticks); i++ {
		assert.GreaterOrEqual(t, tl.Ticks[i].LabelX-tl.Ticks[i-1].LabelX, float64(labelWidth), "labels %d and %d overlap", i-1, i)
	}
	assert.Len(t, tl.Rows, 1, "only dated outlets get a row")
	assert.Len(t, tl.Undated, 1)
}

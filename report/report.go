// Package report renders the results of a quotecheck run: the contract's JSON, text for
// people, and the HTML and Markdown reports. It receives values from packages quotes
// and match and writes bytes; it imports no command code, and nothing here changes a
// result.
package report

import (
	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/document"
)

// Version is the contract version written as "version" in every JSON output.
const Version = 1

// Result is what extract and trace produce: the documents read, every quotation found in
// them, and (for trace) the clusters of quotations that render the same passage.
type Result struct {
	Documents []*document.Document
	Quotes    []*quotes.Quote
	Clusters  []match.Cluster // nil for extract
}

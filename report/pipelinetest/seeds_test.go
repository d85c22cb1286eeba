package pipelinetest

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/match"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/extract"
	"github.com/quotecheck/quotecheck/report"
)

// seedsResult runs the real trace pipeline over the embedded seed corpus.
func seedsResult(t testing.TB) report.Result {
	t.Helper()
	docs, _, err := document.Load(nil, nil)
	require.NoError(t, err)
	qs := extract.Extract(docs, extract.Options{})
	return report.Result{Documents: docs, Quotes: qs, Clusters: match.Trace(qs)}
}

package extract

import (
	"testing"
	"testing/fstest"

	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAddresseeIsNoCredit: "told X" where X is a person who speaks elsewhere in the run
// is the person addressed, not a publisher; outlets keep their credit.
func TestAddresseeIsNoCredit(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":       {Data: []byte("Marta Lindqvist, the harbour master, spoke on Monday. \"The pier will reopen in May,\" Lindqvist said.\n")},
		"b.txt":       {Data: []byte("Oskar Berg told Lindqvist that \"the money is not there\" for the repairs.\n\nBerg told the Harbour Gazette that \"nothing has been decided\" yet.\n")},
		"c.txt":       {Data: []byte("Pia Gazette, the mayor, said \"the budget is final\" on Friday.\n")},
		"d.txt":       {Data: []byte("Jon Smith told Gazette that \"prices will rise\" soon.\n")},
		"sources.tsv": {Data: []byte("file\toutlet\turl\tpublished\tlanguage\ttitle\nc.txt\tGazette\t\t2026-01-02\ten\t\n")},
	}
	docs, _, err := document.LoadFS(fsys, ".")
	require.NoError(t, err)
	credits := map[string]string{}
	for _, q := range Extract(docs, Options{}) {
		credits[q.Text] = q.CitedSource
	}
	assert.Equal(t, "", credits["the money is not there"], "Lindqvist speaks in a.txt: an addressee")
	assert.Equal(t, "Harbour Gazette", credits["nothing has been decided"])
	assert.Equal(t, "Gazette", credits["prices will rise"], "a document is published under that name")
}

package attrib

import (
	"testing"

	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/scan"
	"github.com/stretchr/testify/require"
)

// BenchmarkTokenize measures the tokenizer alone (MB/s) on the seeds' masked text
// with their valid quotation spans, reusing one token slice as an Attributor does
// (go test -run XXX -bench Tokenize -cpu 1 ./quotes/attrib).
func BenchmarkTokenize(b *testing.B) {
	docs, _, err := document.Load(nil, nil)
	require.NoError(b, err)
	texts := make([]string, len(docs))
	spans := make([][]span, len(docs))
	size := 0
	for i, d := range docs {
		texts[i] = d.Masked
		spans[i] = validOnly(fromScan(d.Masked, scan.Scan(d.Text, d.Masked)))
		size += len(d.Masked)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	var buf []token
	for i := 0; i < b.N; i++ {
		for j, text := range texts {
			buf = tokenizeInto(buf, text, spans[j])
		}
	}
}

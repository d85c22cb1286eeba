// Package extract is the extraction pipeline: for every document, scan the quotation
// marks and transcript turns, attribute each quotation (speaker, kind, cue, credited
// source), then make speaker names canonical across the whole run, drop credits that
// name a person of the run rather than a publisher ("told Ushakov"), and number the
// quotes "q1", "q2", … in document order.
//
// Documents are processed by a pool of runtime.GOMAXPROCS(0) workers; results are
// kept in input order, so the output is the same whatever the scheduling.
package extract

import (
	"runtime"
	"strconv"
	"sync"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/quotes/attrib"
	"github.com/quotecheck/quotecheck/quotes/document"
	"github.com/quotecheck/quotecheck/quotes/names"
	"github.com/quotecheck/quotecheck/quotes/scan"
)

// Options tunes an extraction run.
type Options struct {
	// Aliases maps canonical speaker names to other spellings
	// ({"Steve Witkoff": ["Whitkoff", "SW"]}), as names.LoadAliases reads them.
	Aliases map[string][]string

	// Progress, when set, is called after each document with the number done and the
	// total, from one goroutine at a time, so a command can draw a progress bar.
	Progress func(done, total int)
}

// Extract returns every quotation in docs, in document order then text order, with
// canonical speaker names and IDs assigned.
func Extract(docs []*document.Document, opt Options) []*quotes.Quote {
	canon := names.New()
	canon.AddAliases(opt.Aliases)
	perDoc := make([][]quotes.Quote, len(docs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex // serialises Progress calls
	done := 0
	workers := runtime.GOMAXPROCS(0)
	if workers > len(docs) {
		workers = len(docs)
	}
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var at attrib.Attributor // buffers reused across this worker's documents
			for i := range jobs {
				d := docs[i]
				perDoc[i] = at.Attribute(d, scan.Scan(d.Text, d.Masked))
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(docs))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range docs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	total := 0
	for _, qs := range perDoc {
		total += len(qs)
		for i := range qs {
			if qs[i].Speaker != "" {
				canon.Add(qs[i].Speaker)
			}
		}
	}
	out := make([]*quotes.Quote, 0, total)
	resolved := map[string]string{} // speaker as attributed -> canonical, each resolved once
	for _, qs := range perDoc {
		for i := range qs {
			q := &qs[i]
			r, ok := resolved[q.Speaker]
			if !ok {
				r = canon.Resolve(q.Speaker)
				resolved[q.Speaker] = r
			}
			q.Speaker = r
			q.ID = "q" + strconv.Itoa(len(out)+1)
			out = append(out, q)
		}
	}
	dropAddressees(out, docs)
	return out
}

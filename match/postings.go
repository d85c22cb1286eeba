package match

import (
	"cmp"
	"slices"
)

// PostingBudget caps the posting-list entries one lookup reads, so that a quote made
// of common words costs a bounded time however large the corpus. Lists are read
// rarest first and from their start (the heaviest renderings, indexed first). On
// the seeds no lookup reaches it; on the 100k synthetic corpus it keeps Trace
// linear.
const PostingBudget = 1000

// postings is an inverted index from content stems to quotes (by index).
type postings map[string][]int32

func newPostings() postings { return postings{} }

// add indexes quote i under t's keys.
func (p postings) add(i int, t *text) {
	for _, w := range t.keys {
		p[w] = append(p[w], int32(i))
	}
}

// keyStems are a text's distinct content stems, or its distinct stems when it has no
// content word.
// The slice is allocated once at its final size (one corpus quote, one allocation).
func keyStems(t *text) []string {
	content := func(k int) bool { return t.sim.Weights[k] == 1 }
	if t.sim.Content() == 0 {
		content = func(int) bool { return true }
	}
	n := 0
	for k, w := range t.sim.Words {
		if content(k) && !slices.Contains(t.sim.Words[:k], w) {
			n++
		}
	}
	out := make([]string, 0, n)
	for k, w := range t.sim.Words {
		if content(k) && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// counter counts shared keys per quote without a map: count is indexed by quote,
// touched lists the quotes counted so far, so clearing costs what was touched.
type counter struct {
	count   []int32
	touched []int32
}

func newCounter(n int) *counter { return &counter{count: make([]int32, n)} }

// candidates returns up to limit quotes sharing the most of t's rarest keys (at most
// nStems lists and PostingBudget entries read); among equal counts, quotes for which
// prefer is true come first, then lower indices.
func (p postings) candidates(t *text, nStems, limit int, prefer func(int) bool, c *counter) []int {
	keys := slices.Clone(t.keys)
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(len(p[a]), len(p[b])) })
	if len(keys) > nStems {
		keys = keys[:nStems]
	}
	budget := PostingBudget
	for _, k := range keys {
		list := p[k]
		if len(list) > budget {
			list = list[:budget]
		}
		budget -= len(list)
		for _, q := range list {
			if c.count[q] == 0 {
				c.touched = append(c.touched, q)
			}
			c.count[q]++
		}
		if budget <= 0 {
			break
		}
	}
	better := func(a, b int) bool { // a ranks before b
		ca, cb := c.count[a], c.count[b]
		if ca != cb {
			return ca > cb
		}
		if pa, pb := prefer(a), prefer(b); pa != pb {
			return pa
		}
		return a < b
	}
	top := make([]int, 0, limit+1)
	for _, q32 := range c.touched {
		q := int(q32)
		if len(top) == limit && !better(q, top[limit-1]) {
			continue
		}
		at := len(top)
		for at > 0 && better(q, top[at-1]) {
			at--
		}
		top = slices.Insert(top, at, q)
		if len(top) > limit {
			top = top[:limit]
		}
	}
	for _, q := range c.touched {
		c.count[q] = 0
	}
	c.touched = c.touched[:0]
	return top
}

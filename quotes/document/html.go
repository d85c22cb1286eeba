package document

// HTML articles. The problem: a saved news page is mostly navigation, scripts, ads and
// related-article teasers, and its quotations sit in <p> and <blockquote> elements whose
// boundaries must survive as line breaks (a quote must not run on into the next
// paragraph). The approach: go-readability (a port of Firefox's Reader View) picks the
// article's main content; its HTML is re-parsed with golang.org/x/net/html and walked,
// emitting one line per block element (p, blockquote, li, headings, div …), white space
// collapsed inside a line. readability's own TextContent is not used because it joins
// paragraphs without separators. When readability finds nothing (tiny pages, fragments)
// the <body> is walked instead, with scripts, styles and templates dropped. Metadata
// comes from <meta property="og:site_name">, article:published_time, og:url or
// <link rel="canonical">, <html lang>, og:title or <title>.
//
// Example: `<article><p>He said “no.”</p><blockquote>“Yes,” she said.</blockquote>`
// gives "He said “no.”\n“Yes,” she said.".
//
// Cost: readability is linear-ish in the page size with a large constant (it scores
// every candidate node), see maxReadabilityElems. Known failures: the
// text is only as good as readability's choice of the main content (it may drop a
// pull-quote box or keep a caption); pages in legacy encodings (windows-1251 …) are not
// transcoded, their non-ASCII bytes become blanks in Masked with an invalid UTF-8
// warning.

import (
	"fmt"
	"strings"

	readability "github.com/go-shiori/go-readability"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxReadabilityElems bounds the elements of a page handed to readability, whose cost
// grows faster than linearly: measured on a synthetic article of <p> elements, 64 KiB
// (~1,000 elements) took 40 ms, 256 KiB (~3,500) 90 ms, 1 MiB (~14,000) 3.9 s. Saved
// news pages have 1,000–5,000 elements; a bigger page is read whole (body text, with a
// warning) instead of stalling the run.
const maxReadabilityElems = 8000

// errTooBig notes that a page was too big for readability and its body text was used.
var errTooBig = fmt.Errorf("over %d elements, whole body text used instead of the article", maxReadabilityElems)

// extractHTML returns the article text of an HTML page and the metadata in its head.
// note is non-nil when the page was readable but the text is a degraded fallback.
func extractHTML(page string) (text string, meta rawMeta, note error) {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return "", rawMeta{}, fmt.Errorf("parse HTML: %w", err)
	}
	meta = htmlMeta(root)
	content, err := readableContent(root)
	if content != nil {
		text = blockText(content)
	}
	if strings.TrimSpace(text) == "" {
		text = blockText(findElement(root, atom.Body))
	}
	return text, meta, err
}

// readableContent runs readability on the page and returns its main content re-parsed
// as a node tree, or nil when readability finds none (or fails: a panic inside the
// library on hostile markup is turned into "none", never passed to the user). The
// error is errTooBig when the page was not tried for its size.
func readableContent(root *html.Node) (content *html.Node, err error) {
	defer func() {
		if recover() != nil {
			content = nil
		}
	}()
	if countElements(root, maxReadabilityElems+1) > maxReadabilityElems {
		return nil, errTooBig
	}
	article, err := readability.FromDocument(root, nil)
	if err != nil || strings.TrimSpace(article.Content) == "" {
		return nil, nil
	}
	n, err := html.Parse(strings.NewReader(article.Content))
	if err != nil {
		return nil, nil
	}
	return findElement(n, atom.Body), nil
}

// countElements counts the element nodes under n, stopping once it reaches limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
			visit(c)
		}
	}
	visit(n)
	return count
}

// findElement returns the first element with tag a under n (depth first), or nil.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// skipped elements carry no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Svg: true, atom.Iframe: true, atom.Button: true, atom.Select: true,
}

// blocks are the elements that start and end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Blockquote: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Pre: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Nav: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Main: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Caption: true,
}

// blockText renders the text under n, one line per block element, white space collapsed
// within lines and empty lines dropped.
func blockText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var w lineWriter
	w.walk(n, false)
	w.flush()
	return strings.Join(w.lines, "\n")
}

// lineWriter accumulates lines of text from a node walk.
type lineWriter struct {
	lines []string
	cur   strings.Builder
}

func (w *lineWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.flush()
			return
		}
		if n.DataAtom == atom.Pre {
			pre = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if block {
		w.flush()
	}
}

// text appends a text node: inside <pre> newlines end lines; elsewhere white space
// runs become one space (flush collapses the line's spaces at its end).
func (w *lineWriter) text(s string, pre bool) {
	if pre {
		for i, part := range strings.Split(s, "\n") {
			if i > 0 {
				w.flush()
			}
			w.cur.WriteString(part)
		}
		return
	}
	if s != "" && isHTMLSpace(s[0]) {
		w.cur.WriteByte(' ')
	}
	w.cur.WriteString(strings.Join(strings.Fields(s), " "))
	if s != "" && isHTMLSpace(s[len(s)-1]) {
		w.cur.WriteByte(' ')
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// flush ends the current line, keeping it when it has any text.
func (w *lineWriter) flush() {
	if line := strings.Join(strings.Fields(w.cur.String()), " "); line != "" {
		w.lines = append(w.lines, line)
	}
	w.cur.Reset()
}

// htmlMeta reads the metadata the contract takes from a page's head.
func htmlMeta(root *html.Node) rawMeta {
	var rm rawMeta
	var ogURL, canonical, ogTitle, title string
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				rm.Language = attr(n, "lang")
			case atom.Title:
				if title == "" && n.FirstChild != nil {
					title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				val := strings.TrimSpace(attr(n, "content"))
				setOnce := func(dst *string) {
					if *dst == "" {
						*dst = val
					}
				}
				switch key {
				case "og:site_name":
					setOnce(&rm.Outlet)
				case "article:published_time":
					setOnce(&rm.Published)
				case "og:url":
					setOnce(&ogURL)
				case "og:title":
					setOnce(&ogTitle)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	rm.URL = firstNonEmpty(ogURL, canonical)
	rm.Title = firstNonEmpty(ogTitle, title)
	return rm
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

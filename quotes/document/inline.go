package document

// Markdown masking, inline level. The problem: inside a paragraph, markup sits right
// against the words a scanner must see ("“**Donetsk** and …”", "[AP News][3]",
// `<em>`), and some of it is indistinguishable from prose without context (the "_" in
// snake_case, the "*" in "5 * 3"). The approach is one left-to-right scan per segment
// (a paragraph, list item or heading found by markdown.go) that blanks, in CommonMark's
// order of precedence: backslash escapes (the backslash), code spans, HTML tags and
// autolinks, link and image syntax (brackets, destinations and reference labels, keeping
// the link text), and bare URLs; emphasis delimiter runs are collected with their
// CommonMark flanking rules and only runs that pair up (an opener with a later closer of
// the same character) are blanked, so a stray "*" or an intraword "_" stays.
//
// Example: `“**Donetsk** and [more](https://x.org)”` → `“  Donetsk   and  more                 ”`.
//
// Cost: O(n) per segment; brackets and parentheses are matched with one stack pass,
// and a closer looks back at most maxDelimLookback openers. Known failures: emphasis
// pairing is simplified (a matched pair blanks both runs whole, so "**a*" loses a
// literal "*"); a link whose destination is split by a blank line is not recognised.

import (
	"bytes"
	"sort"
	"unicode"
)

// maxDelimLookback bounds how many unmatched emphasis openers a closer inspects. Real
// news paragraphs hold fewer than ten open runs; the bound keeps a crafted line of
// alternating "*" and "_" linear.
const maxDelimLookback = 64

// maxTagLen bounds the length of an HTML tag with attributes. The longest tags in a
// sample of saved news pages (inline style and data attributes) are under 1 KiB; 4 KiB
// keeps a stray "<" with an unclosed quote from scanning far.
const maxTagLen = 4096

// delim is one emphasis delimiter run ("**", "_", "~~").
type delim struct {
	pos, n            int
	char              byte
	canOpen, canClose bool
}

// maskInline masks the inline markup of the segment m[start:end].
func maskInline(m []byte, start, end int, refs map[string]Reference) {
	seg := m[:end]
	match := matchPairs(seg, start)
	var ticks map[int][]int // backtick runs by length, built on the first backtick
	var stack []delim
	for i := start; i < end; {
		switch c := seg[i]; c {
		case '\\':
			if i+1 < end && isASCIIPunct(seg[i+1]) {
				blank(m, i, i+1)
				i += 2
				continue
			}
		case '`':
			n := runLen(seg, i)
			if ticks == nil {
				ticks = backtickRuns(seg, start)
			}
			if e := codeSpanEnd(seg, ticks[n], i, n); e > 0 {
				blank(m, i, e)
				i = e
				continue
			}
			i += n
			continue
		case '<':
			if e := tagEnd(seg, i); e > i {
				blank(m, i, e)
				i = e
				continue
			}
		case '[':
			maskLink(m, seg, i, match, refs)
		case '!':
			if i+1 < end && seg[i+1] == '[' && maskLink(m, seg, i+1, match, refs) {
				blank(m, i, i+1)
				i += 2
				continue
			}
		case 'h', 'H':
			if e := bareURLEnd(seg, i); e > i {
				blank(m, i, e)
				i = e
				continue
			}
		case '*', '_', '~':
			n := runLen(seg, i)
			if c != '~' || n <= 2 {
				stack = pushDelim(m, stack, delimAt(seg, i, n))
			}
			i += n
			continue
		}
		i++
	}
}

// runLen returns how many times the byte at i repeats from i.
func runLen(b []byte, i int) int {
	n := 1
	for i+n < len(b) && b[i+n] == b[i] {
		n++
	}
	return n
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// backtickRuns indexes the backtick runs of b[start:] by length, each list in order,
// so that finding a code span's closer is a binary search instead of a scan (a text of
// runs of ever-growing length would otherwise be scanned once per run).
func backtickRuns(b []byte, start int) map[int][]int {
	runs := map[int][]int{}
	for i := start; i < len(b); {
		if b[i] != '`' {
			i++
			continue
		}
		n := runLen(b, i)
		runs[n] = append(runs[n], i)
		i += n
	}
	return runs
}

// codeSpanEnd returns the end of the code span opened by the n backticks at i (just
// after the next run of exactly n backticks, from runs, that is still in place), or 0
// when it is not closed in b.
func codeSpanEnd(b []byte, runs []int, i, n int) int {
	for k := sort.SearchInts(runs, i+n); k < len(runs); k++ {
		if j := runs[k]; b[j] == '`' {
			return j + n
		}
	}
	return 0
}

// matchPairs pairs square brackets and parentheses in b[start:] with one stack pass,
// skipping backslash-escaped ones; it maps each opener's offset to its closer's.
func matchPairs(b []byte, start int) map[int]int {
	match := map[int]int{}
	var sq, par []int
	for i := start; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '[':
			sq = append(sq, i)
		case ']':
			if len(sq) > 0 {
				match[sq[len(sq)-1]] = i
				sq = sq[:len(sq)-1]
			}
		case '(':
			par = append(par, i)
		case ')':
			if len(par) > 0 {
				match[par[len(par)-1]] = i
				par = par[:len(par)-1]
			}
		}
	}
	return match
}

// maskLink handles a "[" at i: an inline link `[text](url "title")`, a full reference
// link `[text][label]`, a collapsed `[text][]` or a shortcut `[label]` whose label is
// defined. It blanks the brackets, the destination or label, keeps the text (which the
// caller goes on scanning) and reports whether it was a link.
func maskLink(m, seg []byte, i int, match map[int]int, refs map[string]Reference) bool {
	k, ok := match[i]
	if !ok || k == i+1 || seg[i+1] == '^' {
		return false
	}
	after := k + 1
	if after < len(seg) && seg[after] == '(' {
		if e, ok := match[after]; ok {
			blank(m, i, i+1)
			blank(m, k, e+1)
			return true
		}
	}
	if after < len(seg) && seg[after] == '[' {
		if e, ok := match[after]; ok {
			label := string(seg[after+1 : e])
			if label == "" {
				label = string(seg[i+1 : k])
			}
			if _, def := refs[NormalizeLabel(label)]; def || isDigits(label) {
				blank(m, i, i+1)
				blank(m, k, e+1)
				return true
			}
		}
	}
	if _, def := refs[NormalizeLabel(string(seg[i+1:k]))]; def {
		blank(m, i, i+1)
		blank(m, k, k+1)
		return true
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// tagEnd returns the end of an HTML tag, closing tag or autolink starting at the "<" at
// i, or i when there is none. Comments were removed before the inline pass.
func tagEnd(b []byte, i int) int {
	j := i + 1
	if j < len(b) && b[j] == '/' {
		j++
	}
	if j >= len(b) || !isASCIILetter(b[j]) {
		return i
	}
	for j < len(b) && (isASCIILetter(b[j]) || (b[j] >= '0' && b[j] <= '9') || b[j] == '-') {
		j++
	}
	if j < len(b) && (b[j] == ':' || b[j] == '@' || b[j] == '.' || b[j] == '+') {
		return autolinkEnd(b, i)
	}
	var quote byte
	for ; j < len(b) && j-i < maxTagLen; j++ {
		c := b[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return j + 1
		case c == '<':
			return i
		}
	}
	return i
}

// autolinkEnd returns the end of `<scheme:…>` or `<user@host>` at i, or i.
func autolinkEnd(b []byte, i int) int {
	for j := i + 1; j < len(b) && j-i < maxTagLen; j++ {
		switch c := b[j]; {
		case c == '>':
			if bytes.ContainsAny(b[i+1:j], ":@") {
				return j + 1
			}
			return i
		case c == '<' || c <= ' ':
			return i
		}
	}
	return i
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// delimAt classifies the delimiter run of n bytes at i with CommonMark's flanking
// rules. Blanked bytes read as spaces, so markup removed earlier counts as white space.
func delimAt(b []byte, i, n int) delim {
	prev, next := runeBefore(b, i), runeAt(b, i+n)
	left := !unicode.IsSpace(next) && (!isPunctRune(next) || unicode.IsSpace(prev) || isPunctRune(prev))
	right := !unicode.IsSpace(prev) && (!isPunctRune(prev) || unicode.IsSpace(next) || isPunctRune(next))
	d := delim{pos: i, n: n, char: b[i], canOpen: left, canClose: right}
	if b[i] == '_' { // no intraword emphasis with underscores: snake_case stays
		d.canOpen = left && (!right || isPunctRune(prev))
		d.canClose = right && (!left || isPunctRune(next))
	}
	return d
}

func isPunctRune(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// pushDelim matches d as a closer against the open runs on the stack (nearest first,
// same character); on a match it blanks both runs and drops the openers in between.
// An unmatched run that can open is pushed. It returns the new stack.
func pushDelim(m []byte, stack []delim, d delim) []delim {
	if d.canClose {
		for j, seen := len(stack)-1, 0; j >= 0 && seen < maxDelimLookback; j, seen = j-1, seen+1 {
			o := stack[j]
			if o.char != d.char || (o.char == '~' && o.n != d.n) {
				continue
			}
			// CommonMark's rule of three: a run that can both open and close does not
			// pair with one whose lengths sum to a multiple of three, unless both are.
			if (o.canClose || d.canOpen) && (o.n+d.n)%3 == 0 && (o.n%3 != 0 || d.n%3 != 0) {
				continue
			}
			blank(m, o.pos, o.pos+o.n)
			blank(m, d.pos, d.pos+d.n)
			return stack[:j]
		}
	}
	if d.canOpen {
		stack = append(stack, d)
	}
	return stack
}

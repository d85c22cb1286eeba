// Package names makes speaker names canonical across a run: one spelling per person
// however the documents spell them ("Whitkoff" and "Witkoff", "Zelenskiy" and
// "Zelenskyy", "Umérov" and "Umerov"), titles stripped ("President Donald Trump" is
// "Donald Trump"), a bare surname merged into the single full name that carries it,
// and user aliases ({"Steve Witkoff": ["Whitkoff", "SW"]}, see LoadAliases) applied
// first. A descriptor speaker ("the commission", "a doctor": lower-case first letter,
// see IsDescriptor) is kept as written and never merged.
//
// Approach: every name added is reduced to its words without titles, folded (NFKD,
// accents stripped, lower case). Names are bucketed by the first letter of the folded
// surname; within a bucket two full names merge when their surnames are similar
// (Jaro–Winkler ≥ minSurnameSimilarity) and their first names are compatible (same
// first letter: "Steve"/"Steven", "Yuri"/"Yuriy"; "Donald" and "Melania" Trump stay
// apart). A one-word name then joins the single group whose surname it matches; with
// two candidate groups it stays alone. The canonical spelling of a group is its most
// frequent full form (ties: the longest, then alphabetical).
//
// Example: Add("Steve Witkoff") ×3, Add("Whitkoff"), Add("Steven Witkoff") →
// Resolve("Whitkoff") == "Steve Witkoff".
//
// Cost: linear in names added, plus pairs within a first-letter bucket of distinct
// full names (small in practice; a run with thousands of distinct surnames on one
// letter is quadratic in that bucket). Known failures: variants that differ in their
// first letter ("Iermak"/"Yermak") never merge; two different people with near-equal
// surnames and the same first initial merge.
package names

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/adrg/strutil/metrics"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// minSurnameSimilarity is the Jaro–Winkler similarity (of the surnames or of their
// transliteration skeletons, see skeleton) above which two surnames are one spelling
// family. Measured: Witkoff/Whitkoff 0.963, Zelensky/Zelenski 0.950,
// Zelenskiy/Zelenskyy 0.956, Dmitriev/Dmitrievhad 0.945, Kyslytsya/Kislitsa 0.825 raw
// but 0.98 as skeletons; distinct people: Trump/Truman 0.893, Clinton/Clyburn 0.695.
const minSurnameSimilarity = 0.9

// titles are stripped from the front of a name.
var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`president vice prime minister secretary of state
	sen sen. senator rep rep. representative gov gov. governor mr mr. mrs mrs. ms ms.
	dr dr. mayor gen gen. general adm admiral chairman chairwoman spokesman spokeswoman
	envoy special deputy foreign defense defence attorney judge justice pope king queen
	prince princess sir lord lady speaker leader chief ambassador commissioner director
	adviser advisor aide us u.s. u.s former acting senior top lt lt. col col. capt
	capt. sgt retired rev rev. reverend professor prof prof. the`) {
		titles[w] = true
	}
}

// Canon collects the names of a run and resolves each to its canonical spelling.
// Use Add for every speaker name, then Resolve; Add after Resolve is allowed and
// rebuilds on the next Resolve. Not safe for concurrent use.
type Canon struct {
	counts  map[string]int    // name as added (titles stripped) -> occurrences
	aliases map[string]string // folded alias -> canonical name
	canon   map[string]string // name -> canonical; nil when stale
}

// New returns an empty Canon.
func New() *Canon {
	return &Canon{counts: map[string]int{}, aliases: map[string]string{}}
}

// Add records one occurrence of a speaker name.
func (c *Canon) Add(name string) {
	if IsDescriptor(name) {
		return
	}
	n := Clean(name)
	if n == "" {
		return
	}
	c.counts[n]++
	c.canon = nil
}

// AddAlias makes every alias resolve to canonical (and canonical to itself).
func (c *Canon) AddAlias(canonical string, aliases ...string) {
	canonical = strings.TrimSpace(canonical)
	if canonical == "" {
		return
	}
	c.aliases[Fold(canonical)] = canonical
	for _, a := range aliases {
		if f := Fold(a); f != "" {
			c.aliases[f] = canonical
		}
	}
	c.canon = nil
}

// LoadAliases reads a YAML file mapping canonical names to their aliases
// ({"Steve Witkoff": ["Whitkoff", "SW"]}); pass the result to Canon.AddAliases.
func LoadAliases(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read aliases %s: %w", path, err)
	}
	var m map[string][]string
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("parse aliases %s: %w", path, err)
	}
	return m, nil
}

// AddAliases adds every canonical name -> aliases entry of m (in sorted order, so the
// result does not depend on map iteration).
func (c *Canon) AddAliases(m map[string][]string) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c.AddAlias(k, m[k]...)
	}
}

// Resolve returns the canonical spelling of name; "" for an empty name.
func (c *Canon) Resolve(name string) string {
	if a, ok := c.aliases[Fold(strings.TrimSpace(name))]; ok {
		return a
	}
	if IsDescriptor(name) {
		return strings.TrimSpace(name)
	}
	n := Clean(name)
	if n == "" {
		return ""
	}
	if a, ok := c.aliases[Fold(n)]; ok {
		return a
	}
	if c.canon == nil {
		c.build()
	}
	if r, ok := c.canon[n]; ok {
		return r
	}
	return n
}

// IsDescriptor reports whether a speaker is a description rather than a name: it
// starts with a lower-case letter ("the commission", "a doctor", "the ad’s
// narrator"). Descriptors are kept as written and never merged across documents:
// "the letter" of one article is not "the letter" of another.
func IsDescriptor(name string) bool {
	for _, r := range strings.TrimSpace(name) {
		return unicode.IsLower(r)
	}
	return false
}

// Clean strips titles and surrounding punctuation from a name: "President Donald
// Trump" -> "Donald Trump", "Mr. King" -> "King". A name made only of titles is kept.
func Clean(name string) string {
	words := strings.Fields(strings.TrimSpace(name))
	i := 0
	for i < len(words)-1 && titles[strings.ToLower(words[i])] {
		i++
	}
	out := strings.Join(words[i:], " ")
	return strings.Trim(out, " ,.;:")
}

// Fold lower-cases a name and strips accents: "Umérov" -> "umerov".
func Fold(s string) string { return FoldAccents(strings.TrimSpace(s)) }

// FoldAccents lower-cases s and strips accents (NFKD, combining marks dropped), so that
// "Umérov" and "Umerov" compare equal. It is the one accent folding of the project:
// attribution, names and match's normaliser all use it.
func FoldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // NFKD leaves ASCII alone
	}
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// entry is one distinct name during build.
type entry struct {
	name    string
	words   []string // folded words
	count   int
	parent  int
	surname string
	first   string
}

func (c *Canon) build() {
	names := make([]string, 0, len(c.counts))
	for n := range c.counts {
		names = append(names, n)
	}
	sort.Strings(names)
	es := make([]entry, 0, len(names))
	for _, n := range names {
		w := strings.Fields(Fold(n))
		if len(w) == 0 {
			continue // nothing but marks: resolves to itself
		}
		e := entry{name: n, words: w, count: c.counts[n], parent: len(es), surname: w[len(w)-1]}
		if len(w) >= 2 {
			e.first = w[0]
		}
		es = append(es, e)
	}
	find := func(i int) int {
		for es[i].parent != i {
			es[i].parent = es[es[i].parent].parent
			i = es[i].parent
		}
		return i
	}
	union := func(a, b int) { es[find(a)].parent = find(b) }

	jw := metrics.NewJaroWinkler()
	jw.CaseSensitive = false
	buckets := map[rune][]int{}
	for i, e := range es {
		if e.first == "" {
			continue
		}
		r := []rune(e.surname)[0]
		buckets[r] = append(buckets[r], i)
	}
	for _, b := range buckets {
		for x := 0; x < len(b); x++ {
			for y := x + 1; y < len(b); y++ {
				ea, eb := es[b[x]], es[b[y]]
				if compatibleFirst(ea.first, eb.first) && similar(jw, ea.surname, eb.surname) {
					union(b[x], b[y])
				}
			}
		}
	}
	// one-word names join the single group whose surname matches
	for i, e := range es {
		if e.first != "" {
			continue
		}
		group := -1
		for _, j := range buckets[[]rune(e.surname)[0]] {
			if similar(jw, e.surname, es[j].surname) {
				g := find(j)
				if group >= 0 && group != g {
					group = -2
					break
				}
				group = g
			}
		}
		if group >= 0 {
			union(i, group)
		}
	}
	// canonical spelling per group: most frequent full form, then longest, then
	// alphabetical
	best := map[int]int{}
	for i := range es {
		g := find(i)
		b, ok := best[g]
		if !ok || better(es[i], es[b]) {
			best[g] = i
		}
	}
	c.canon = make(map[string]string, len(es))
	for i := range es {
		c.canon[es[i].name] = es[best[find(i)]].name
	}
}

// better reports whether a is a better canonical spelling than b.
func better(a, b entry) bool {
	af, bf := a.first != "", b.first != ""
	if af != bf {
		return af
	}
	if a.count != b.count {
		return a.count > b.count
	}
	if len(a.name) != len(b.name) {
		return len(a.name) > len(b.name)
	}
	return a.name < b.name
}

// compatibleFirst reports whether two folded first names can be one person's.
func compatibleFirst(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	return []rune(a)[0] == []rune(b)[0]
}

// similar reports whether two folded surnames are one spelling family.
func similar(jw *metrics.JaroWinkler, a, b string) bool {
	if a == b {
		return true
	}
	return jw.Compare(a, b) >= minSurnameSimilarity || jw.Compare(skeleton(a), skeleton(b)) >= minSurnameSimilarity
}

// skeleton reduces transliteration noise in a folded surname: y reads as i, an h
// after the first letter's consonant is dropped ("whitkoff"), doubled letters collapse
// ("kirill"), and a final "ia"/"ya" after a consonant reads as "a".
func skeleton(s string) string {
	r := []rune(strings.ReplaceAll(s, "y", "i"))
	var out []rune
	for i, c := range r {
		if i == 1 && c == 'h' {
			continue
		}
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	k := string(out)
	if strings.HasSuffix(k, "ia") && len(k) > 3 {
		k = k[:len(k)-2] + "a"
	}
	return k
}

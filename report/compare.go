package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/match"
)

type jsonCompare struct {
	Version    int                `json:"version"`
	A          string             `json:"a"`
	B          string             `json:"b"`
	Similarity float64            `json:"similarity"`
	Scores     map[string]float64 `json:"scores"`
	Relation   string             `json:"relation"`
	Drift      jsonDrift          `json:"drift"`
}

// CompareJSON writes the comparison of two quotations as JSON: the overall similarity,
// each named metric, the relation, and the drift that turns a into b.
func CompareJSON(w io.Writer, a, b string, c match.Comparison) error {
	scores := map[string]float64{}
	for k, v := range c.Scores {
		scores[k] = round3(v)
	}
	return writeJSON(w, jsonCompare{Version: Version, A: a, B: b, Similarity: round3(c.Similarity),
		Scores: scores, Relation: string(c.Relation), Drift: driftJSON(c.Drift)})
}

// CompareText writes the comparison for people: relation and similarity, the metrics,
// then each word-level edit and the meaning-changing flags.
func CompareText(w io.Writer, a, b string, c match.Comparison, opt TextOptions) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "relation:   %s\nsimilarity: %.2f\n", c.Relation, c.Similarity)
	fmt.Fprintf(&sb, "wording:    %s\n", diffText(wordDiff(a, b), opt))
	names := make([]string, 0, len(c.Scores))
	for k := range c.Scores {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(&sb, "  %-22s %.2f\n", k, c.Scores[k])
	}
	if len(c.Drift.Edits) == 0 {
		sb.WriteString("edits:      none\n")
	} else {
		sb.WriteString("edits:\n")
		for _, e := range c.Drift.Edits {
			sb.WriteString("  " + editLine(e, opt) + "\n")
		}
	}
	flags := make([]string, len(c.Drift.Flags))
	for i, f := range c.Drift.Flags {
		flags[i] = string(f)
	}
	if len(flags) == 0 {
		flags = []string{"none"}
	}
	fmt.Fprintf(&sb, "flags:      %s\n", strings.Join(flags, ", "))
	_, err := io.WriteString(w, sb.String())
	return err
}

// ANSI escapes for the text renderers; used only when TextOptions.Color is set.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiReset = "\x1b[0m"
)

// editLine shows one edit as "replace [-from-] {+to+}", the markers of git's word diff,
// so it reads without colour; colour is added on top when allowed.
func editLine(e match.Edit, opt TextOptions) string {
	del, ins := "", ""
	if e.From != "" {
		del = paint("[-"+e.From+"-]", ansiRed, opt)
	}
	if e.To != "" {
		ins = paint("{+"+e.To+"+}", ansiGreen, opt)
	}
	return strings.TrimSpace(fmt.Sprintf("%-7s %s %s", e.Op, del, ins))
}

func paint(s, colour string, opt TextOptions) string {
	if !opt.Color {
		return s
	}
	return colour + s + ansiReset
}
